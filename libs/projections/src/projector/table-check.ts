import type { DataSource, EntityManager } from 'typeorm';
import { toStoredEvent } from '@khen/eventstore';
import type { Mismatch } from './consistency-check';
import { rebuildable, REBUILDABLE } from './rebuild';

const scratch = (table: string) => `${table}__check`;

/** How many rows of one table differ at most are named in the report (the count is always whole). */
const NAMED_PER_TABLE = 50;

/**
 * Every rebuildable projection but the cases' (checked field by field in consistency-check.ts): its
 * tables folded afresh from the events into temporary copies and compared with the live tables row
 * for row. One REPEATABLE READ transaction, so the events and the live rows are read in the same
 * snapshot while appends go on; the copies are dropped at its end. A projection added to REBUILDABLE
 * is checked without a line here.
 */
export async function checkRebuildableTables(
  ds: DataSource,
  names: string[] = Object.keys(REBUILDABLE).filter((name) => name !== 'cases'),
): Promise<Mismatch[]> {
  return ds.transaction('REPEATABLE READ', async (m) => {
    const { specs, tables } = rebuildable(names);
    for (const { table, keep } of tables) {
      await m.query(`CREATE TEMP TABLE ${scratch(table)} (LIKE ${table} INCLUDING ALL) ON COMMIT DROP`);
      if (keep) await m.query(`INSERT INTO ${scratch(table)} SELECT * FROM ${table} WHERE ${keep}`);
    }
    const projections = specs.map((spec) => spec.fold(scratch));
    await foldInCommitOrder(
      m,
      specs.flatMap((spec) => [spec.streams].flat()),
      async (events) => {
        for (const p of projections) await p.apply(m, events);
      },
    );
    const out: Mismatch[] = [];
    for (const { table } of tables) out.push(...(await compareTables(m, table, scratch(table))));
    return out;
  });
}

/** The events of the given stream prefixes, in chunks in the order they were appended. */
async function foldInCommitOrder(
  m: EntityManager,
  prefixes: string[],
  fold: (events: ReturnType<typeof toStoredEvent>[]) => Promise<void>,
  chunk = 5_000,
): Promise<void> {
  const ours = prefixes.map((_, i) => `starts_with(stream_id, $${3 + i})`).join(' OR ');
  for (let after = '0'; ;) {
    const rows = (await m.query(
      `SELECT * FROM events WHERE global_position > $1::bigint AND (${ours}) ORDER BY global_position LIMIT $2`,
      [after, chunk, ...prefixes],
    )) as { global_position: string }[];
    if (rows.length === 0) return;
    await fold(rows.map((r) => toStoredEvent(r as never)));
    after = String(rows[rows.length - 1]!.global_position);
  }
}

/**
 * Rows of `live` that the fold did not give (expected: null) and rows the fold gave that `live`
 * lacks (actual: null), each as its JSON; a row that differs in one column shows as both, under its
 * primary key.
 */
async function compareTables(m: EntityManager, live: string, folded: string): Promise<Mismatch[]> {
  const diff = (a: string, b: string) =>
    m.query(
      `SELECT r FROM (SELECT to_jsonb(x) AS r FROM ${a} x EXCEPT ALL SELECT to_jsonb(y) FROM ${b} y) d LIMIT $1`,
      [NAMED_PER_TABLE],
    ) as Promise<{ r: Record<string, unknown> }[]>;
  const pk = (
    (await m.query(
      `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
       WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
      [live],
    )) as { name: string }[]
  ).map((c) => c.name);
  const key = (r: Record<string, unknown>) => (pk.length ? pk.map((c) => String(r[c])).join('/') : JSON.stringify(r));
  const extra = await diff(live, folded);
  const missing = await diff(folded, live);
  return [
    ...missing.map(({ r }) => ({ table: live, key: key(r), field: '*', expected: r, actual: null })),
    ...extra.map(({ r }) => ({ table: live, key: key(r), field: '*', expected: null, actual: r })),
  ];
}
