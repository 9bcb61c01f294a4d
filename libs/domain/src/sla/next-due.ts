import type { WorkingCalendar } from '../calendar/working-days';
import type { NominationState } from '../nomination/nomination.state';
import { breachAt } from './clock';

/** The next instant an SLA step falls due on a running clock: its warning, then each breach window. */
export function nextSlaInstant(state: NominationState, calendar: WorkingCalendar): number | undefined {
  const policy = state.rules?.sla;
  if (!policy) return undefined;
  const instants = Object.values(state.clocks).flatMap((c) => {
    if (!c.deadline || !c.warningAt) return [];
    if (!c.warned) return [Date.parse(c.warningAt)];
    return c.breaches < policy.escalationChain.length
      ? [Date.parse(breachAt(calendar, c, c.breaches + 1, policy))]
      : [];
  });
  return instants.length ? Math.min(...instants) : undefined;
}

/** The deadline operators and the board go by: the earliest running clock's. */
export function slaDeadline(state: NominationState): string | undefined {
  // Stryker disable next-line MethodExpression: sort() puts undefined last, so the filter only narrows the type
  return Object.values(state.clocks)
    .map((c) => c.deadline)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/** When the case becomes at risk: the earliest running clock's warning instant. */
export function slaWarningAt(state: NominationState): string | undefined {
  // Stryker disable next-line MethodExpression: sort() puts undefined last, so the filter only narrows the type
  return Object.values(state.clocks)
    .map((c) => c.warningAt)
    .filter((d): d is string => !!d)
    .sort()[0];
}
