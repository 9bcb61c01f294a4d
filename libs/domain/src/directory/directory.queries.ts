import type { CivilDate } from '../calendar/civil-date';
import type { AuthorityLevel } from '../organisation/levels';
import type { Role } from '../nomination/nomination.commands';
import { membersAt } from './council-seats';
import type { CouncilState, PersonState, UnitState } from './directory.types';
import { within } from './directory-checks';

/** One seat a person may act in on a date: a role and its scope, the shape of an Actor. */
export interface ActingSeat {
  seatId: string;
  role: Exclude<Role, 'PUBLIC' | 'SYSTEM'>;
  unitId?: string;
  councilId?: string;
  authorityId?: string;
  level?: AuthorityLevel;
  lead: boolean;
}

/**
 * The seats of a person on a date: those granted to them and, derived from the councils (never
 * entered twice), COUNCIL_MEMBER for each council they sit on (lead = its chair).
 */
export function seatsOfPersonAt(
  person: PersonState | null,
  councils: readonly Pick<CouncilState, 'councilId' | 'terms' | 'seats'>[],
  subject: string,
  date: CivilDate,
): ActingSeat[] {
  const seats: ActingSeat[] = [];
  for (const s of person?.seats ?? []) {
    if (!within(date, s)) continue;
    const seat: ActingSeat = { seatId: s.seatId, role: s.role, lead: s.lead };
    if (s.role === 'UNIT_OFFICER' && s.unitId) seat.unitId = s.unitId;
    if (s.role === 'TDKT_OFFICE' && s.councilId) seat.councilId = s.councilId;
    if (s.role === 'AUTHORITY' && s.unitId) Object.assign(seat, { authorityId: s.unitId, level: s.level ?? undefined });
    seats.push(seat);
  }
  for (const council of councils)
    for (const m of membersAt(council, date))
      if (m.memberId === subject)
        seats.push({
          seatId: `COUNCIL_MEMBER:${council.councilId}:${m.from}`,
          role: 'COUNCIL_MEMBER',
          councilId: council.councilId,
          unitId: m.unitId,
          lead: m.seat === 'CHAIR',
        });
  return seats;
}

/** The unit and every unit below it, in breadth-first order. */
export function subtreeOf(units: readonly Pick<UnitState, 'unitId' | 'parentId'>[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.unitId]);
  const out = [rootId];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

/**
 * From a unit along its successors: [the unit, its successor, that one's successor, …], ending at a
 * unit without successor. Whoever holds the last one works the cases of all the others.
 */
export function successorChain(units: ReadonlyMap<string, Pick<UnitState, 'successorId'>>, unitId: string): string[] {
  const chain = [unitId];
  for (let next = units.get(unitId)?.successorId; next && !chain.includes(next); next = units.get(next)?.successorId)
    chain.push(next);
  return chain;
}
