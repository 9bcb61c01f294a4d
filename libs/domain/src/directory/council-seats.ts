import type { CivilDate } from '../calendar/civil-date';
import type { Refusal } from '../refusal';
import { refuseDir } from './directory.refusals';
import { SINGLE_HOLDER_SEATS, type CouncilState, type CouncilSeat, type CouncilTerm } from './directory.types';
import { dayAfter, within } from './directory-checks';

/** A seat's last day: its own, or its term's when it runs to the end. */
export const seatEnd = (seat: CouncilSeat, term: CouncilTerm): CivilDate =>
  seat.to === null || seat.to > term.to ? term.to : seat.to;

const sits = (seat: CouncilSeat, term: CouncilTerm, date: CivilDate) =>
  within(date, { from: seat.from, to: seatEnd(seat, term) }) && within(date, term);

/** Who sat on the council on a date (a ballot keeps those seated when its review opened). */
export function membersAt(council: Pick<CouncilState, 'terms' | 'seats'>, date: CivilDate): CouncilSeat[] {
  const term = council.terms.find((t) => within(date, t));
  if (!term) return [];
  return council.seats.filter((s) => s.termId === term.termId && sits(s, term, date));
}

/** The seats of the term's latest composition: those with no recorded end (what a ballot today copies). */
export function currentComposition(council: Pick<CouncilState, 'terms' | 'seats'>): CouncilSeat[] {
  const latest = [...council.terms].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (!latest) return [];
  const open = council.seats.filter((s) => s.termId === latest.termId && (s.to === null || s.to >= latest.to));
  // A member whose seat changed has one open row: the latest.
  return open.filter((s) => !open.some((o) => o.memberId === s.memberId && o.from > s.from));
}

/**
 * The term's invariants on every day from `from` to the term's end: one chair, single-holder seats
 * held at most once, each person in one seat. Checked at each day the composition changes.
 */
export function checkTermSeats(
  seats: readonly CouncilSeat[],
  term: CouncilTerm,
  from: CivilDate,
  field: string,
): Refusal | undefined {
  const ofTerm = seats.filter((s) => s.termId === term.termId && seatEnd(s, term) >= s.from);
  const start = from > term.from ? from : term.from;
  const days = new Set<CivilDate>([start]);
  for (const s of ofTerm) {
    if (s.from >= start && s.from <= term.to) days.add(s.from);
    const after = dayAfter(seatEnd(s, term));
    if (after >= start && after <= term.to) days.add(after);
  }
  for (const day of [...days].sort()) {
    const sitting = ofTerm.filter((s) => sits(s, term, day));
    const people = new Set<string>();
    for (const s of sitting) {
      if (people.has(s.memberId)) return refuseDir.seatedTwice(s.memberId, day, field);
      people.add(s.memberId);
    }
    if (!sitting.some((s) => s.seat === 'CHAIR')) return refuseDir.noChair(day, field);
    for (const seat of SINGLE_HOLDER_SEATS)
      if (sitting.filter((s) => s.seat === seat).length > 1) return refuseDir.seatHeldTwice(seat, day, field);
  }
  return undefined;
}

export const seatIdOf = (termId: string, memberId: string, from: CivilDate) => `${termId}/${memberId}/${from}`;
