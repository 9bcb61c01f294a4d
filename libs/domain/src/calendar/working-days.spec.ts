import fc from 'fast-check';
import { addCivilDays, formatCivilDateVi, formatInstantVi, startOfCivilDate, toCivilDate } from './civil-date';
import { VIETNAM_CALENDAR } from './index';
import { addWorkingDays, workingDayDeadline, workingDaysBetween } from './working-days';

const calendar = VIETNAM_CALENDAR;

describe('working-day calendar (Asia/Ho_Chi_Minh)', () => {
  it('keeps Tết Bính Ngọ 14–22/2/2026 and the weekends off', () => {
    for (let d = '2026-02-14'; d <= '2026-02-22'; d = addCivilDays(d, 1)) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false); // Giỗ Tổ on Sunday 26/4 → Monday off
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('counts from the day after: 10 working days from 10/2/2026 end on 3/3/2026', () => {
    expect(addWorkingDays(calendar, '2026-02-10', 10)).toBe('2026-03-03');
    expect(workingDayDeadline(calendar, new Date('2026-02-10T03:00:00Z'), 10).toISOString()).toBe(
      '2026-03-03T17:00:00.000Z',
    );
  });

  it('reads civil dates in UTC+7, whatever the machine zone', () => {
    expect(toCivilDate(new Date('2026-02-10T16:59:59Z'))).toBe('2026-02-10');
    expect(toCivilDate(new Date('2026-02-10T17:00:00Z'))).toBe('2026-02-11');
    expect(startOfCivilDate('2026-02-11').toISOString()).toBe('2026-02-10T17:00:00.000Z');
    expect(formatCivilDateVi('2026-02-11')).toBe('11/02/2026');
    expect(formatInstantVi('2026-03-03T17:00:00.000Z')).toBe('00:00 04/03/2026');
  });

  // 2020–2035: official schedules where loaded, computed lunar defaults elsewhere.
  const dates = fc.integer({ min: 0, max: 365 * 16 }).map((n) => addCivilDays('2020-01-01', n));
  const counts = fc.integer({ min: 0, max: 60 });

  it('never lands on a day off, is monotonic, and inverts workingDaysBetween', () => {
    fc.assert(
      fc.property(dates, counts, counts, (from, a, b) => {
        const end = addWorkingDays(calendar, from, a);
        if (a > 0 && !calendar.isWorkingDay(end)) return false;
        if (a > 0 && (end.endsWith('-01-01') || end.endsWith('-09-02'))) return false;
        if (workingDaysBetween(calendar, from, end) !== a) return false;
        const other = addWorkingDays(calendar, from, b);
        return a <= b ? end <= other : end > other;
      }),
    );
  });
});
