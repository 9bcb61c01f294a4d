import type { DataSource, EntityManager } from 'typeorm';
import {
  BULK_STREAM_PREFIX,
  DIRECTORY_STREAM_PREFIXES,
  INITIATIVE_STREAM_PREFIX,
  SCORING_STREAM_PREFIX,
  REGISTRATION_STREAM_PREFIX,
} from '@khen/domain';
import { toStoredEvent, type InlineProjection } from '@khen/eventstore';
import { BulkFilingsProjection } from '../bulk/bulk-filings.projection';
import { CasesProjection, LIVE_CASE_TABLES } from '../cases/cases.projection';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';
import { DIRECTORY_READ_MODEL_TABLES } from '../directory/directory-rows';
import { DirectoryProjection } from '../directory/directory.projection';
import { INITIATIVES_TABLE, InitiativesProjection } from '../initiatives/initiatives.projection';
import { REPORT_FACTS_TABLE, ReportFactsProjection } from '../reports/report-facts.projection';
import { CLUSTER_SCORINGS_TABLE, ClusterScoringsProjection } from '../cluster-scoring/cluster-scorings.projection';
import { REGISTRATIONS_TABLE, RegistrationsProjection } from '../campaigns/registrations.projection';
import { CatchUpProjector, type Checkpoint, type Progress } from './catch-up-projector';

/** A rebuildable projection: the live tables it owns, what to keep that no event produces, how to fold. */
interface Rebuildable {
  tables: string[];
  /** The stream prefixes it folds: the others are skipped in the database, not read and dropped. */
  streams: string | string[];
  /** Rows that come from elsewhere than the events (imported registry history), copied over. */
  keep?: Record<string, string>;
  fold: (t: (table: string) => string) => InlineProjection;
}

export const REBUILDABLE: Record<string, Rebuildable> = {
  cases: {
    tables: [LIVE_CASE_TABLES.nominations, LIVE_CASE_TABLES.tasks, LIVE_CASE_TABLES.registry],
    streams: NOMINATION_STREAM_PREFIX,
    keep: { award_registry: `source = 'IMPORT'` },
    fold: (t) =>
      new CasesProjection({ nominations: t('nominations'), tasks: t('tasks'), registry: t('award_registry') }),
  },
  bulk: {
    tables: ['bulk_filings'],
    streams: BULK_STREAM_PREFIX,
    fold: (t) => new BulkFilingsProjection(t('bulk_filings')),
  },
  directory: {
    tables: [...DIRECTORY_READ_MODEL_TABLES],
    streams: Object.values(DIRECTORY_STREAM_PREFIXES),
    // Rows written before the directory was event-sourced (version 0) come from no event.
    keep: { units: 'version = 0', councils: 'version = 0', campaigns: 'version = 0' },
    fold: (t) => new DirectoryProjection(t),
  },
  initiatives: {
    tables: [INITIATIVES_TABLE],
    streams: INITIATIVE_STREAM_PREFIX,
    fold: (t) => new InitiativesProjection(t),
  },
  reports: {
    tables: [REPORT_FACTS_TABLE],
    streams: NOMINATION_STREAM_PREFIX,
    fold: (t) => new ReportFactsProjection(t),
  },
  'cluster-scorings': {
    tables: [CLUSTER_SCORINGS_TABLE],
    streams: SCORING_STREAM_PREFIX,
    fold: (t) => new ClusterScoringsProjection(t),
  },
  registrations: {
    tables: [REGISTRATIONS_TABLE],
    streams: REGISTRATION_STREAM_PREFIX,
    fold: (t) => new RegistrationsProjection(t),
  },
};

const shadow = (table: string) => `${table}__rebuild`;

/** The named projections of REBUILDABLE, and their tables with the rows no event produces. */
export function rebuildable(names: string[]) {
  const specs = names.map((name) => {
    const spec = REBUILDABLE[name];
    if (!spec) throw new Error(`unknown projection "${name}" (known: ${Object.keys(REBUILDABLE).join(', ')})`);
    return spec;
  });
  return { specs, tables: specs.flatMap((spec) => spec.tables.map((table) => ({ table, keep: spec.keep?.[table] }))) };
}

