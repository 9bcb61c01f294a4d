import { hungKingsDay, lunarNewYear, lunarToSolar } from './lunar';

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
