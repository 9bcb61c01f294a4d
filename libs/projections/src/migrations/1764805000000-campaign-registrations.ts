import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration's read model (docs/campaigns.md): one row per registration (đăng ký thi đua), folded from the
 * `registration-<campaignId>.<unitId>` streams in the append's transaction; `stream_version` is the stream's
 * version when the row last changed, so the greatest of a campaign and unit is that stream's version (its ETag).
 */
export class CampaignRegistrations1764805000000 implements MigrationInterface {
  name = 'CampaignRegistrations1764805000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_registrations (
        registration_id text PRIMARY KEY,
        campaign_id     text NOT NULL,
        unit_id         text NOT NULL,
        award_code      text NOT NULL,
        subject         text NOT NULL CHECK (subject IN ('INDIVIDUAL', 'COLLECTIVE')),
        nominee_key     text NOT NULL,
        nominee_name    text NOT NULL,
        status          text NOT NULL CHECK (status IN ('REGISTERED', 'WITHDRAWN')),
        registered_on   date NOT NULL,
        withdrawn_on    date,
        state           jsonb NOT NULL,
        stream_version  integer NOT NULL,
        updated_at      timestamptz NOT NULL,
        last_position   bigint NOT NULL
      )`);
    await q.query(
      `CREATE INDEX campaign_registrations_unit_idx ON campaign_registrations (campaign_id, unit_id, registered_on, registration_id)`,
    );
    await q.query(
      `CREATE INDEX campaign_registrations_nominee_idx ON campaign_registrations (campaign_id, nominee_key) WHERE status = 'REGISTERED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_registrations`);
  }
}
