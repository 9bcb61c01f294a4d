import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id of the transaction that appended each event, so that a catch-up projector can read in
 * commit order and never pass an event whose transaction has not committed yet.
 */
export class EventsCommitOrder1764100000000 implements MigrationInterface {
  name = 'EventsCommitOrder1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // The append-only trigger refuses UPDATE; adding a column with a default rewrites no row through it.
    await q.query(`ALTER TABLE events ADD COLUMN tx_id xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX events_commit_order_idx ON events (tx_id, global_position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events DROP COLUMN tx_id`);
  }
}
