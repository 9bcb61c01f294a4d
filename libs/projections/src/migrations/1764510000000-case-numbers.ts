import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case numbers (docs/architecture.md, "Case numbers"): one counter per council and filing year, moved
 * in the transaction that records a case's draft (so a rolled-back filing leaves no gap), and the
 * number on the case's row and its tasks' rows. Cases filed before have none: their drafts carry none.
 */
export class CaseNumbers1764510000000 implements MigrationInterface {
  name = 'CaseNumbers1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_number_counters (
        council_id text NOT NULL,
        year       integer NOT NULL,
        last_seq   integer NOT NULL CHECK (last_seq > 0),
        PRIMARY KEY (council_id, year)
      )`);
    await q.query(`ALTER TABLE nominations ADD COLUMN case_number text`);
    await q.query(`ALTER TABLE tasks ADD COLUMN case_number text`);
    await q.query(
      `CREATE UNIQUE INDEX nominations_case_number_idx ON nominations (council_id, case_number) WHERE case_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX nominations_case_number_search_idx ON nominations (case_number text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_case_number_search_idx`);
    await q.query(`DROP INDEX nominations_case_number_idx`);
    await q.query(`ALTER TABLE tasks DROP COLUMN case_number`);
    await q.query(`ALTER TABLE nominations DROP COLUMN case_number`);
    await q.query(`DROP TABLE case_number_counters`);
  }
}
