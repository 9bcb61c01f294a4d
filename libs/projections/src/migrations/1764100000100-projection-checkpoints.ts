import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each catch-up projector (a rebuild, a check) has got to, in commit order. */
export class ProjectionCheckpoints1764100000100 implements MigrationInterface {
  name = 'ProjectionCheckpoints1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        tx_id      xid8 NOT NULL,
        position   bigint NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projection_checkpoints`);
  }
}
