import { addCivilDays, type CivilDate, dayOfWeek, startOfCivilDate, toCivilDate } from './civil-date';

/** One year's official schedule, announced by the Government (days off and make-up Saturdays). */
export interface YearSchedule {
  year: number;
  /** Every day off that falls on a weekday, compensatory days included. */
  daysOff: CivilDate[];
  /** Saturdays (or Sundays) that are worked to make up a swapped day (làm bù). */
  workingWeekendDays: CivilDate[];
  source: string;
}

export interface WorkingCalendar {
  isWorkingDay(date: CivilDate): boolean;
}

/**
 * Solar public holidays of Labour Code 2019 art. 112, off in every year whatever the schedule says.
 */
const FIXED_HOLIDAYS_MMDD = ['01-01', '04-30', '05-01', '09-02'];

/**
 * A calendar from explicit yearly schedules; a year without one falls back to `fallback(year)`
 * (computed lazily, once per year) or, without a fallback, to weekends and fixed holidays only.
 */
export function workingCalendar(
  schedules: readonly YearSchedule[],
  fallback?: (year: number) => YearSchedule,
): WorkingCalendar {
  const byYear = new Map<number, { off: Set<CivilDate>; worked: Set<CivilDate> }>();
  const index = (s: YearSchedule) => ({ off: new Set(s.daysOff), worked: new Set(s.workingWeekendDays) });
  schedules.forEach((s) => byYear.set(s.year, index(s)));
  const yearOf = (year: number) => {
    let y = byYear.get(year);
    if (!y) {
      y = fallback ? index(fallback(year)) : { off: new Set<CivilDate>(), worked: new Set<CivilDate>() };
      byYear.set(year, y);
    }
    return y;
  };
  return {
    isWorkingDay(date: CivilDate): boolean {
      const y = yearOf(Number(date.slice(0, 4)));
      if (y.worked.has(date)) return true;
      if (y.off.has(date)) return false;
      if (FIXED_HOLIDAYS_MMDD.includes(date.slice(5))) return false;
      const dow = dayOfWeek(date);
      return dow !== 0 && dow !== 6;
    },
  };
}

/**
 * A pause of an SLA clock (the unit supplements its dossier): the days after `from` up to and
 * including `to` do not count. An open pause (no `to`) stops counting for good, until it is closed.
 */
export interface PauseInterval {
  from: CivilDate;
  to?: CivilDate;
}

const paused = (date: CivilDate, pauses: readonly PauseInterval[]) =>
  pauses.some((p) => date > p.from && (p.to === undefined || date <= p.to));

/** A day that counts toward a budget: a working day outside every pause. */
const counts = (calendar: WorkingCalendar, date: CivilDate, pauses: readonly PauseInterval[]) =>
  calendar.isWorkingDay(date) && !paused(date, pauses);

/**
 * The Nth counted working day after `from` (counting starts the next day, docs/domain.md §7); n = 0
 * gives `from`. Days inside a pause do not count. Throws on an open pause: no date can be given.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  from: CivilDate,
  n: number,
  pauses: readonly PauseInterval[] = [],
): CivilDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  if (n > 0 && pauses.some((p) => p.to === undefined))
    throw new RangeError('the clock is paused: no deadline while a pause is open');
  let date = from;
  let left = n;
  while (left > 0) {
    date = addCivilDays(date, 1);
    if (counts(calendar, date, pauses)) left--;
  }
  return date;
}

/** Counted working days in (from, to]: working days after `from`, up to `to`, outside every pause. */
export function workingDaysBetween(
  calendar: WorkingCalendar,
  from: CivilDate,
  to: CivilDate,
  // Stryker disable next-line ArrayDeclaration: a pause without dates pauses nothing, as no pause does
  pauses: readonly PauseInterval[] = [],
): number {
  let count = 0;
  for (let d = addCivilDays(from, 1); d <= to; d = addCivilDays(d, 1)) {
    if (counts(calendar, d, pauses)) count++;
  }
  return count;
}

/**
 * The instant a budget of N working days runs out when it starts at `start`: the end of the Nth
 * counted working day after the start's civil date, i.e. 00:00 ICT of the following day.
 */
export function workingDayDeadline(
  calendar: WorkingCalendar,
  start: Date,
  n: number,
  pauses: readonly PauseInterval[] = [],
): Date {
  const lastDay = addWorkingDays(calendar, toCivilDate(start), n, pauses);
  return startOfCivilDate(addCivilDays(lastDay, 1));
}
