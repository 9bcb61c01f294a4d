import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initiative registry's read model (docs/initiatives.md): one row per initiative stream, folded from its
 * events in the append's transaction; the authors' keys are a column of their own, for the prerequisites' read.
 */
export class Initiatives1764600000000 implements MigrationInterface {
  name = 'Initiatives1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiatives (
        initiative_id text PRIMARY KEY,
        unit_id       text NOT NULL,
        title         text NOT NULL,
        year          integer NOT NULL,
        status        text NOT NULL CHECK (status IN ('FILED', 'RECOGNISED', 'NOT_RECOGNISED')),
        scope         text CHECK (scope IN ('UNIT', 'PROVINCE', 'NATIONAL')),
        decided_on    date,
        author_keys   text[] NOT NULL,
        state         jsonb NOT NULL,
        version       integer NOT NULL,
        filed_at      timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX initiatives_authors_idx ON initiatives USING gin (author_keys)`);
    await q.query(`CREATE INDEX initiatives_unit_idx ON initiatives (unit_id, year DESC, initiative_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiatives`);
  }
}
