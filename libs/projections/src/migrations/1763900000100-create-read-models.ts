import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1763900000100 implements MigrationInterface {
  name = 'CreateReadModels1763900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE nominations (
        nomination_id text PRIMARY KEY,
        stream_id     text NOT NULL UNIQUE,
        version       integer NOT NULL,
        stage         text NOT NULL,
        status        text NOT NULL,
        outcome       text,
        award_code    text NOT NULL,
        unit_id       text NOT NULL,
        campaign_id   text NOT NULL,
        nominee_name  text NOT NULL,
        state         jsonb NOT NULL,
        last_position bigint NOT NULL,
        created_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX nominations_stage_idx ON nominations (stage)`);
    await q.query(`CREATE INDEX nominations_unit_idx ON nominations (unit_id)`);
    await q.query(`
      CREATE TABLE councils (
        council_id text PRIMARY KEY,
        name       text NOT NULL,
        level      text NOT NULL,
        members    jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE councils`);
    await q.query(`DROP TABLE nominations`);
  }
}
