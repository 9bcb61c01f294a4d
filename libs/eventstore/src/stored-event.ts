/**
 * The one definition of a stored event's forms (docs/architecture.md §3): the `events` row as
 * PostgreSQL holds it, the envelope the code works with (StoredEvent), its JSON form (ISO instant,
 * hex hashes: exports, the events endpoint) and the fields its hash covers.
 */
import type { HashedFields } from './hash-chain';
import type { StoredEvent } from './event-store.types';

/** A row of `events` as node-postgres returns it (`tx_id`, when selected, is the database's own). */
export interface EventRow {
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

/** The columns an append writes, in this order (`global_position` and `tx_id` are given by the database). */
export const EVENT_WRITE_COLUMNS = [
  'stream_id',
  'stream_version',
  'event_id',
  'type',
  'data',
  'metadata',
  'recorded_at',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof EventRow)[];

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    globalPosition: String(r.global_position),
    streamId: r.stream_id,
    streamVersion: r.stream_version,
    eventId: r.event_id,
    type: r.type,
    data: r.data,
    metadata: r.metadata,
    recordedAt: r.recorded_at,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** A stored event as JSON: the instant in ISO 8601, the hashes in hex. */
export interface StoredEventJson {
  globalPosition: string;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recordedAt: string;
  prevHash: string | null;
  hash: string;
}

export function storedEventToJson(e: StoredEvent): StoredEventJson {
  return {
    globalPosition: e.globalPosition,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    eventId: e.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt.toISOString(),
    prevHash: e.prevHash?.toString('hex') ?? null,
    hash: e.hash.toString('hex'),
  };
}

export function storedEventFromJson(j: StoredEventJson): StoredEvent {
  return {
    ...j,
    recordedAt: new Date(j.recordedAt),
    prevHash: j.prevHash === null ? null : Buffer.from(j.prevHash, 'hex'),
    hash: Buffer.from(j.hash, 'hex'),
  };
}

/** What an event's hash covers: everything it says, and where and when it was stored. */
export function hashedFields(
  e: Pick<StoredEvent, 'streamId' | 'streamVersion' | 'eventId' | 'type' | 'data' | 'metadata' | 'recordedAt'>,
): HashedFields {
  return {
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    eventId: e.eventId,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt.toISOString(),
  };
}