/**
 * Rebuilds a projection from the event store into fresh tables while the live ones keep serving
 * and keep being written by appends; when the fresh tables have caught up, appends are held for the
 * moment of the switch (one transaction: final catch-up, rename, drop the old tables).
 */
export async function rebuildProjection(
  ds: DataSource,
  name: string,
  onProgress?: (p: Progress) => void,
): Promise<{ events: number }> {
  return rebuildProjections(ds, [name], onProgress);
}

/**
 * Rebuilds several projections in one read of the store (e.g. every one of REBUILDABLE), switched
 * together. Two passes. First, every event committed before the rebuild began, stream by stream
 * (see foldCommittedByStream): each case is read, folded and written once, where commit order
 * would fold and rewrite it at every batch that touches it. Then the catch-up projector, in commit
 * order, from the last of those events: whatever was appended meanwhile.
 */
export async function rebuildProjections(
  ds: DataSource,
  names: string[],
  onProgress?: (p: Progress) => void,
): Promise<{ events: number }> {
  const { specs, tables } = rebuildable(names);
  for (const { table, keep } of tables) {
    await ds.query(`DROP TABLE IF EXISTS ${shadow(table)}`);
    await ds.query(`CREATE TABLE ${shadow(table)} (LIKE ${table} INCLUDING ALL)`);
    if (keep) await ds.query(`INSERT INTO ${shadow(table)} SELECT * FROM ${table} WHERE ${keep}`);
  }
  // The secondary indexes are built once after the first pass instead of kept up to date through a
  // million rows; the unique ones (what ON CONFLICT needs) stay.
  const deferred: string[] = [];
  for (const { table } of tables) {
    const rows = (await ds.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexdef NOT LIKE 'CREATE UNIQUE %'`,
      [shadow(table)],
    )) as { indexname: string; indexdef: string }[];
    for (const r of rows) {
      deferred.push(r.indexdef);
      await ds.query(`DROP INDEX "${r.indexname}"`);
    }
  }
  const projections = specs.map((spec) => spec.fold(shadow));
  const projector = new CatchUpProjector(ds, `rebuild:${names.join('+')}`, projections);
  const first = await foldCommittedByStream(
    ds,
    projections,
    specs.flatMap((spec) => [spec.streams].flat()),
    onProgress,
  );
  for (const def of deferred) await ds.query(def);
  await projector.reset(first.checkpoint);
  let events =
    first.events +
    (await projector.catchUp(
      onProgress && ((p) => onProgress({ done: first.events + p.done, total: first.events + p.total })),
    ));
  await ds.transaction(async (m) => {
    // SHARE ROW EXCLUSIVE waits for appends in flight and holds new ones (reads go on) until commit.
    await m.query(`LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE`);
    for (let n = await projector.step(m, true); n > 0; n = await projector.step(m, true)) events += n;
    for (const { table } of tables) {
      const names = await indexNames(m, table);
      const fresh = await indexNames(m, shadow(table));
      await m.query(`ALTER TABLE ${table} RENAME TO ${table}__old`);
      await m.query(`ALTER TABLE ${shadow(table)} RENAME TO ${table}`);
      await m.query(`DROP TABLE ${table}__old`);
      // LIKE … INCLUDING ALL named the copies after the shadow table: give them back their names.
      for (const [def, name] of fresh) {
        const was = names.get(def);
        if (was && was !== name) await m.query(`ALTER INDEX "${name}" RENAME TO "${was}"`);
      }
    }
    await m.query(`DELETE FROM projection_checkpoints WHERE projection = $1`, [projector.checkpoint]);
  });
  return { events };
}

/** A table's indexes by definition (without their own and their table's names): definition → name. */
async function indexNames(m: EntityManager, table: string): Promise<Map<string, string>> {
  const rows = (await m.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
    [table],
  )) as { indexname: string; indexdef: string }[];
  return new Map(
    rows.map((r) => [r.indexdef.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+ /, 'CREATE $1INDEX ON '), r.indexname]),
  );
}

/**
 * Folds every event committed before now (transaction id below the oldest one still running), in
 * chunks of whole streams read in (stream_id, stream_version) order: the projections are folds per
 * stream, so each stream's events in version order give the rows commit order gives. Returns the
 * last of those events in commit order: the catch-up projector goes on from there, and everything
 * up to it was folded (all of its transaction's events and every earlier transaction's).
 */
async function foldCommittedByStream(
  ds: DataSource,
  projections: InlineProjection[],
  prefixes: string[],
  onProgress?: (p: Progress) => void,
  chunk = 10_000,
): Promise<{ events: number; checkpoint: Checkpoint }> {
  const [{ below }] = (await ds.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS below`)) as {
    below: string;
  }[];
  const [{ total }] = (await ds.query(`SELECT count(*)::int AS total FROM events`)) as { total: number }[];
  const ours = prefixes.map((_, i) => `starts_with(stream_id, $${5 + i})`).join(' OR ');
  // The projections fold what happened and when (type, data, recorded_at), never who recorded it nor
  // the hashes (those are verify's): the columns they do not read are not fetched and parsed here.
  const columns = `global_position, stream_id, stream_version, event_id, type, data, '{}'::jsonb AS metadata, recorded_at, NULL::bytea AS prev_hash, NULL::bytea AS hash, tx_id`;
  type Row = { stream_id: string; stream_version: number; tx_id: string; global_position: string };
  const read = (after: [string, number]) => {
    const rows = ds.query(
      `SELECT ${columns} FROM events WHERE (stream_id, stream_version) > ($1, $2) AND tx_id < $3::xid8 AND (${ours})
       ORDER BY stream_id, stream_version LIMIT $4`,
      [...after, below, chunk, ...prefixes],
    ) as Promise<Row[]>;
    rows.catch(() => undefined); // awaited below; a failure is not unhandled meanwhile
    return rows;
  };
  let last = { tx: 0n, position: 0n };
  let events = 0;
  // The next chunk is read, and the previous one written, while this one is folded: PostgreSQL and
  // Node work at once.
  let next = read(['', 0]);
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    let rows = await next;
    if (rows.length === 0) break;
    if (rows.length === chunk) {
      // Whole streams only: the last one may go on in the next chunk.
      const tail = rows[rows.length - 1].stream_id;
      const whole = rows.filter((r) => r.stream_id !== tail);
      rows = whole.length
        ? whole
        : await ds.query(
            `SELECT ${columns} FROM events WHERE stream_id = $1 AND tx_id < $2::xid8 ORDER BY stream_version`,
            [tail, below],
          );
    }
    const end = rows[rows.length - 1];
    next = read([end.stream_id, end.stream_version]);
    const stored = rows.map((r) => toStoredEvent(r as never));
    // The case projection folds in memory (nothing to read: whole new streams) while the previous
    // chunk's rows are still being written; the others fold and write as appends do.
    const folded = projections.map((p) => (p instanceof CasesProjection ? p.foldNew(stored) : undefined));
    await writing;
    writing = ds.transaction(async (m) => {
      for (const [i, p] of projections.entries())
        await (p instanceof CasesProjection ? p.write(m, folded[i]!) : p.apply(m, stored));
    });
    writing.catch(() => undefined); // awaited before the next chunk and at the end
    for (const r of rows) {
      const tx = BigInt(r.tx_id);
      const position = BigInt(r.global_position);
      if (tx > last.tx || (tx === last.tx && position > last.position)) last = { tx, position };
    }
    events += rows.length;
    onProgress?.({ done: events, total: Math.max(total, events) });
  }
  await writing;
  return { events, checkpoint: { tx: String(last.tx), position: String(last.position) } };
}
