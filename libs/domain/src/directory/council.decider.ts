import type { CivilDate } from '../calendar/civil-date';
import type { Refusal } from '../refusal';
import type { CouncilCommand, SeatInput } from './directory.commands';
import type { CouncilEvent } from './directory.events';
import type { DirectoryContext } from './directory.facts';
import { refuseDir } from './directory.refusals';
import { COUNCIL_SEATS, type CouncilState, type CouncilSeat, type FieldChange } from './directory.types';
import { checkTermSeats, seatIdOf } from './council-seats';
import {
  changedSet,
  checkCode,
  checkDate,
  checkOneOf,
  checkReason,
  checkText,
  dayBefore,
  diffFields,
  firstRefusal,
  overlaps,
  within,
} from './directory-checks';
import { activeOn } from './unit.decider';

/** Each member's fields, and their unit known and active on the day they take their seat. */
function checkMembers(members: readonly SeatInput[], on: CivilDate, ctx: DirectoryContext, list: string) {
  for (const [i, m] of members.entries()) {
    const at = `${list}[${i}]`;
    const refused = firstRefusal(
      () => checkText(m.memberId, `${at}.memberId`, 'mã thành viên', 'member id', 200),
      () => checkText(m.name, `${at}.name`, 'họ tên thành viên', 'member name'),
      () => checkOneOf(m.seat, COUNCIL_SEATS, `${at}.seat`, 'vị trí trong Hội đồng', 'council seat'),
      () => {
        const u = ctx.facts.units[m.unitId];
        return u && activeOn(u, on)
          ? undefined
          : refuseDir.unitNotActive(`${at}.unitId`, m.unitId, on, 'Đơn vị của thành viên', "member's unit");
      },
    );
    if (refused) return refused;
  }
  return undefined;
}

const seatOf = (termId: string, on: CivilDate, m: SeatInput): CouncilSeat => ({
  seatId: seatIdOf(termId, m.memberId, on),
  termId,
  memberId: m.memberId,
  name: m.name.trim(),
  seat: m.seat,
  unitId: m.unitId,
  from: on,
  to: null,
});

const shown = (s: CouncilSeat) => ({ seat: s.seat, name: s.name, unitId: s.unitId });

function register(cmd: Extract<CouncilCommand, { type: 'RegisterCouncil' }>, ctx: DirectoryContext) {
  const unit = ctx.facts.units[cmd.unitId];
  const refused = firstRefusal(
    () => checkCode(cmd.councilId, 'councilId', 'Hội đồng', 'council'),
    () => checkText(cmd.name, 'name', 'tên Hội đồng', 'council name'),
    () => checkText(cmd.authorityName, 'authorityName', 'chức danh người quyết định', 'authority title'),
    () => checkReason(cmd.reason),
    () =>
      unit && activeOn(unit, ctx.today)
        ? undefined
        : refuseDir.unitNotActive('unitId', cmd.unitId, ctx.today, 'Đơn vị', 'unit'),
    () =>
      cmd.level && unit && cmd.level !== unit.level ? refuseDir.councilLevelMismatch(cmd.level, unit.level) : undefined,
  );
  if (refused || !unit) return refused!;
  const council = {
    councilId: cmd.councilId,
    name: cmd.name.trim(),
    level: unit.level,
    unitId: unit.unitId,
    authorityName: cmd.authorityName.trim(),
  };
  const changes = diffFields(null, council, ['councilId', 'name', 'level', 'unitId', 'authorityName']);
  return [{ type: 'CouncilRegistered' as const, data: { council, reason: cmd.reason, changes } }];
}

