import type { DataSource, EntityManager } from 'typeorm';
import { chainEvents, insertEvents } from './insert-events';
import { toStoredEvent, type EventRow } from './stored-event';
import {
  type AppendOptions,
  type AppendResult,
  IdempotencyViolationError,
  type InlineProjection,
  type NewEvent,
  type StoredEvent,
  WrongExpectedVersionError,
} from './event-store.types';

interface StoredId {
  event_id: string;
  stream_id: string;
  stream_version: number;
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
  async append<R = never>(
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
    options: AppendOptions<R> = {},
  ): Promise<AppendResult<R>> {
    if (events.length === 0) return { nextExpectedVersion: expectedVersion, appended: false };
    return this.dataSource.transaction(async (manager) => {
      // One writer per stream at a time; other streams are not blocked. Its own statement: a
      // statement's snapshot is taken before it runs, so reads after the lock must come after it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [streamId]);
      // Under the lock, one round trip: which of these ids are stored already, and the stream's head.
      const [{ stored: already, head_version: headVersion, head_hash: headHash }] = (await manager.query(
        `SELECT (SELECT coalesce(json_agg(json_build_object('event_id', event_id, 'stream_id', stream_id, 'stream_version', stream_version)), '[]')
                   FROM events WHERE event_id = ANY($1::uuid[])) AS stored,
                h.stream_version AS head_version, h.hash AS head_hash
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT stream_version, hash FROM events WHERE stream_id = $2 ORDER BY stream_version DESC LIMIT 1) h ON true`,
        [events.map((e) => e.eventId), streamId],
      )) as { stored: StoredId[]; head_version: number | null; head_hash: Buffer | null }[];
      const replay = this.checkReplay(already, streamId, expectedVersion, events);
      if (replay) return replay;
      const rejected = options.precheck ? await options.precheck(manager) : undefined;
      if (rejected !== undefined) return { nextExpectedVersion: expectedVersion, appended: false, rejected };

      const actual = headVersion ?? 0;
      if (actual !== expectedVersion) throw new WrongExpectedVersionError(streamId, expectedVersion, actual);

      const complete = options.complete ? await options.complete(manager, events) : events;
      const stored = await this.insert(manager, streamId, expectedVersion, headHash, complete);
      for (const projection of this.projections) await projection.apply(manager, stored);
      return { nextExpectedVersion: expectedVersion + events.length, appended: true };
    });
  }

  /** All ids already stored at exactly the positions this batch would take: a pure replay. */
  private checkReplay(
    rows: StoredId[],
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
  ): AppendResult | null {
    if (rows.length === 0) return null;
    const at = new Map(rows.map((r) => [r.event_id, r] as const));
    const samePlace = events.every((e, i) => {
      const r = at.get(e.eventId);
      return r && r.stream_id === streamId && r.stream_version === expectedVersion + i + 1;
    });
    if (!samePlace)
      throw new IdempotencyViolationError(
        streamId,
        `${rows.length} of ${events.length} event ids already stored elsewhere`,
      );
    return { nextExpectedVersion: expectedVersion + events.length, appended: false };
  }

  /** The whole batch in one INSERT, hash-chained in order. */
  private async insert(
    manager: EntityManager,
    streamId: string,
    fromVersion: number,
    headHash: Buffer | null,
    events: readonly NewEvent[],
  ): Promise<StoredEvent[]> {
    const recordedAt = this.clock();
    const stored = chainEvents(streamId, fromVersion, headHash, events, recordedAt);
    await insertEvents(manager, stored, recordedAt);
    return stored;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const rows = (await this.dataSource.query(`SELECT * FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
      streamId,
    ])) as EventRow[];
    return rows.map(toStoredEvent);
  }
}
