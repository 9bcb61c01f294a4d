import type { EntityManager } from 'typeorm';
import {
  IdempotencyViolationError,
  type InlineProjection,
  type NewEvent,
  type StoredEvent,
  WrongExpectedVersionError,
} from './event-store.types';
import { chainEvents, insertEvents } from './insert-events';

/** The events one stream receives in a multi-stream append. */
export interface StreamAppend {
  streamId: string;
  expectedVersion: number;
  events: readonly NewEvent[];
}

export interface AppendManyResult {
  /** False when every event was stored already at the same places (a retried batch). */
  appended: boolean;
  stored: StoredEvent[];
  /** Each stream's version after the append. */
  versions: Record<string, number>;
}

interface Head {
  stream_id: string;
  version: number;
  hash: string;
}

/**
 * Appends to many streams inside the caller's transaction, in one INSERT, hash-chained per stream,
 * and folds the inline projections in the same transaction (an import: hundreds of records at once).
 * The caller serializes the writers of these streams (the directory takes its advisory lock first);
 * the UNIQUE (stream_id, stream_version) of `events` stops any writer that does not. Like
 * `EventStore.append` it is idempotent on event ids and optimistic per stream (`expectedVersion`).
 */
export async function appendManyIn(
  manager: EntityManager,
  batches: readonly StreamAppend[],
  options: { projections?: readonly InlineProjection[]; clock?: () => Date } = {},
): Promise<AppendManyResult> {
  const streams = batches.filter((b) => b.events.length > 0);
  const versions = Object.fromEntries(streams.map((b) => [b.streamId, b.expectedVersion + b.events.length]));
  if (streams.length === 0) return { appended: false, stored: [], versions };
  if (new Set(streams.map((b) => b.streamId)).size !== streams.length)
    throw new Error('appendManyIn: one entry per stream (merge the events of a stream into one batch)');
  const ids = streams.flatMap((b) => b.events.map((e) => e.eventId));
  const [{ stored: already, heads }] = (await manager.query(
    `SELECT (SELECT coalesce(json_agg(json_build_object('event_id', event_id, 'stream_id', stream_id, 'stream_version', stream_version)), '[]')
               FROM events WHERE event_id = ANY($1::uuid[])) AS stored,
            (SELECT coalesce(json_agg(json_build_object('stream_id', h.stream_id, 'version', h.stream_version, 'hash', encode(h.hash, 'hex'))), '[]')
               FROM (SELECT DISTINCT ON (stream_id) stream_id, stream_version, hash FROM events
                     WHERE stream_id = ANY($2::text[]) ORDER BY stream_id, stream_version DESC) h) AS heads`,
    [ids, streams.map((b) => b.streamId)],
  )) as { stored: { event_id: string; stream_id: string; stream_version: number }[]; heads: Head[] }[];
  if (already.length > 0) {
    const at = new Map(already.map((r) => [r.event_id, r]));
    const samePlace =
      already.length === ids.length &&
      streams.every((b) =>
        b.events.every((e, i) => {
          const r = at.get(e.eventId);
          return r && r.stream_id === b.streamId && r.stream_version === b.expectedVersion + i + 1;
        }),
      );
    if (!samePlace)
      throw new IdempotencyViolationError(
        streams[0]!.streamId,
        `${already.length} of ${ids.length} event ids already stored`,
      );
    return { appended: false, stored: [], versions };
  }
  const head = new Map(heads.map((h) => [h.stream_id, h]));
  const recordedAt = (options.clock ?? (() => new Date()))();
  const stored: StoredEvent[] = [];
  for (const b of streams) {
    const h = head.get(b.streamId);
    const actual = h?.version ?? 0;
    if (actual !== b.expectedVersion) throw new WrongExpectedVersionError(b.streamId, b.expectedVersion, actual);
    stored.push(
      ...chainEvents(b.streamId, b.expectedVersion, h ? Buffer.from(h.hash, 'hex') : null, b.events, recordedAt),
    );
  }
  await insertEvents(manager, stored, recordedAt);
  for (const projection of options.projections ?? []) await projection.apply(manager, stored);
  return { appended: true, stored, versions };
}
