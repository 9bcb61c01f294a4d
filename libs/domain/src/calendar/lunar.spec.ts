import { addCivilDays } from './civil-date';
import { hungKingsDay, lunarNewYear, lunarToSolar } from './lunar';
import { LUNAR_YEARS, LUNAR_YEARS_BEFORE_1900 } from './testing/lunar-years';

// Mùng 1 Tết as announced in Việt Nam (lịch vạn niên of the Government's schedules).
const TET: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // 2030: the new moon falls at ~23:07 ICT on 2/2 (00:07 on 3/2 in China), so Tết Canh Tuất is 2/2.
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

// Giỗ Tổ Hùng Vương as given in the yearly holiday announcements.
const GIO_TO: Record<number, string> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
};

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(lunarNewYear(Number(year))).toBe(date);
  });

  it.each(Object.entries(GIO_TO))('Giỗ Tổ %s falls on %s', (year, date) => {
    expect(hungKingsDay(Number(year))).toBe(date);
  });

  it('differs from the Chinese calendar where UTC+7 and UTC+8 split a new moon: Tết 1985, 2007 and 2030', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21'); // China: 20/2/1985
    expect(lunarNewYear(2007)).toBe('2007-02-17'); // China: 18/2/2007
    expect(lunarNewYear(2030)).toBe('2030-02-02'); // China: 3/2/2030
  });

  it('knows leap months: 2023 had a leap 2nd month, so there is no leap 3rd month', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023, true)).toBeUndefined();
  });
});

describe('every lunar month 1900–2100 against the reference program', () => {
  const years = LUNAR_YEARS.map((line) => {
    const [year, tet, leap, lengths] = line.split(' ');
    return { year: Number(year), tet: tet!, leapMonth: Number(leap), lengths: lengths! };
  });

  it('starts each month, leap months included, on the day Hồ Ngọc Đức’s program gives', () => {
    const differ: string[] = [];
    for (const { year, tet, leapMonth, lengths } of years) {
      let start = tet;
      let i = 0;
      for (let month = 1; month <= 12; month++) {
        for (const leap of month === leapMonth ? [false, true] : [false]) {
          const got = lunarToSolar(1, month, year, leap);
          if (got !== start) differ.push(`${year} month ${month}${leap ? ' (leap)' : ''}: ${got} ≠ ${start}`);
          start = addCivilDays(start, lengths[i++] === '1' ? 30 : 29);
        }
      }
      expect(i).toBe(lengths.length);
      if (lunarNewYear(year + 1) !== start && year < 2100) differ.push(`${year}: the year ends on ${start}`);
    }
    expect(differ).toEqual([]);
  });

  it('gives a day inside a month by counting from its first day', () => {
    for (const { year, tet } of years.filter((y) => y.year % 10 === 0)) {
      expect(lunarToSolar(15, 1, year)).toBe(addCivilDays(tet, 14));
    }
  });

  it('refuses a leap month the year does not have', () => {
    const wrong: string[] = [];
    for (const { year, leapMonth } of years)
      for (let month = 1; month <= 12; month++)
        if (month !== leapMonth && lunarToSolar(1, month, year, true) !== undefined) wrong.push(`${year}/${month}`);
    expect(wrong).toEqual([]);
  });
});

describe('before 1900, with the Julian calendar before 15/10/1582, as the reference program gives it', () => {
  it('starts the year and its 7th month where the program does, every 23rd year from 100 to 1894', () => {
    const differ = LUNAR_YEARS_BEFORE_1900.filter((line) => {
      const [year, tet, seventh] = line.split(' ');
      return lunarNewYear(Number(year)) !== tet || lunarToSolar(1, 7, Number(year)) !== seventh;
    });
    expect(differ).toEqual([]);
  });

  it.each([
    [500, '0500-02-15', '0500-09-23'],
    [800, '0800-01-30', '0800-09-07'],
    [1000, '1000-02-08', '1000-09-15'],
    [1288, '1288-02-03', '1288-09-11'],
    [1428, '1428-01-17', '1428-09-23'],
    [1582, '1582-01-24', '1582-09-01'],
    [1583, '1583-01-24', '1583-09-30'],
    [1789, '1789-01-26', '1789-10-03'], // Tết Kỷ Dậu: Đống Đa was won on mùng 5, 30/1/1789
  ])('%s: Tết %s, Trung thu %s', (year, tet, midAutumn) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(lunarToSolar(15, 8, year)).toBe(midAutumn);
  });
});
