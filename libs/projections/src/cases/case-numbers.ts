import type { EntityManager } from 'typeorm';
import { caseNumberYear, formatCaseNumber } from '@khen/domain';
import type { EventStore } from '@khen/eventstore';

/**
 * The next number of a council's year, taken inside the caller's transaction (the append that records
 * the draft): the counter's row stays locked until that transaction ends, so concurrent filings of one
 * council and year are numbered one after the other, and a filing rolled back gives its number back.
 */
export async function takeCaseNumber(m: EntityManager, councilId: string, occurredAt: string): Promise<string> {
  const year = caseNumberYear(occurredAt);
  const [{ last_seq: seq }] = (await m.query(
    `INSERT INTO case_number_counters (council_id, year, last_seq) VALUES ($1, $2, 1)
     ON CONFLICT (council_id, year) DO UPDATE SET last_seq = case_number_counters.last_seq + 1
     RETURNING last_seq`,
    [councilId, year],
  )) as { last_seq: number }[];
  return formatCaseNumber(year, seq);
}

/** The number a recorded draft carries (a retried append learns the one given the first time). */
export async function recordedCaseNumber(
  store: EventStore,
  streamId: string,
  draftEventId: string,
): Promise<string | undefined> {
  const draft = (await store.readStream(streamId)).find((e) => e.eventId === draftEventId);
  return (draft?.data as { caseNumber?: string } | undefined)?.caseNumber;
}
