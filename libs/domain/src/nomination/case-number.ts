import { toCivilDate } from '../calendar/civil-date';
import type { NominationEvent } from './nomination.events';

/**
 * A case's number for people: `HS-<year>-<six digits>`, counted per council and filing year (the
 * filing's civil year in Việt Nam), from 1, with no gap. Assigned once, by the store, in the
 * transaction that records the case's NominationDrafted (docs/architecture.md "Case numbers").
 */
export const CASE_NUMBER_PATTERN = /^HS-(\d{4})-(\d{6,})$/;

export function formatCaseNumber(year: number, seq: number): string {
  return `HS-${year}-${String(seq).padStart(6, '0')}`;
}

/** The year a case filed at this instant is counted in. */
export function caseNumberYear(occurredAt: string): number {
  return Number(toCivilDate(new Date(occurredAt)).slice(0, 4));
}

/** The events as the store recorded them: the draft carries the number the store gave it. */
export function withCaseNumber(events: NominationEvent[], caseNumber: string | undefined): NominationEvent[] {
  if (!caseNumber) return events;
  return events.map((e) => (e.type === 'NominationDrafted' ? { ...e, data: { ...e.data, caseNumber } } : e));
}
