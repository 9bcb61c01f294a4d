import type { YearSchedule } from './working-days';

/**
 * Official schedules as announced (docs/domain.md §7), built in. Years not listed fall back to the
 * defaults computed from the lunar calendar; an admin publishes each new year's announcement (or a
 * correction) over both, stored and versioned in PostgreSQL.
 */
export const OFFICIAL_SCHEDULES: YearSchedule[] = [
  {
    year: 2025,
    // Tết Ất Tỵ 25/1–2/2/2025; Giỗ Tổ 7/4; 30/4–1/5; Quốc khánh 1–2/9.
    daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-09-01'],
    workingWeekendDays: [],
    source: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2025',
  },
  {
    year: 2026,
    // Tết Bính Ngọ Sat 14/2 – Sun 22/2/2026 [C]; Giỗ Tổ (10/3 âm lịch) falls on Sun 26/4/2026 and is
    // compensated on Mon 27/4 (Labour Code art. 111.3). The day adjacent to 2/9 is [U]: 1/9 until the
    // year's announcement is loaded.
    daysOff: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-09-01'],
    workingWeekendDays: [],
    source: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2026',
  },
];
