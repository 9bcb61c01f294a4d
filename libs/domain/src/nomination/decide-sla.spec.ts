import { OFFICIAL_SCHEDULES, vietnamCalendar } from '../calendar';
import { sla } from './decide-sla';
import type { NominationEvent } from './nomination.events';
import { fold } from './nomination.evolve';
import type { NominationState } from './nomination.state';
import { ctx, lead, office, submitted, SYSTEM } from './testing/fixtures';

// The fixture's review clock: 10 working days, warning after Fri 27/02/2026, deadline after Tue 03/03/2026.
const DEADLINE = '2026-03-03T17:00:00.000Z';
const clockOf = (s: NominationState) => Object.values(s.clocks)[0]!;
const events = (r: ReturnType<typeof sla.SlaTick>) => r as NominationEvent[];
/** 2026 as published, with Monday 02/03/2026 made a day off: the deadline moves one working day on. */
const mondayOff = () => {
  const official = OFFICIAL_SCHEDULES.find((y) => y.year === 2026)!;
  return vietnamCalendar([{ ...official, daysOff: [...official.daysOff, '2026-03-02'], source: 'QĐ nghỉ bù' }]);
};
const paused = (s: NominationState): NominationState => {
  const { deadline: _d, warningAt: _w, ...clock } = clockOf(s);
  return { ...s, clocks: { [clock.clockId]: clock } };
};

describe('the SLA tick', () => {
  it('is the workflow’s alone, and does nothing for a case whose rules have no SLA or whose clock is paused', () => {
    const s = submitted();
    expect(sla.SlaTick(s, { type: 'SlaTick' }, ctx(office, DEADLINE))).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(events(sla.SlaTick(s, { type: 'SlaTick' }, ctx(SYSTEM, DEADLINE))).length).toBeGreaterThan(0);
    const noSla = { ...s, rules: { ...s.rules!, sla: undefined } } as unknown as NominationState;
    expect(sla.SlaTick(noSla, { type: 'SlaTick' }, ctx(SYSTEM, DEADLINE))).toEqual([]);
    expect(sla.SlaTick(paused(s), { type: 'SlaTick' }, ctx(SYSTEM, DEADLINE))).toEqual([]);
  });

  it('opens the escalation of each window under its own slot', () => {
    const s = submitted();
    const raised = events(sla.SlaTick(s, { type: 'SlaTick' }, ctx(SYSTEM, DEADLINE))).find(
      (e) => e.type === 'EscalationRaised',
    );
    expect(raised).toMatchObject({
      data: { window: 1, taskId: `${s.nominationId}:ESCALATION:${clockOf(s).clockId}:1#1` },
    });
  });
});

describe('deadlines recomputed when the calendar changes', () => {
  const recompute = (s: NominationState, calendar = mondayOff()) =>
    sla.RecomputeClocks(
      s,
      { type: 'RecomputeClocks', reason: 'Lịch nghỉ 2026 đã ban hành' },
      ctx(SYSTEM, undefined, { calendar }),
    );

  it('moves a running clock’s deadline by the new day off, keeping its budget, with the reason', () => {
    expect(recompute(submitted())).toEqual([
      {
        type: 'SlaClockRescheduled',
        data: expect.objectContaining({
          clockId: clockOf(submitted()).clockId,
          budgetWorkingDays: 10,
          deadline: '2026-03-04T17:00:00.000Z',
          reason: 'Lịch nghỉ 2026 đã ban hành',
        }),
      },
    ]);
  });

  it('records nothing where the deadlines stay, for a paused clock, or for a case without an SLA', () => {
    const s = submitted();
    expect(recompute(s, vietnamCalendar())).toEqual([]);
    expect(recompute(paused(s))).toEqual([]);
    expect(recompute({ ...s, rules: { ...s.rules!, sla: undefined } } as unknown as NominationState)).toEqual([]);
  });

  it('is the workflow’s alone', () => {
    expect(sla.RecomputeClocks(submitted(), { type: 'RecomputeClocks', reason: 'x' }, ctx(lead))).toMatchObject({
      code: 'ACTION_NOT_PERMITTED',
    });
  });
});

describe('an extension granted by the head of the office', () => {
  const extend = (s: NominationState, extraWorkingDays: number, reason = 'Chờ ý kiến hiệp y') =>
    sla.ExtendSla(s, { type: 'ExtendSla', extraWorkingDays, reason }, ctx(lead));

  it('takes 1 to 30 working days, whole, and refuses 0, 31 and a fraction', () => {
    const s = submitted();
    expect(extend(s, 1)).toMatchObject([{ type: 'SlaClockRescheduled', data: { budgetWorkingDays: 11 } }]);
    expect(extend(s, 30)).toMatchObject([{ type: 'SlaClockRescheduled', data: { budgetWorkingDays: 40 } }]);
    for (const days of [0, 31, 1.5]) expect(extend(s, days)).toMatchObject({ code: 'INVALID_EXTENSION' });
  });

  it('needs a reason, recorded trimmed', () => {
    const s = submitted();
    for (const reason of ['', '   '])
      expect(extend(s, 2, reason)).toMatchObject({ code: 'FIELD_REQUIRED', field: 'reason' });
    const noReason = { type: 'ExtendSla', extraWorkingDays: 2 } as Parameters<typeof sla.ExtendSla>[1];
    expect(sla.ExtendSla(s, noReason, ctx(lead))).toMatchObject({ code: 'FIELD_REQUIRED', field: 'reason' });
    expect(extend(s, 2, '  Chờ hiệp y  ')).toMatchObject([{ data: { reason: 'Chờ hiệp y' } }]);
  });

  it('extends the clock of the stage the case is in only, and none where that clock is paused', () => {
    const s = submitted();
    const other = { ...clockOf(s), clockId: 'UNIT_PROPOSAL-1', stage: 'UNIT_PROPOSAL' as const };
    const both = { ...s, clocks: { ...s.clocks, [other.clockId]: other } };
    expect((extend(both, 2) as NominationEvent[]).map((e) => (e.data as { clockId: string }).clockId)).toEqual([
      clockOf(s).clockId,
    ]);
    expect(extend(paused(s), 2)).toMatchObject({ code: 'INVALID_EXTENSION' });
    // The extension folds into the clock the next tick reads.
    const extended = fold(extend(s, 2) as NominationEvent[], s);
    expect(clockOf(extended).deadline).toBe('2026-03-05T17:00:00.000Z');
  });
});
