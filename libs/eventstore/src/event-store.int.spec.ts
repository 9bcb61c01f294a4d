import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { loadDatabaseConfig } from './database.config';
import { EventStore } from './event-store';
import { IdempotencyViolationError, type NewEvent, WrongExpectedVersionError } from './event-store.types';
import { chainHash } from './hash-chain';

const event = (type = 'Something', data: object = { n: 1 }): NewEvent => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { actorId: 'tester' },
});

describe('EventStore on the real PostgreSQL', () => {
  let ds: DataSource;
  let store: EventStore;
  beforeAll(async () => {
    ds = createDataSource(loadDatabaseConfig());
    await ds.initialize();
    store = new EventStore(ds);
  });
  afterAll(async () => ds?.destroy());

  const count = async (streamId: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [streamId]))[0].n as number;

  it('stores a retried batch once: same ids at the same version change nothing', async () => {
    const stream = `test-${randomUUID()}`;
    const batch = [event('A'), event('B')];
    expect(await store.append(stream, 0, batch)).toEqual({ nextExpectedVersion: 2, appended: true });
    expect(await store.append(stream, 0, batch)).toEqual({ nextExpectedVersion: 2, appended: false });
    expect(await count(stream)).toBe(2);
  });

  it('refuses an append at a stale expected version that is not a replay', async () => {
    const stream = `test-${randomUUID()}`;
    await store.append(stream, 0, [event()]);
    await expect(store.append(stream, 0, [event()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append(stream, 5, [event()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await count(stream)).toBe(1);
  });

  it('refuses a batch whose ids are partly stored elsewhere', async () => {
    const stream = `test-${randomUUID()}`;
    const first = event();
    await store.append(stream, 0, [first]);
    await expect(store.append(`test-${randomUUID()}`, 0, [first, event()])).rejects.toBeInstanceOf(
      IdempotencyViolationError,
    );
  });

  it('lets exactly one of many concurrent writers at the same version win', async () => {
    const stream = `test-${randomUUID()}`;
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => store.append(stream, 0, [event()])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(losers).toHaveLength(7);
    losers.forEach((l) => expect(l.reason).toBeInstanceOf(WrongExpectedVersionError));
    expect(await count(stream)).toBe(1);
  });

  it('chains each event to the previous one by sha256(prev_hash || canonical event)', async () => {
    const stream = `test-${randomUUID()}`;
    await store.append(stream, 0, [event('A', { b: 2, a: 1 })]);
    await store.append(stream, 1, [event('B'), event('C')]);
    const events = await store.readStream(stream);
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    let prev: Buffer | null = null;
    for (const e of events) {
      expect(e.prevHash).toEqual(prev);
      const expected = chainHash(prev, {
        streamId: stream,
        streamVersion: e.streamVersion,
        eventId: e.eventId,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
        recordedAt: e.recordedAt.toISOString(),
      });
      expect(e.hash.equals(expected)).toBe(true);
      prev = e.hash;
    }
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const stream = `test-${randomUUID()}`;
    await store.append(stream, 0, [event()]);
    await expect(ds.query(`UPDATE events SET data = '{"n":2}' WHERE stream_id = $1`, [stream])).rejects.toThrow(
      /append-only/,
    );
    await expect(ds.query(`DELETE FROM events WHERE stream_id = $1`, [stream])).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE events`)).rejects.toThrow(/append-only/);
    expect(await count(stream)).toBe(1);
  });
});
