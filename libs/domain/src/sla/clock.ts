import { addCivilDays, type CivilDate, startOfCivilDate } from '../calendar/civil-date';
import { addWorkingDays, type PauseInterval, type WorkingCalendar } from '../calendar/working-days';
import type { SlaPolicy } from '../rules/rule-set';

/** The instant the Nth counted working day after `startedOn` ends (00:00 ICT of the next day). */
export function endOfWorkingDay(
  calendar: WorkingCalendar,
  startedOn: CivilDate,
  n: number,
  pauses: readonly PauseInterval[],
): string {
  return startOfCivilDate(addCivilDays(addWorkingDays(calendar, startedOn, n, pauses), 1)).toISOString();
}

/** Working days of a budget after which the warning is due: the first whole day at or past 75 %. */
export const warningDays = (budget: number, warningPercent: number) =>
  Math.max(1, Math.ceil((budget * warningPercent) / 100));

/**
 * When a stage clock warns and runs out. Counting starts the working day after the clock starts
 * (docs/domain.md §7) and skips the days the unit spent supplementing (the pauses).
 */
export function clockSchedule(
  calendar: WorkingCalendar,
  startedOn: CivilDate,
  budget: number,
  pauses: readonly PauseInterval[],
  policy: Pick<SlaPolicy, 'warningPercent'>,
) {
  return {
    warningAt: endOfWorkingDay(calendar, startedOn, warningDays(budget, policy.warningPercent), pauses),
    deadline: endOfWorkingDay(calendar, startedOn, budget, pauses),
  };
}

/** The end of breach window `w` (1 = the deadline; each later one a window further). */
export function breachAt(
  calendar: WorkingCalendar,
  clock: { startedOn: CivilDate; budget: number; pauses: readonly PauseInterval[] },
  w: number,
  policy: Pick<SlaPolicy, 'escalationWindowWorkingDays'>,
): string {
  return endOfWorkingDay(
    calendar,
    clock.startedOn,
    clock.budget + (w - 1) * policy.escalationWindowWorkingDays,
    clock.pauses,
  );
}
