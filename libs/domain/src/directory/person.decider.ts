import type { Refusal } from '../refusal';
import type { PersonCommand } from './directory.commands';
import type { PersonEvent } from './directory.events';
import type { DirectoryContext } from './directory.facts';
import { refuseDir } from './directory.refusals';
import { GRANTED_ROLES, type FieldChange, type PersonState, type PersonSeat } from './directory.types';
import { checkDate, checkOneOf, checkReason, checkText, firstRefusal, overlaps } from './directory-checks';
import { activeOn } from './unit.decider';

const SUBJECT = /^[^\s\p{Cc}]{1,200}$/u;

export const personSeatId = (seat: Pick<PersonSeat, 'role' | 'unitId' | 'councilId' | 'from'>) =>
  `${seat.role}:${seat.unitId ?? seat.councilId ?? '*'}:${seat.from}`;

const shown = ({ role, unitId, councilId, level, lead, from, to }: PersonSeat) => ({
  role,
  unitId,
  councilId,
  level,
  lead,
  from,
  to,
});

function grant(state: PersonState | null, cmd: Extract<PersonCommand, { type: 'GrantSeat' }>, ctx: DirectoryContext) {
  const unit = cmd.unitId === undefined ? undefined : ctx.facts.units[cmd.unitId];
  const scoped = cmd.role === 'UNIT_OFFICER' || cmd.role === 'AUTHORITY';
  const refused = firstRefusal(
    () =>
      SUBJECT.test(cmd.subject ?? '')
        ? undefined
        : refuseDir.invalidValue('subject', 'mã người dùng', 'subject', cmd.subject),
    () => ((cmd.role as string) === 'COUNCIL_MEMBER' ? refuseDir.seatFromCouncil() : undefined),
    () => checkOneOf(cmd.role, GRANTED_ROLES, 'role', 'vai trò', 'role'),
    () => checkDate(cmd.from, 'from', 'Ngày bắt đầu', 'start date'),
    () => (cmd.to === undefined ? undefined : checkDate(cmd.to, 'to', 'Ngày kết thúc', 'end date')),
    () => (cmd.to !== undefined && cmd.to < cmd.from ? refuseDir.endBeforeStart('to', cmd.from, cmd.to) : undefined),
    () => (cmd.name === undefined ? undefined : checkText(cmd.name, 'name', 'họ tên', 'name')),
    () =>
      scoped && !(unit && activeOn(unit, cmd.from))
        ? refuseDir.unitNotActive('unitId', cmd.unitId ?? '', cmd.from, 'Đơn vị', 'unit')
        : undefined,
    () =>
      cmd.role === 'TDKT_OFFICE' && !ctx.facts.councils[cmd.councilId ?? '']
        ? refuseDir.councilUnknown('councilId', cmd.councilId ?? '')
        : undefined,
  );
  if (refused) return refused;
  const seat: PersonSeat = {
    seatId: '',
    role: cmd.role,
    unitId: scoped ? cmd.unitId! : null,
    councilId: cmd.role === 'TDKT_OFFICE' ? cmd.councilId! : null,
    level: cmd.role === 'AUTHORITY' && unit ? unit.level : null,
    lead: cmd.role === 'TDKT_OFFICE' && cmd.lead === true,
    from: cmd.from,
    to: cmd.to ?? null,
  };
  seat.seatId = personSeatId(seat);
  const clash = state?.seats.find(
    (s) => s.role === seat.role && s.unitId === seat.unitId && s.councilId === seat.councilId && overlaps(s, seat),
  );
  if (clash) return refuseDir.seatOverlaps(clash.seatId);
  const name = cmd.name?.trim() ?? state?.name ?? cmd.subject;
  const changes: FieldChange[] = [{ field: `seats.${seat.seatId}`, from: null, to: shown(seat) }];
  if (name !== (state?.name ?? null)) changes.unshift({ field: 'name', from: state?.name ?? null, to: name });
  return [
    { type: 'PersonSeatGranted' as const, data: { subject: cmd.subject, name, seat, reason: cmd.reason, changes } },
  ];
}

/** decide for a person's stream: the seats given to them directly, dated. */
export function decidePerson(
  state: PersonState | null,
  cmd: PersonCommand,
  ctx: DirectoryContext,
): PersonEvent[] | Refusal {
  const why = checkReason(cmd.reason);
  if (why) return why;
  if (cmd.type === 'GrantSeat') return grant(state, cmd, ctx);
  if (!state) return refuseDir.notFound('person', cmd.subject);
  const seat = state.seats.find((s) => s.seatId === cmd.seatId);
  if (!seat) return refuseDir.seatNotFound(cmd.seatId);
  const refused = firstRefusal(
    () => checkDate(cmd.to, 'to', 'Ngày kết thúc', 'end date'),
    () => (cmd.to < seat.from ? refuseDir.endBeforeStart('to', seat.from, cmd.to) : undefined),
  );
  if (refused) return refused;
  if (seat.to === cmd.to) return [];
  const changes = [{ field: `seats.${seat.seatId}.to`, from: seat.to, to: cmd.to }];
  return [
    {
      type: 'PersonSeatEnded',
      data: { subject: state.subject, seatId: seat.seatId, to: cmd.to, reason: cmd.reason, changes },
    },
  ];
}

export function evolvePerson(state: PersonState | null, event: PersonEvent): PersonState | null {
  if (event.type === 'PersonSeatGranted') {
    const { subject, name, seat } = event.data;
    return { subject, name, seats: [...(state?.seats ?? []), seat] };
  }
  if (!state) return state;
  const { seatId, to } = event.data;
  return { ...state, seats: state.seats.map((s) => (s.seatId === seatId ? { ...s, to } : s)) };
}
