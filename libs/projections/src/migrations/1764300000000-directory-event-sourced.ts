import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchKey } from '@khen/domain';

/**
 * The directory's read models, folded from the directory's event streams (docs/architecture.md,
 * "Directory"). `units`, `councils` and `campaigns` keep the columns the rest of the code reads
 * (`councils.members` = the latest composition, `campaigns.kind` = the nomination kind) and gain
 * the record's state, version and dated detail tables. Rows written before this migration stay and
 * are taken as they are (version 0) until an import registers them as events.
 */
export class DirectoryEventSourced1764300000000 implements MigrationInterface {
  name = 'DirectoryEventSourced1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram search over the folded names (a trusted extension: the database owner may create it).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    const record = `version integer NOT NULL DEFAULT 0, ADD COLUMN state jsonb, ADD COLUMN updated_at timestamptz,
      ADD COLUMN last_position bigint, ADD COLUMN search text NOT NULL DEFAULT ''`;
    await q.query(`ALTER TABLE units
      ADD COLUMN kind text NOT NULL DEFAULT 'OTHER', ADD COLUMN signing_unit_id text,
      ADD COLUMN active_from date NOT NULL DEFAULT '2000-01-01', ADD COLUMN active_to date, ADD COLUMN successor_id text,
      ADD COLUMN path text[] NOT NULL DEFAULT '{}', ADD COLUMN ${record}`);
    await q.query(`ALTER TABLE councils ADD COLUMN unit_id text, ADD COLUMN ${record}`);
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN campaign_kind text, ADD COLUMN unit_id text, ADD COLUMN level text, ADD COLUMN filing_opens_on date,
      ADD COLUMN filing_closes_on date, ADD COLUMN awards text[] NOT NULL DEFAULT '{}', ADD COLUMN council_id text,
      ADD COLUMN status text NOT NULL DEFAULT 'OPEN', ADD COLUMN ${record}`);
    await this.backfill(q);
    // The parent's existence is the decider's rule, checked under the directory lock; a rebuild's fresh
    // table (LIKE … INCLUDING ALL) has no foreign key either, so the live one does not keep one.
    await q.query(`ALTER TABLE units DROP CONSTRAINT IF EXISTS units_parent_id_fkey`);

    await q.query(`CREATE INDEX units_children_idx ON units (parent_id, name, unit_id)`);
    await q.query(`CREATE INDEX units_path_idx ON units USING gin (path)`);
    await q.query(`CREATE INDEX units_search_idx ON units USING gin (search gin_trgm_ops)`);
    await q.query(`CREATE INDEX units_successor_idx ON units (successor_id) WHERE successor_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX campaigns_window_idx ON campaigns (filing_opens_on, filing_closes_on) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX campaigns_unit_idx ON campaigns (unit_id, year)`);

    await q.query(`CREATE TABLE council_terms (
        council_id text NOT NULL, term_id text NOT NULL, from_date date NOT NULL, to_date date NOT NULL,
        PRIMARY KEY (council_id, term_id))`);
    // One row per person per seat per period; to_date is the last day actually sat (the term's end when open).
    await q.query(`CREATE TABLE council_seats (
        council_id text NOT NULL, seat_id text NOT NULL, term_id text NOT NULL, member_id text NOT NULL,
        name text NOT NULL, seat text NOT NULL, unit_id text NOT NULL, from_date date NOT NULL, to_date date NOT NULL,
        PRIMARY KEY (council_id, seat_id))`);
    await q.query(`CREATE INDEX council_seats_dates_idx ON council_seats (council_id, from_date, to_date)`);
    await q.query(`CREATE INDEX council_seats_member_idx ON council_seats (member_id, from_date)`);
    await q.query(`CREATE TABLE clusters (
        cluster_id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, council_id text NOT NULL,
        version integer NOT NULL, state jsonb NOT NULL, updated_at timestamptz NOT NULL, last_position bigint NOT NULL)`);
    await q.query(`CREATE TABLE cluster_members (
        cluster_id text NOT NULL, year integer NOT NULL, unit_id text NOT NULL, leader boolean NOT NULL,
        PRIMARY KEY (cluster_id, year, unit_id))`);
    await q.query(`CREATE INDEX cluster_members_unit_idx ON cluster_members (year, unit_id)`);
    await q.query(`CREATE TABLE persons (
        subject text PRIMARY KEY, name text NOT NULL,
        version integer NOT NULL, state jsonb NOT NULL, updated_at timestamptz NOT NULL, last_position bigint NOT NULL)`);
    await q.query(`CREATE TABLE person_seats (
        subject text NOT NULL, seat_id text NOT NULL, role text NOT NULL, unit_id text, council_id text, level text,
        lead boolean NOT NULL, from_date date NOT NULL, to_date date,
        PRIMARY KEY (subject, seat_id))`);
    await q.query(`CREATE INDEX person_seats_scope_idx ON person_seats (role, unit_id, council_id)`);
    // The audit's index over the directory's events (the events themselves hold who, why and old → new).
    await q.query(`CREATE TABLE directory_audit (
        global_position bigint PRIMARY KEY, record_kind text NOT NULL, record_id text NOT NULL,
        stream_version integer NOT NULL, type text NOT NULL, recorded_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX directory_audit_time_idx ON directory_audit (recorded_at, global_position)`);
    await q.query(
      `CREATE INDEX directory_audit_record_idx ON directory_audit (record_kind, record_id, stream_version)`,
    );
  }

  /** Rows from before: they sign for themselves, their path from the parent links, their folded names. */
  private async backfill(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE units SET signing_unit_id = unit_id`);
    await q.query(`
      WITH RECURSIVE t AS (
        SELECT unit_id, ARRAY[unit_id] AS path FROM units WHERE parent_id IS NULL
        UNION ALL
        SELECT u.unit_id, t.path || u.unit_id FROM units u JOIN t ON u.parent_id = t.unit_id)
      UPDATE units SET path = t.path FROM t WHERE units.unit_id = t.unit_id`);
    for (const [table, key] of [
      ['units', 'unit_id'],
      ['councils', 'council_id'],
      ['campaigns', 'campaign_id'],
    ] as const) {
      const rows = (await q.query(`SELECT ${key} AS id, name FROM ${table}`)) as { id: string; name: string }[];
      for (const r of rows)
        await q.query(`UPDATE ${table} SET search = $2 WHERE ${key} = $1`, [r.id, searchKey(`${r.id} ${r.name}`)]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD FOREIGN KEY (parent_id) REFERENCES units`);
    for (const t of [
      'directory_audit',
      'person_seats',
      'persons',
      'cluster_members',
      'clusters',
      'council_seats',
      'council_terms',
    ])
      await q.query(`DROP TABLE ${t}`);
    const record =
      'DROP COLUMN version, DROP COLUMN state, DROP COLUMN updated_at, DROP COLUMN last_position, DROP COLUMN search';
    await q.query(`ALTER TABLE units DROP COLUMN kind, DROP COLUMN signing_unit_id, DROP COLUMN active_from,
      DROP COLUMN active_to, DROP COLUMN successor_id, DROP COLUMN path, ${record}`);
    await q.query(`ALTER TABLE councils DROP COLUMN unit_id, ${record}`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN campaign_kind, DROP COLUMN unit_id, DROP COLUMN level,
      DROP COLUMN filing_opens_on, DROP COLUMN filing_closes_on, DROP COLUMN awards, DROP COLUMN council_id, DROP COLUMN status, ${record}`);
  }
}
