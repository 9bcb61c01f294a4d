import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's reports' read model (docs/architecture.md, "Reports"): one row per case, its facts as the
 * reports fold them, with the instant they last changed, so that a report of a past instant reads
 * these rows where nothing changed since and folds the events of the others. Filled by the inline
 * projection from then on; `scripts/migrate.ts` folds the cases recorded before this table existed.
 */
export class ReportFacts1764810000000 implements MigrationInterface {
  name = 'ReportFacts1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_facts (
        stream_id   text PRIMARY KEY,
        year        integer NOT NULL,
        campaign_id text NOT NULL,
        unit_id     text NOT NULL,
        level       text NOT NULL,
        facts       jsonb NOT NULL,
        drafted_at  timestamptz NOT NULL,
        changed_at  timestamptz NOT NULL,
        version     integer NOT NULL
      )`);
    await q.query(`CREATE INDEX report_facts_year_idx ON report_facts (year, campaign_id)`);
    await q.query(`CREATE INDEX report_facts_campaign_idx ON report_facts (campaign_id)`);
    await q.query(`CREATE INDEX report_facts_unit_idx ON report_facts (unit_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_facts`);
  }
}
