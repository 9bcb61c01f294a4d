import { defaultYearSchedule } from './default-schedule';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { workingCalendar, type WorkingCalendar, type YearSchedule } from './working-days';

export * from './civil-date';
export * from './working-days';
export * from './official-schedules';
export * from './lunar';
export * from './default-schedule';

/**
 * Việt Nam's calendar: the schedules an admin published (newest per year) over the official ones
 * built in, and the Labour Code defaults computed from the lunar calendar for every other year.
 */
export function vietnamCalendar(published: readonly YearSchedule[] = []): WorkingCalendar {
  const byYear = new Map(OFFICIAL_SCHEDULES.map((s) => [s.year, s] as const));
  published.forEach((s) => byYear.set(s.year, s));
  return workingCalendar([...byYear.values()], defaultYearSchedule);
}

export const VIETNAM_CALENDAR = vietnamCalendar();
