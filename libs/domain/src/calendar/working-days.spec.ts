import fc from 'fast-check';
import { addCivilDays, formatCivilDateVi, formatInstantVi, startOfCivilDate, toCivilDate } from './civil-date';
import { VIETNAM_CALENDAR } from './index';
import { addWorkingDays, workingCalendar, workingDayDeadline, workingDaysBetween } from './working-days';

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

describe('a calendar of explicit schedules', () => {
  const schedule = {
    year: 2030,
    daysOff: ['2030-01-02'],
    workingWeekendDays: ['2030-01-05'], // a Saturday worked to make up 2/1
    source: 'test',
  };

  it('works a make-up Saturday and rests a listed weekday', () => {
    const cal = workingCalendar([schedule]);
    expect(cal.isWorkingDay('2030-01-05')).toBe(true);
    expect(cal.isWorkingDay('2030-01-06')).toBe(false); // the Sunday after stays off
    expect(cal.isWorkingDay('2030-01-02')).toBe(false);
    expect(cal.isWorkingDay('2030-01-03')).toBe(true);
  });

  it('without a schedule or a fallback for a year, rests the weekends and the fixed holidays only', () => {
    const cal = workingCalendar([schedule]);
    expect(cal.isWorkingDay('2031-01-01')).toBe(false);
    expect(cal.isWorkingDay('2031-04-30')).toBe(false);
    expect(cal.isWorkingDay('2031-05-01')).toBe(false);
    expect(cal.isWorkingDay('2031-09-02')).toBe(false);
    expect(cal.isWorkingDay('2031-01-02')).toBe(true); // Tết 2031 is not known without the lunar fallback
    expect(cal.isWorkingDay('2031-01-23')).toBe(true);
    expect(cal.isWorkingDay('2031-01-04')).toBe(false); // Saturday
  });

  it('asks the fallback once per year', () => {
    const asked: number[] = [];
    const cal = workingCalendar([], (year) => {
      asked.push(year);
      return { year, daysOff: [], workingWeekendDays: [], source: 'test' };
    });
    cal.isWorkingDay('2032-03-01');
    cal.isWorkingDay('2032-03-02');
    cal.isWorkingDay('2033-03-01');
    expect(asked).toEqual([2032, 2033]);
  });
});

describe('addWorkingDays refuses a count that is not a whole number of days', () => {
  it.each([-1, 1.5, Number.NaN])('%s', (n) => {
    expect(() => addWorkingDays(calendar, '2026-02-10', n)).toThrow(
      `working days must be a whole number ≥ 0, got ${n}`,
    );
  });

  it('and says why it gives no date while a pause is open', () => {
    expect(() => addWorkingDays(calendar, '2026-02-10', 1, [{ from: '2026-02-09' }])).toThrow(
      'the clock is paused: no deadline while a pause is open',
    );
  });
});
