import type { Campaign, Unit } from '../api/types';

/** The unit and its parents, nearest first (a unit missing from the list ends the walk). */
export function unitLine(units: Pick<Unit, 'unitId' | 'parentId'>[], unitId: string | null | undefined): string[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const line: string[] = [];
  for (let id = unitId ?? null; id && !line.includes(id); id = byId.get(id)?.parentId ?? null) line.push(id);
  return line;
}

/**
 * The campaigns an officer's unit may file into today (Asia/Ho_Chi_Minh), the likeliest first: open for
 * filing (not closed, today within its window), launched by the unit or one above it (the level that
 * launches awards, and its council reviews); then those that offer the award chosen, of the nomination kind
 * chosen, launched nearest the unit. A campaign kept before the directory (no window, no launching unit)
 * is open to all, after the others. None when nothing fits: the page asks for a choice.
 */
export function fileableCampaigns(
  campaigns: Campaign[],
  line: string[],
  today: string,
  wanted: { awardCode?: string; kind?: string } = {},
): Campaign[] {
  const distance = (c: Campaign) => (c.unitId ? line.indexOf(c.unitId) : line.length);
  const open = campaigns.filter(
    (c) =>
      c.status !== 'CLOSED' &&
      (!c.filingOpensOn || c.filingOpensOn <= today) &&
      (!c.filingClosesOn || today <= c.filingClosesOn) &&
      distance(c) >= 0,
  );
  const score = (c: Campaign) => [
    c.awards?.length && wanted.awardCode && !c.awards.includes(wanted.awardCode) ? 1 : 0,
    wanted.kind && c.kind !== wanted.kind ? 1 : 0,
    distance(c),
  ];
  return open
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => a.s[0]! - b.s[0]! || a.s[1]! - b.s[1]! || a.s[2]! - b.s[2]!)
    .map((x) => x.c);
}

export const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
