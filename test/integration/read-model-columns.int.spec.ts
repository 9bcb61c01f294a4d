import type { DataSource } from 'typeorm';
import { createDataSource, EVENT_WRITE_COLUMNS, loadDatabaseConfig } from '@khen/eventstore';
import { CASE_TABLES, NominationView, NOMINATIONS_TABLE, READ_MODEL_ENTITIES } from '@khen/projections';

/**
 * The migrations keep their own DDL (they are history), the code derives everything from one column
 * definition per table (libs/projections/src/cases/case-columns.ts): the two must describe the same
 * table, on the database scripts/test.sh migrated, so that a new column cannot be forgotten anywhere.
 */
describe('read-model tables: the migrated schema equals the one column definition', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
    await ds.initialize();
  });
  afterAll(async () => ds?.destroy());

  /** name → "type NULL|NOT NULL", as PostgreSQL spells the type (format_type). */
  const migrated = async (table: string) =>
    Object.fromEntries(
      (
        (await ds.query(
          `SELECT attname AS name, format_type(atttypid, atttypmod) AS type, attnotnull AS "notNull"
           FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
          [table],
        )) as { name: string; type: string; notNull: boolean }[]
      ).map((c) => [c.name, `${c.type} ${c.notNull ? 'NOT NULL' : 'NULL'}`]),
    );
  /** The definition's SQL types, spelled by PostgreSQL too ('timestamptz' → 'timestamp with time zone'). */
  const canonical = async (type: string) =>
    ((await ds.query(`SELECT $1::regtype::text AS t`, [type])) as { t: string }[])[0].t;

  it.each(CASE_TABLES.map((t) => [t.table, t] as const))('%s', async (table, def) => {
    const expected: Record<string, string> = {};
    for (const [name, c] of Object.entries(def.columns))
      expected[name] = `${await canonical(c.type)} ${c.nullable ? 'NULL' : 'NOT NULL'}`;
    expect(await migrated(table)).toEqual(expected);
    const [{ key }] = (await ds.query(
      `SELECT a.attname AS key FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indrelid = $1::regclass AND i.indisprimary`,
      [table],
    )) as { key: string }[];
    expect(key).toBe(def.key);
  });

  it('the TypeORM entity of nominations maps every column, sla_warning_at included', () => {
    const columns = ds.getMetadata(NominationView).columns.map((c) => c.databaseName);
    expect(columns.sort()).toEqual(Object.keys(NOMINATIONS_TABLE.columns).sort());
    expect(ds.getMetadata(NominationView).tableName).toBe('nominations');
  });

  it('events: what an append writes, plus the positions the database gives', async () => {
    expect(Object.keys(await migrated('events')).sort()).toEqual(
      [...EVENT_WRITE_COLUMNS, 'global_position', 'tx_id'].sort(),
    );
  });
});
