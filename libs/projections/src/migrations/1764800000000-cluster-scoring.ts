import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cluster and bloc scoring (docs/cluster-scoring.md): `cluster_scorings`, one row per cluster and campaign stream,
 * folded in the append's transaction (rebuildable), with the units of a recorded result as a column for the
 * eligibility facts' read; and `cluster_ballot_box`, the ranking ballot's sealed choices until the count (no voter,
 * no time: the box, not a read model; the count records them, sorted, in its event).
 */
export class ClusterScoring1764800000000 implements MigrationInterface {
  name = 'ClusterScoring1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cluster_scorings (
        scoring_id    text PRIMARY KEY,
        cluster_id    text NOT NULL,
        campaign_id   text NOT NULL,
        year          integer NOT NULL,
        status        text NOT NULL CHECK (status IN ('SCORING', 'VOTING', 'RECORDED')),
        result_units  text[] NOT NULL DEFAULT '{}',
        state         jsonb NOT NULL,
        version       integer NOT NULL,
        updated_at    timestamptz NOT NULL,
        last_position bigint NOT NULL
      )`);
    await q.query(`CREATE INDEX cluster_scorings_result_units_idx ON cluster_scorings USING gin (result_units)`);
    await q.query(`CREATE INDEX cluster_scorings_campaign_idx ON cluster_scorings (campaign_id, cluster_id)`);
    await q.query(`CREATE TABLE cluster_ballot_box (ballot_id text NOT NULL, sealed text NOT NULL)`);
    await q.query(`CREATE INDEX cluster_ballot_box_idx ON cluster_ballot_box (ballot_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cluster_ballot_box`);
    await q.query(`DROP TABLE cluster_scorings`);
  }
}
