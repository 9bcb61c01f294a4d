import { addCivilDays } from './civil-date';
import { defaultYearSchedule } from './default-schedule';
import { OFFICIAL_SCHEDULES } from './official-schedules';
import { workingCalendar } from './working-days';

const computed = workingCalendar([], defaultYearSchedule);
const official = workingCalendar(OFFICIAL_SCHEDULES, defaultYearSchedule);

describe('computed yearly schedule (Labour Code 2019 art. 111–112)', () => {
  it('agrees with the official 2026 schedule on every day of the year', () => {
    const differ: string[] = [];
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addCivilDays(d, 1)) {
      if (computed.isWorkingDay(d) !== official.isWorkingDay(d)) differ.push(d);
    }
    expect(differ).toEqual([]);
  });

  it('gives a compensatory day for a holiday on a weekend: Giỗ Tổ Sun 26/4/2026 → Mon 27/4', () => {
    expect(defaultYearSchedule(2026).daysOff).toContain('2026-04-27');
  });

  it('computes Tết for years without an announcement: Tết Đinh Mùi is Sat 6/2/2027', () => {
    // 5–9/2 off; 6/2 and 7/2 fall on the weekend, so Wed 10/2 and Thu 11/2 are compensatory days.
    expect(defaultYearSchedule(2027).daysOff).toEqual(
      expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']),
    );
    expect(computed.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('lets the official announcement override the computed default: 2025 moved Tết to 27–31/1', () => {
    expect(computed.isWorkingDay('2025-01-27')).toBe(true);
    expect(official.isWorkingDay('2025-01-27')).toBe(false);
    expect(official.isWorkingDay('2025-02-03')).toBe(true);
  });
});
