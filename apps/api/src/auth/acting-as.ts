import type { ActingSeat, Actor, Role } from '@khen/domain';

/** The request header naming what the person acts as: `ROLE` or `ROLE:SCOPE` (e.g. `COUNCIL_MEMBER:HD-TP`). */
export const ACTING_AS_HEADER = 'x-khen-acting-as';

/** The scope that tells two seats of one role apart: the council, the signing body, or the unit. */
export function seatScope(a: Pick<Actor, 'role' | 'unitId' | 'councilId' | 'authorityId'>): string | undefined {
  if (a.role === 'COUNCIL_MEMBER' || a.role === 'TDKT_OFFICE') return a.councilId;
  if (a.role === 'AUTHORITY') return a.authorityId;
  if (a.role === 'UNIT_OFFICER') return a.unitId;
  return undefined;
}

/** A seat's name in X-Khen-Acting-As and in GET /api/me: `ROLE` or `ROLE:SCOPE`. */
export const seatKey = (a: Pick<Actor, 'role' | 'unitId' | 'councilId' | 'authorityId'>): string => {
  const scope = seatScope(a);
  return scope ? `${a.role}:${scope}` : a.role;
};

/**
 * Every seat the person holds today, one actor each: the token's first (its first role is the one acted
 * as when the request names none), then the directory's (granted seats and council memberships) that the
 * token does not already give. A directory seat carries its own scope (a council member's unit, the
 * chair as lead).
 */
export function seatsOf(
  person: { userId: string; displayName?: string; seats: Actor[] },
  directory: readonly ActingSeat[],
): Actor[] {
  const out = [...person.seats];
  const keys = new Set(out.map(seatKey));
  for (const s of directory) {
    const actor: Actor = {
      userId: person.userId,
      displayName: person.displayName,
      role: s.role,
      unitId: s.unitId ?? s.authorityId,
      councilId: s.councilId,
      authorityId: s.authorityId,
      level: s.level,
      lead: s.lead,
    };
    if (keys.has(seatKey(actor))) continue;
    keys.add(seatKey(actor));
    out.push(actor);
  }
  return out;
}

/**
 * The seat a request acts as: the one X-Khen-Acting-As names (`ROLE`: the first seat of that role;
 * `ROLE:SCOPE`: that seat), else the first seat. `notHeld` when the header names a seat the person does
 * not hold; undefined when they hold none at all.
 */
export function actingSeat(
  seats: readonly Actor[],
  header: string | string[] | undefined,
): Actor | { notHeld: string } | undefined {
  const wanted = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  if (!wanted) return seats[0];
  const [role, ...rest] = wanted.split(':');
  const scope = rest.join(':');
  const seat = seats.find((s) => s.role === role && (!scope || seatScope(s) === scope));
  return seat ?? { notHeld: role ?? wanted };
}

/** The distinct roles of a set of seats, in order. */
export const rolesOf = (seats: readonly Actor[]): Role[] => [...new Set(seats.map((s) => s.role))];
