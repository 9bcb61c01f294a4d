/**
 * Writing events, for both appends (EventStore.append, one stream; appendManyIn, many): the events of a
 * stream chained after its head, and one INSERT of chained events that fills in their global positions.
 */
import type { EntityManager } from 'typeorm';
import { chainHash } from './hash-chain';
import { IdempotencyViolationError, type NewEvent, type StoredEvent } from './event-store.types';
import { EVENT_WRITE_COLUMNS, hashedFields } from './stored-event';

/** The events of one stream after its head (version `fromVersion`, hash `headHash`), hash-chained in order. */
export function chainEvents(
  streamId: string,
  fromVersion: number,
  headHash: Buffer | null,
  events: readonly NewEvent[],
  recordedAt: Date,
): StoredEvent[] {
  const stored: StoredEvent[] = [];
  let prevHash = headHash;
  for (const [i, e] of events.entries()) {
    const streamVersion = fromVersion + i + 1;
    const hash = chainHash(prevHash, hashedFields({ ...e, streamId, streamVersion, recordedAt }));
    stored.push({ ...e, globalPosition: '', streamId, streamVersion, recordedAt, prevHash, hash });
    prevHash = hash;
  }
  return stored;
}

/**
 * One INSERT of chained events (of any streams, written in the order given), their global positions
 * filled in. An event id the table already holds is skipped by the INSERT and then refused: the
 * caller's replay check let through an id another writer stored meanwhile.
 */
export async function insertEvents(manager: EntityManager, stored: StoredEvent[], recordedAt: Date): Promise<void> {
  const rows = (await manager.query(
    `INSERT INTO events (${EVENT_WRITE_COLUMNS.join(', ')})
     SELECT s, v, id, t, d, m, $1, p, h
     FROM unnest($2::text[], $3::int[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[], $8::bytea[], $9::bytea[])
          WITH ORDINALITY AS x(s, v, id, t, d, m, p, h, n)
     ORDER BY n
     ON CONFLICT (event_id) DO NOTHING
     RETURNING global_position, event_id`,
    [
      recordedAt,
      stored.map((e) => e.streamId),
      stored.map((e) => e.streamVersion),
      stored.map((e) => e.eventId),
      stored.map((e) => e.type),
      stored.map((e) => JSON.stringify(e.data)),
      stored.map((e) => JSON.stringify(e.metadata)),
      stored.map((e) => e.prevHash),
      stored.map((e) => e.hash),
    ],
  )) as { global_position: string; event_id: string }[];
  const positions = new Map(rows.map((r) => [r.event_id, String(r.global_position)]));
  for (const e of stored) {
    const position = positions.get(e.eventId);
    if (!position) throw new IdempotencyViolationError(e.streamId, `event ${e.eventId} appeared during the append`);
    e.globalPosition = position;
  }
}
