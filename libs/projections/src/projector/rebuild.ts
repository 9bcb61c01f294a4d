import type { DataSource } from 'typeorm';
import type { InlineProjection } from '@khen/eventstore';
import { BulkFilingsProjection } from '../bulk/bulk-filings.projection';
import { CasesProjection, LIVE_CASE_TABLES } from '../cases/cases.projection';
import { CatchUpProjector, type Progress } from './catch-up-projector';

/** A rebuildable projection: the live tables it owns, what to keep that no event produces, how to fold. */
interface Rebuildable {
  tables: string[];
  /** Rows that come from elsewhere than the events (imported registry history), copied over. */
  keep?: Record<string, string>;
  fold: (t: (table: string) => string) => InlineProjection;
}

export const REBUILDABLE: Record<string, Rebuildable> = {
  cases: {
    tables: [LIVE_CASE_TABLES.nominations, LIVE_CASE_TABLES.tasks, LIVE_CASE_TABLES.registry],
    keep: { award_registry: `source = 'IMPORT'` },
    fold: (t) => new CasesProjection({ nominations: t('nominations'), tasks: t('tasks'), registry: t('award_registry') }),
  },
  bulk: { tables: ['bulk_filings'], fold: (t) => new BulkFilingsProjection(t('bulk_filings')) },
};

const shadow = (table: string) => `${table}__rebuild`;

/**
 * Rebuilds a projection from the event store into fresh tables while the live ones keep serving
 * and keep being written by appends; when the fresh tables have caught up, appends are held for the
 * moment of the switch (one transaction: final catch-up, rename, drop the old tables).
 */
export async function rebuildProjection(ds: DataSource, name: string, onProgress?: (p: Progress) => void): Promise<{ events: number }> {
  const spec = REBUILDABLE[name];
  if (!spec) throw new Error(`unknown projection "${name}" (known: ${Object.keys(REBUILDABLE).join(', ')})`);
  for (const table of spec.tables) {
    await ds.query(`DROP TABLE IF EXISTS ${shadow(table)}`);
    await ds.query(`CREATE TABLE ${shadow(table)} (LIKE ${table} INCLUDING ALL)`);
    const keep = spec.keep?.[table];
    if (keep) await ds.query(`INSERT INTO ${shadow(table)} SELECT * FROM ${table} WHERE ${keep}`);
  }
  const projector = new CatchUpProjector(ds, `rebuild:${name}`, [spec.fold(shadow)]);
  await projector.reset();
  let events = await projector.catchUp(onProgress);
  await ds.transaction(async (m) => {
    // SHARE ROW EXCLUSIVE waits for appends in flight and holds new ones (reads go on) until commit.
    await m.query(`LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE`);
    for (let n = await projector.step(m); n > 0; n = await projector.step(m)) events += n;
    for (const table of spec.tables) {
      await m.query(`ALTER TABLE ${table} RENAME TO ${table}__old`);
      await m.query(`ALTER TABLE ${shadow(table)} RENAME TO ${table}`);
      await m.query(`DROP TABLE ${table}__old`);
    }
    await m.query(`DELETE FROM projection_checkpoints WHERE projection = $1`, [projector.checkpoint]);
  });
  return { events };
}
