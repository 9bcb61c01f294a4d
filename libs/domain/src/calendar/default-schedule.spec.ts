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

describe('the computed days off of a whole year, as the Labour Code gives them', () => {
  it('2027: Tết Sat 6/2 (5–9/2, the weekend compensated on 10 and 11/2), 1/5 on Saturday → Mon 3/5, 2/9 Thu → Fri 3/9', () => {
    expect(defaultYearSchedule(2027)).toEqual({
      year: 2027,
      daysOff: [
        '2027-01-01',
        '2027-02-05',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-04-16', // Giỗ Tổ 10/3 âm lịch
        '2027-04-30',
        '2027-05-03',
        '2027-09-02',
        '2027-09-03',
      ],
      workingWeekendDays: [],
      source: 'Tính theo Bộ luật Lao động 2019, Điều 111–112 (mặc định, chưa có thông báo chính thức)',
    });
  });

  it('2028: 1/1 on Saturday → Mon 3/1; 30/4 on Sunday → Tue 2/5 (Mon 1/5 is a holiday); 2/9 Sat → 1/9 and Mon 4/9', () => {
    expect(defaultYearSchedule(2028).daysOff).toEqual([
      '2028-01-03',
      '2028-01-25', // Tết Wed 26/1: the eve and four days, Sat 29/1 compensated on Mon 31/1
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
      '2028-01-31',
      '2028-04-04',
      '2028-05-01',
      '2028-05-02',
      '2028-09-01',
      '2028-09-04',
    ]);
  });

  it('lists weekdays only, in order', () => {
    for (let year = 2020; year <= 2040; year++) {
      const { daysOff } = defaultYearSchedule(year);
      expect(daysOff.filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))).toEqual([]);
      expect([...daysOff].sort()).toEqual(daysOff);
    }
  });
});
