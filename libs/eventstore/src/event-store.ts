import type { DataSource, EntityManager } from 'typeorm';
import { chainHash } from './hash-chain';
import {
  AppendOptions, AppendResult, IdempotencyViolationError, InlineProjection, NewEvent, StoredEvent, WrongExpectedVersionError,
} from './event-store.types';

interface EventRow {
  global_position: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
  prev_hash: Buffer | null;
  hash: Buffer;
}

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    globalPosition: String(r.global_position), streamId: r.stream_id, streamVersion: r.stream_version,
    eventId: r.event_id, type: r.type, data: r.data, metadata: r.metadata, recordedAt: r.recorded_at,
    prevHash: r.prev_hash, hash: r.hash,
  };
}

/**
 * Append-only store on PostgreSQL. `append` is idempotent on event ids (a retried activity re-sends
 * the same ids and changes nothing) and optimistic per stream (`expectedVersion`).
 */
export class EventStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly InlineProjection[] = [],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Appends in one transaction. `precheck` runs under the stream's lock, after the replay check and
   * before the insert; a value it returns refuses the append (nothing is written) and is handed back.
   */
  async append<R = never>(streamId: string, expectedVersion: number, events: readonly NewEvent[], options: AppendOptions<R> = {}): Promise<AppendResult<R>> {
    if (events.length === 0) return { nextExpectedVersion: expectedVersion, appended: false };
    return this.dataSource.transaction(async (manager) => {
      // One writer per stream at a time; other streams are not blocked.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [streamId]);
      const replay = await this.checkReplay(manager, streamId, expectedVersion, events);
      if (replay) return replay;
      const rejected = options.precheck ? await options.precheck(manager) : undefined;
      if (rejected !== undefined) return { nextExpectedVersion: expectedVersion, appended: false, rejected };

      const [head] = await manager.query(
        `SELECT stream_version, hash FROM events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`, [streamId],
      ) as { stream_version: number; hash: Buffer }[];
      const actual = head?.stream_version ?? 0;
      if (actual !== expectedVersion) throw new WrongExpectedVersionError(streamId, expectedVersion, actual);

      const stored = await this.insert(manager, streamId, expectedVersion, head?.hash ?? null, events);
      for (const projection of this.projections) await projection.apply(manager, stored);
      return { nextExpectedVersion: expectedVersion + events.length, appended: true };
    });
  }

  /** All ids already stored at exactly the positions this batch would take: a pure replay. */
  private async checkReplay(manager: EntityManager, streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<AppendResult | null> {
    const rows = await manager.query(
      `SELECT event_id, stream_id, stream_version FROM events WHERE event_id = ANY($1::uuid[])`,
      [events.map((e) => e.eventId)],
    ) as { event_id: string; stream_id: string; stream_version: number }[];
    if (rows.length === 0) return null;
    const at = new Map(rows.map((r) => [r.event_id, r] as const));
    const samePlace = events.every((e, i) => {
      const r = at.get(e.eventId);
      return r && r.stream_id === streamId && r.stream_version === expectedVersion + i + 1;
    });
    if (!samePlace) throw new IdempotencyViolationError(streamId, `${rows.length} of ${events.length} event ids already stored elsewhere`);
    return { nextExpectedVersion: expectedVersion + events.length, appended: false };
  }

  private async insert(manager: EntityManager, streamId: string, fromVersion: number, headHash: Buffer | null, events: readonly NewEvent[]): Promise<StoredEvent[]> {
    const recordedAt = this.clock();
    const stored: StoredEvent[] = [];
    let prevHash = headHash;
    for (const [i, e] of events.entries()) {
      const streamVersion = fromVersion + i + 1;
      const hash = chainHash(prevHash, { streamId, streamVersion, eventId: e.eventId, type: e.type, data: e.data, metadata: e.metadata, recordedAt: recordedAt.toISOString() });
      const [row] = await manager.query(
        `INSERT INTO events (stream_id, stream_version, event_id, type, data, metadata, recorded_at, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (event_id) DO NOTHING
         RETURNING global_position`,
        [streamId, streamVersion, e.eventId, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), recordedAt, prevHash, hash],
      ) as { global_position: string }[];
      if (!row) throw new IdempotencyViolationError(streamId, `event ${e.eventId} appeared during the append`);
      stored.push({ ...e, globalPosition: String(row.global_position), streamId, streamVersion, recordedAt, prevHash, hash });
      prevHash = hash;
    }
    return stored;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const rows = await this.dataSource.query(
      `SELECT * FROM events WHERE stream_id = $1 ORDER BY stream_version`, [streamId],
    ) as EventRow[];
    return rows.map(toStoredEvent);
  }
}
