import { breachAt, clockSchedule } from '../sla/clock';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { Primary } from './decide-proposal';
import type { NominationEvent } from './nomination.events';
import { refuse } from './nomination.refusals';
import type { ClockState, NominationState } from './nomination.state';
import { isOfficeLeadOf, isSystem } from './permissions';
import { taskIdFor } from './task-ids';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;

const running = (s: NominationState) =>
  Object.values(s.clocks).filter(
    (c): c is ClockState & { deadline: string; warningAt: string } => !!c.deadline && !!c.warningAt,
  );

/** Stage clocks in working days: warnings, breach windows and escalations, on durable timers. */
export const sla = {
  SlaTick(state: NominationState, c: Of<'SlaTick'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    const policy = state.rules?.sla;
    if (!policy) return [];
    const now = Date.parse(ctx.now);
    const events: NominationEvent[] = [];
    for (const clock of running(state)) {
      if (!clock.warned && now >= Date.parse(clock.warningAt)) {
        events.push({
          type: 'SlaWarning',
          data: { clockId: clock.clockId, stage: clock.stage, at: clock.warningAt, deadline: clock.deadline },
        });
      }
      const seq = { ...state.taskSeq };
      for (let w = clock.breaches + 1; w <= policy.escalationChain.length; w++) {
        const level = policy.escalationChain[w - 1]!;
        const at = breachAt(ctx.calendar, clock, w, policy);
        if (now < Date.parse(at)) break;
        const slot = `ESCALATION:${clock.clockId}:${w}`;
        events.push({
          type: 'SlaBreached',
          data: { clockId: clock.clockId, stage: clock.stage, at, deadline: clock.deadline, window: w },
        });
        events.push({
          type: 'EscalationRaised',
          data: {
            clockId: clock.clockId,
            stage: clock.stage,
            level,
            window: w,
            taskId: taskIdFor(state.nominationId, slot, seq),
          },
        });
      }
    }
    return events;
  },

  /** The calendar changed (an admin published a year's schedule): deadlines move, timers re-arm. */
  RecomputeClocks(state: NominationState, c: Of<'RecomputeClocks'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    return reschedule(state, ctx, (clock) => clock.budget, c.reason);
  },

  ExtendSla(state: NominationState, c: Of<'ExtendSla'>, ctx: DecisionContext): Primary {
    if (!isOfficeLeadOf(ctx.actor, state)) return refuse.notLead();
    const current = running(state).filter((clock) => clock.stage === state.stage);
    if (
      !Number.isInteger(c.extraWorkingDays) ||
      c.extraWorkingDays < 1 ||
      c.extraWorkingDays > 30 ||
      current.length === 0
    )
      return refuse.invalidExtension();
    if (!c.reason?.trim()) return refuse.emptyField('reason', 'lý do gia hạn', 'reason');
    return reschedule(
      { ...state, clocks: Object.fromEntries(current.map((k) => [k.clockId, k])) },
      ctx,
      (clock) => clock.budget + c.extraWorkingDays,
      c.reason.trim(),
    );
  },
};

function reschedule(
  state: NominationState,
  ctx: DecisionContext,
  budgetOf: (c: ClockState) => number,
  reason: string,
): NominationEvent[] {
  const policy = state.rules?.sla;
  if (!policy) return [];
  return running(state).flatMap((clock): NominationEvent[] => {
    const budget = budgetOf(clock);
    const next = clockSchedule(ctx.calendar, clock.startedOn, budget, clock.pauses, policy);
    if (budget === clock.budget && next.deadline === clock.deadline && next.warningAt === clock.warningAt) return [];
    return [
      { type: 'SlaClockRescheduled', data: { clockId: clock.clockId, budgetWorkingDays: budget, ...next, reason } },
    ];
  });
}
