import { defaultYearSchedule } from './default-schedule';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { workingCalendar } from './working-days';

export * from './civil-date';
export * from './working-days';
export * from './official-schedules';
export * from './lunar';
export * from './default-schedule';

/** Việt Nam's calendar: the official schedules where loaded, computed defaults for other years. */
export const VIETNAM_CALENDAR = workingCalendar(OFFICIAL_SCHEDULES, defaultYearSchedule);