/** decide for a council's stream: terms and dated seats, refused when a day of a term would lack a chair. */
export function decideCouncil(
  state: CouncilState | null,
  cmd: CouncilCommand,
  ctx: DirectoryContext,
): CouncilEvent[] | Refusal {
  if (cmd.type === 'RegisterCouncil')
    return state ? refuseDir.exists('council', cmd.councilId, 'councilId') : register(cmd, ctx);
  if (!state) return refuseDir.notFound('council', cmd.councilId);
  const why = checkReason(cmd.reason);
  if (why) return why;
  const { reason } = cmd;
  switch (cmd.type) {
    case 'ChangeCouncil': {
      const set = changedSet(state, cmd, ['name', 'authorityName']);
      const refused = firstRefusal(
        () => (set.name === undefined ? undefined : checkText(set.name, 'name', 'tên Hội đồng', 'council name')),
        () =>
          set.authorityName === undefined
            ? undefined
            : checkText(set.authorityName, 'authorityName', 'chức danh người quyết định', 'authority title'),
      );
      if (refused) return refused;
      const changes = diffFields(state, set, ['name', 'authorityName']);
      return changes.length
        ? [{ type: 'CouncilChanged', data: { councilId: state.councilId, set, reason, changes } }]
        : [];
    }
    case 'OpenTerm': {
      const term = { termId: cmd.termId, from: cmd.from, to: cmd.to };
      const clash = state.terms.find((t) => overlaps(t, term));
      const refused = firstRefusal(
        () => checkCode(cmd.termId, 'termId', 'nhiệm kỳ', 'term'),
        () => checkDate(cmd.from, 'from', 'Ngày bắt đầu nhiệm kỳ', 'term start'),
        () => checkDate(cmd.to, 'to', 'Ngày kết thúc nhiệm kỳ', 'term end'),
        () => (cmd.to < cmd.from ? refuseDir.endBeforeStart('to', cmd.from, cmd.to) : undefined),
        () =>
          state.terms.some((t) => t.termId === cmd.termId)
            ? refuseDir.exists('council', cmd.termId, 'termId')
            : undefined,
        () => (clash ? refuseDir.termsOverlap(clash.termId, clash.from, clash.to) : undefined),
        () => checkMembers(cmd.members, cmd.from, ctx, 'members'),
      );
      if (refused) return refused;
      const seats = cmd.members.map((m) => seatOf(cmd.termId, cmd.from, m));
      const invalid = checkTermSeats(seats, term, term.from, 'members');
      if (invalid) return invalid;
      const changes: FieldChange[] = [
        { field: `terms.${term.termId}`, from: null, to: { from: term.from, to: term.to } },
        ...seats.map((s) => ({ field: `seats.${s.memberId}`, from: null, to: shown(s) })),
      ];
      return [{ type: 'CouncilTermOpened', data: { councilId: state.councilId, term, seats, reason, changes } }];
    }
    case 'ChangeMembership': {
      const term = state.terms.find((t) => t.termId === cmd.termId);
      if (!term) return refuseDir.termNotFound(cmd.termId);
      const on = cmd.on;
      const checked = firstRefusal(
        () => checkDate(on, 'on', 'Ngày thay đổi', 'date of the change'),
        () => (within(on, term) ? undefined : refuseDir.outsideTerm(on, term.from, term.to)),
        () => checkMembers(cmd.join, on, ctx, 'join'),
      );
      if (checked) return checked;
      const left: { seatId: string; memberId: string; to: CivilDate }[] = [];
      const previous = new Map<string, CouncilSeat>();
      for (const memberId of cmd.leave) {
        const seat = state.seats.find(
          (s) => s.termId === term.termId && s.memberId === memberId && within(on, { from: s.from, to: s.to }),
        );
        if (!seat) return refuseDir.notSeated(memberId, on);
        left.push({ seatId: seat.seatId, memberId, to: dayBefore(on) });
        previous.set(memberId, seat);
      }
      const joined = cmd.join.map((m) => seatOf(term.termId, on, m));
      if (left.length === 0 && joined.length === 0) return [];
      const after = evolveCouncil(state, {
        type: 'CouncilMembershipChanged',
        data: { councilId: state.councilId, termId: term.termId, on, left, joined, reason, changes: [] },
      })!;
      const invalid = checkTermSeats(after.seats, term, on, joined.length ? 'join' : 'leave');
      if (invalid) return invalid;
      const changes: FieldChange[] = [
        ...left.map((l) => ({
          field: `seats.${l.memberId}`,
          from: shown(previous.get(l.memberId)!),
          to: joined.find((j) => j.memberId === l.memberId)
            ? shown(joined.find((j) => j.memberId === l.memberId)!)
            : null,
        })),
        ...joined
          .filter((j) => !previous.has(j.memberId))
          .map((j) => ({ field: `seats.${j.memberId}`, from: null, to: shown(j) })),
      ];
      return [
        {
          type: 'CouncilMembershipChanged',
          data: { councilId: state.councilId, termId: term.termId, on, left, joined, reason, changes },
        },
      ];
    }
  }
}

export function evolveCouncil(state: CouncilState | null, event: CouncilEvent): CouncilState | null {
  if (event.type === 'CouncilRegistered') return { ...event.data.council, terms: [], seats: [] };
  if (!state) return state;
  switch (event.type) {
    case 'CouncilChanged':
      return { ...state, ...event.data.set };
    case 'CouncilTermOpened':
      return { ...state, terms: [...state.terms, event.data.term], seats: [...state.seats, ...event.data.seats] };
    case 'CouncilMembershipChanged': {
      const ends = new Map(event.data.left.map((l) => [l.seatId, l.to]));
      // A seat that ends before its first day (taken and left on the same day) was never held.
      const seats = state.seats
        .map((s) => (ends.has(s.seatId) ? { ...s, to: ends.get(s.seatId)! } : s))
        .filter((s) => s.to === null || s.to >= s.from);
      return { ...state, seats: [...seats, ...event.data.joined] };
    }
  }
}
