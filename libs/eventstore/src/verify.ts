import type { DataSource } from 'typeorm';
import { chainHash } from './hash-chain';
import { hashedFields, toStoredEvent, type EventRow } from './stored-event';
import type { StoredEvent } from './event-store.types';

export interface ChainBreak {
  streamId: string;
  streamVersion: number;
  reason: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'VERSION_GAP';
}

export interface VerifyReport {
  ok: boolean;
  streams: number;
  events: number;
  /** The first break found, in stream order; later streams are still checked and listed. */
  firstBroken?: ChainBreak;
  broken: ChainBreak[];
}

/** Recomputes one stream's chain: every hash from its fields and the previous hash (docs/architecture.md §3). */
export function verifyChain(events: readonly StoredEvent[]): ChainBreak | undefined {
  let prev: Buffer | null = null;
  for (const [i, e] of events.entries()) {
    if (e.streamVersion !== i + 1)
      return { streamId: e.streamId, streamVersion: e.streamVersion, reason: 'VERSION_GAP' };
    if (!(e.prevHash === null ? prev === null : prev !== null && e.prevHash.equals(prev))) {
      return { streamId: e.streamId, streamVersion: e.streamVersion, reason: 'PREV_HASH_MISMATCH' };
    }
    const expected = chainHash(prev, hashedFields(e));
    if (!expected.equals(e.hash))
      return { streamId: e.streamId, streamVersion: e.streamVersion, reason: 'HASH_MISMATCH' };
    prev = e.hash;
  }
  return undefined;
}

/**
 * Verifies one stream, or the whole store stream by stream in keyset batches (bounded memory).
 * `onProgress(done, total)` reports events checked, for a progress bar.
 */
export async function verifyStore(
  ds: DataSource,
  opts: { streamId?: string; batch?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<VerifyReport> {
  const batch = opts.batch ?? 20_000;
  const [{ total }] = await ds.query(
    `SELECT count(*)::int AS total FROM events ${opts.streamId ? 'WHERE stream_id = $1' : ''}`,
    opts.streamId ? [opts.streamId] : [],
  );
  const report: VerifyReport = { ok: true, streams: 0, events: 0, broken: [] };
  let after: [string, number] = ['', 0];
  let current: StoredEvent[] = [];
  const finish = () => {
    if (current.length === 0) return;
    report.streams++;
    const broken = verifyChain(current);
    if (broken) report.broken.push(broken);
    current = [];
  };
  for (;;) {
    const rows: EventRow[] = await ds.query(
      `SELECT * FROM events WHERE (stream_id, stream_version) > ($1, $2) ${opts.streamId ? 'AND stream_id = $4' : ''}
       ORDER BY stream_id, stream_version LIMIT $3`,
      opts.streamId ? [...after, batch, opts.streamId] : [...after, batch],
    );
    for (const row of rows) {
      const e = toStoredEvent(row);
      if (current.length && current[0].streamId !== e.streamId) finish();
      current.push(e);
      report.events++;
    }
    opts.onProgress?.(report.events, total);
    if (rows.length < batch) break;
    const last = rows[rows.length - 1];
    after = [last.stream_id, last.stream_version];
  }
  finish();
  report.ok = report.broken.length === 0;
  report.firstBroken = report.broken[0];
  return report;
}
