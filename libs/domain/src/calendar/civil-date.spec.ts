import { isCivilDate } from './civil-date';

describe('isCivilDate', () => {
  it('accepts a real day, 29/2 of a leap year included', () => {
    expect(isCivilDate('2026-12-03')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('0050-01-01')).toBe(true); // not read as 1950
  });

  it('refuses a day that does not exist: each of year, month and day checked', () => {
    expect(isCivilDate('2023-02-29')).toBe(false); // day rolls over into March
    expect(isCivilDate('2026-04-31')).toBe(false);
    expect(isCivilDate('2026-13-01')).toBe(false); // month rolls over into the next year
    expect(isCivilDate('2026-00-10')).toBe(false);
    expect(isCivilDate('2026-01-00')).toBe(false);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2026-02-30')).toBe(false);
    expect(isCivilDate('2026-01-32')).toBe(false);
  });

  it('refuses other forms: dd/MM/yyyy, no padding, a time, text', () => {
    for (const v of ['03/12/2026', '2026-1-05', '2026-01-05T00:00', ' 2026-01-05', 'hôm nay', ''])
      expect(isCivilDate(v)).toBe(false);
  });
});
