import type { Actor } from './nomination.commands';
import type { NominationState } from './nomination.state';

/** Scopes of docs/architecture.md §5, checked by the decider as well as at the HTTP edge (defence in depth). */
export const isUnitOfficerOf = (a: Actor, s: NominationState) => a.role === 'UNIT_OFFICER' && a.unitId === s.unitId;
export const isOfficeOf = (a: Actor, s: NominationState) =>
  a.role === 'TDKT_OFFICE' && !!s.council && a.councilId === s.council.councilId;
export const isAuthorityOf = (a: Actor, s: NominationState) =>
  a.role === 'AUTHORITY' && !!s.council && a.authorityId === s.council.authorityId;
export const isOfficeLeadOf = (a: Actor, s: NominationState) =>
  (isOfficeOf(a, s) && a.lead === true) || a.role === 'ADMIN';
export const isSystem = (a: Actor) => a.role === 'SYSTEM';

export const ROLE_NAMES_VI: Record<Actor['role'], string> = {
  UNIT_OFFICER: 'Cán bộ đơn vị',
  TDKT_OFFICE: 'Cán bộ Ban Thi đua – Khen thưởng',
  COUNCIL_MEMBER: 'Thành viên Hội đồng',
  AUTHORITY: 'Người có thẩm quyền',
  ADMIN: 'Quản trị viên',
  SLA_MONITOR: 'Giám sát tiến độ',
  PUBLIC: 'Người dân',
  SYSTEM: 'Hệ thống',
};

/** Who may read a case: its unit, its council's office and members, its authority; admins and monitors. */
export function canReadCase(a: Actor, c: { unitId: string; councilId: string; authorityId: string }): boolean {
  switch (a.role) {
    case 'ADMIN':
    case 'SLA_MONITOR':
      return true;
    case 'UNIT_OFFICER':
      return a.unitId === c.unitId;
    case 'TDKT_OFFICE':
    case 'COUNCIL_MEMBER':
      return a.councilId === c.councilId;
    case 'AUTHORITY':
      return a.authorityId === c.authorityId;
    default:
      return false;
  }
}
