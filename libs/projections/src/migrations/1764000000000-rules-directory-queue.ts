import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned rules and calendars (append-only), the organisation directory, the awards
 * registry and holds, the reviewers' task queue, saved views, document contents and bulk filings.
 */
export class RulesDirectoryQueue1764000000000 implements MigrationInterface {
  name = 'RulesDirectoryQueue1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // A rule set is published as a new version, never edited in place (docs/domain.md §1).
    await q.query(`
      CREATE TABLE rule_sets (
        version        integer PRIMARY KEY,
        id             text NOT NULL,
        effective_from date NOT NULL,
        effective_to   date,
        legal_basis    text NOT NULL,
        document       jsonb NOT NULL,
        note           text,
        published_at   timestamptz NOT NULL,
        published_by   text NOT NULL
      )`);
    await q.query(`CREATE TABLE calendar_schedules (
        year                 integer NOT NULL,
        version              integer NOT NULL,
        days_off             date[] NOT NULL,
        working_weekend_days date[] NOT NULL,
        source               text NOT NULL,
        published_at         timestamptz NOT NULL,
        published_by         text NOT NULL,
        PRIMARY KEY (year, version)
      )`);
    for (const t of ['rule_sets', 'calendar_schedules']) {
      await q.query(
        `CREATE TRIGGER ${t}_no_update BEFORE UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION append_only()`,
      );
    }

    await q.query(
      `ALTER TABLE councils ADD COLUMN authority_id text NOT NULL DEFAULT '', ADD COLUMN authority_name text NOT NULL DEFAULT ''`,
    );
    await q.query(
      `CREATE TABLE units (unit_id text PRIMARY KEY, name text NOT NULL, parent_id text REFERENCES units, level text NOT NULL)`,
    );
    await q.query(
      `CREATE TABLE campaigns (campaign_id text PRIMARY KEY, name text NOT NULL, year integer NOT NULL, kind text NOT NULL)`,
    );

    await q.query(`ALTER TABLE nominations
        ADD COLUMN year integer NOT NULL DEFAULT 0, ADD COLUMN kind text NOT NULL DEFAULT '',
        ADD COLUMN nominee_key text NOT NULL DEFAULT '', ADD COLUMN council_id text NOT NULL DEFAULT '',
        ADD COLUMN authority_id text NOT NULL DEFAULT '', ADD COLUMN sla_deadline timestamptz, ADD COLUMN sla_warning_at timestamptz`);
    await q.query(`CREATE INDEX nominations_sla_idx ON nominations (sla_warning_at) WHERE outcome IS NULL`);
    await q.query(`CREATE INDEX nominations_nominee_idx ON nominations (nominee_key)`);
    await q.query(`CREATE INDEX nominations_quota_idx ON nominations (unit_id, campaign_id, award_code, status)`);

    // The registry (sổ khen thưởng): awards granted, from DecisionIssued events or imported history.
    await q.query(`
      CREATE TABLE award_registry (
        entry_id        text PRIMARY KEY,
        nominee_key     text NOT NULL,
        nominee_name    text NOT NULL,
        award_code      text NOT NULL,
        year            integer NOT NULL,
        kind            text NOT NULL,
        unit_id         text NOT NULL,
        decision_number text NOT NULL,
        decision_date   date NOT NULL,
        authority_id    text NOT NULL,
        signer_id       text NOT NULL,
        nomination_id   text,
        source          text NOT NULL CHECK (source IN ('EVENT', 'IMPORT')),
        recorded_at     timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX award_registry_nominee_idx ON award_registry (nominee_key)`);
    await q.query(`CREATE INDEX award_registry_decision_idx ON award_registry (authority_id, decision_number)`);
    await q.query(`
      CREATE TABLE nominee_holds (
        hold_id     text PRIMARY KEY,
        nominee_key text NOT NULL,
        type        text NOT NULL CHECK (type IN ('DISCIPLINE', 'INSPECTION', 'COMPLAINT')),
        since       date NOT NULL,
        until       date,
        reference   text NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX nominee_holds_nominee_idx ON nominee_holds (nominee_key)`);

    // The reviewers' queue: one row per task, opened and closed by workflow events only.
    await q.query(`
      CREATE TABLE tasks (
        task_id         text PRIMARY KEY,
        nomination_id   text NOT NULL,
        task_type       text NOT NULL,
        slot            text NOT NULL,
        candidate_group text NOT NULL,
        assignee        text,
        owner           text,
        claimed_by      text,
        status          text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        outcome         text,
        priority        smallint NOT NULL,
        stage           text NOT NULL,
        -- Sort keys are never null: 'infinity' when there is no deadline, so keyset pages stay simple.
        due_at          timestamptz NOT NULL,
        breach_at       timestamptz NOT NULL,
        created_at      timestamptz NOT NULL,
        closed_at       timestamptz,
        closed_by       text,
        award_code      text NOT NULL,
        unit_id         text NOT NULL,
        campaign_id     text NOT NULL,
        nominee_name    text NOT NULL,
        last_position   bigint NOT NULL
      )`);
    // Keyset pages of open work per group and per person, one index per sort order of the inbox.
    const sorts = { due: 'due_at', breach: 'breach_at', priority: 'priority, due_at', age: 'created_at' };
    for (const [name, key] of Object.entries(sorts)) {
      await q.query(
        `CREATE INDEX tasks_group_${name}_idx ON tasks (candidate_group, ${key}, task_id) WHERE status = 'OPEN' AND assignee IS NULL`,
      );
      await q.query(
        `CREATE INDEX tasks_assignee_${name}_idx ON tasks (assignee, ${key}, task_id) WHERE status = 'OPEN'`,
      );
    }
    await q.query(
      `CREATE INDEX tasks_claimed_idx ON tasks (claimed_by, due_at, task_id) WHERE status = 'OPEN' AND assignee IS NULL`,
    );
    await q.query(`CREATE INDEX tasks_nomination_idx ON tasks (nomination_id)`);

    await q.query(
      `CREATE TABLE saved_views (user_id text NOT NULL, name text NOT NULL, query jsonb NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (user_id, name))`,
    );
    await q.query(`
      CREATE TABLE documents (
        sha256      text PRIMARY KEY,
        media_type  text NOT NULL,
        size        integer NOT NULL,
        content     bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE bulk_filings (
        bulk_id      text PRIMARY KEY,
        unit_id      text NOT NULL,
        campaign_id  text NOT NULL,
        filed_by     text NOT NULL,
        file_name    text NOT NULL,
        total        integer NOT NULL,
        processed    integer NOT NULL,
        filed        integer NOT NULL,
        failed       integer NOT NULL,
        status       text NOT NULL,
        rows         jsonb NOT NULL,
        created_at   timestamptz NOT NULL,
        updated_at   timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'bulk_filings',
      'documents',
      'saved_views',
      'tasks',
      'nominee_holds',
      'award_registry',
      'campaigns',
      'units',
      'calendar_schedules',
      'rule_sets',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`ALTER TABLE councils DROP COLUMN authority_id, DROP COLUMN authority_name`);
    await q.query(
      `ALTER TABLE nominations DROP COLUMN year, DROP COLUMN kind, DROP COLUMN nominee_key, DROP COLUMN council_id, DROP COLUMN authority_id, DROP COLUMN sla_deadline, DROP COLUMN sla_warning_at`,
    );
    await q.query(`DROP FUNCTION append_only()`);
  }
}
