import type { CivilDate } from '../calendar/civil-date';
import type { AuthorityLevel } from '../organisation/levels';
import { currentComposition } from './council-seats';
import type { CampaignCommand, CouncilCommand, SeatInput, UnitCommand } from './directory.commands';
import type { CampaignState, CampaignKind, CouncilState, UnitState, UnitKind } from './directory.types';

/**
 * An import is idempotent: each row is compared with the record as it stands and only what differs
 * becomes a command, so a re-import of the same file records nothing.
 */
export interface UnitRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  level: AuthorityLevel;
  parentId: string | null;
  signingUnitId?: string;
  activeFrom: CivilDate;
}

export function planUnit(row: UnitRow, current: UnitState | null, reason: string): UnitCommand[] {
  if (!current) return [{ type: 'RegisterUnit', ...row, reason }];
  const commands: UnitCommand[] = [];
  const change: Extract<UnitCommand, { type: 'ChangeUnit' }> = { type: 'ChangeUnit', unitId: row.unitId, reason };
  if (row.name.trim() !== current.name) change.name = row.name;
  if (row.kind !== current.kind) change.kind = row.kind;
  if (row.level !== current.level) change.level = row.level;
  const moved = row.parentId !== null && row.parentId !== current.parentId;
  if (!moved && row.signingUnitId !== undefined && row.signingUnitId !== current.signingUnitId)
    change.signingUnitId = row.signingUnitId;
  if (Object.keys(change).length > 3) commands.push(change);
  if (moved)
    commands.push({
      type: 'MoveUnit',
      unitId: row.unitId,
      parentId: row.parentId!,
      ...(row.signingUnitId !== undefined ? { signingUnitId: row.signingUnitId } : {}),
      reason,
    });
  return commands;
}

export interface CouncilRow {
  councilId: string;
  name: string;
  unitId: string;
  authorityName: string;
  term: { termId: string; from: CivilDate; to: CivilDate };
  members: SeatInput[];
}

const sameSeat = (a: SeatInput, b: SeatInput) =>
  a.memberId === b.memberId && a.seat === b.seat && a.unitId === b.unitId && a.name.trim() === b.name.trim();

/** Register, rename, open the term, or change its membership on `asOf` (clamped to the term). */
export function planCouncil(
  row: CouncilRow,
  current: CouncilState | null,
  asOf: CivilDate,
  reason: string,
): CouncilCommand[] {
  const { councilId } = row;
  const commands: CouncilCommand[] = [];
  if (!current)
    commands.push({
      type: 'RegisterCouncil',
      councilId,
      name: row.name,
      unitId: row.unitId,
      authorityName: row.authorityName,
      reason,
    });
  else if (row.name.trim() !== current.name || row.authorityName.trim() !== current.authorityName)
    commands.push({ type: 'ChangeCouncil', councilId, name: row.name, authorityName: row.authorityName, reason });
  const term = current?.terms.find((t) => t.termId === row.term.termId);
  if (!term) {
    commands.push({ type: 'OpenTerm', councilId, ...row.term, members: row.members, reason });
    return commands;
  }
  const seated = currentComposition({ terms: [term], seats: current!.seats });
  const leave = seated.filter((s) => !row.members.some((m) => sameSeat(m, s))).map((s) => s.memberId);
  const join = row.members.filter((m) => !seated.some((s) => sameSeat(m, s)));
  if (leave.length || join.length) {
    const on = asOf < term.from ? term.from : asOf > term.to ? term.to : asOf;
    commands.push({ type: 'ChangeMembership', councilId, termId: term.termId, on, leave, join, reason });
  }
  return commands;
}

export interface CampaignRow {
  campaignId: string;
  name: string;
  unitId: string;
  kind: CampaignKind;
  year: number;
  filingOpensOn: CivilDate;
  filingClosesOn: CivilDate;
  awards: string[];
  councilId: string;
}

export function planCampaign(row: CampaignRow, current: CampaignState | null, reason: string): CampaignCommand[] {
  if (!current) return [{ type: 'LaunchCampaign', ...row, reason }];
  const change: Extract<CampaignCommand, { type: 'ChangeCampaign' }> = {
    type: 'ChangeCampaign',
    campaignId: row.campaignId,
    reason,
  };
  if (row.name.trim() !== current.name) change.name = row.name;
  if (row.filingOpensOn !== current.filingOpensOn) change.filingOpensOn = row.filingOpensOn;
  if (row.filingClosesOn !== current.filingClosesOn) change.filingClosesOn = row.filingClosesOn;
  if (row.awards.join() !== current.awards.join()) change.awards = row.awards;
  if (row.councilId !== current.councilId) change.councilId = row.councilId;
  return Object.keys(change).length > 3 ? [change] : [];
}
