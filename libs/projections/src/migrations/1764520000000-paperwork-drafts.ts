import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which case each decision draft was drafted for (docs/paperwork.md, "The signed draft"): one row per
 * draft and case (a list decision has one per case on it), written when the draft is downloaded, so that
 * a signed decision can only name a draft of its own case. The draft's bytes are in the document store.
 */
export class PaperworkDrafts1764520000000 implements MigrationInterface {
  name = 'PaperworkDrafts1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE paperwork_drafts (
        sha256        text NOT NULL,
        nomination_id text NOT NULL,
        kind          text NOT NULL,
        drafted_by    text NOT NULL,
        drafted_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sha256, nomination_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE paperwork_drafts`);
  }
}
