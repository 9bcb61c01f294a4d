import { findNul, isStorableDay } from './edge-validation';

describe('findNul: text PostgreSQL cannot store', () => {
  it('finds U+0000 and lone surrogates, by path, in values and keys', () => {
    expect(findNul({ reason: 'a\u0000b' })).toBe('reason');
    expect(findNul({ reason: '\udfff' })).toBe('reason');
    expect(findNul({ nominee: { name: 'Lê \ud800Văn' } })).toBe('nominee.name');
    expect(findNul({ list: ['ok', 'x\udc00'] })).toBe('list.1');
    expect(findNul({ ['k\ud83d']: 'v' })).toBe('k\ud83d');
    expect(findNul('\ud83d')).toBe('(value)');
  });

  it('lets well-formed text through, emoji and Vietnamese included', () => {
    expect(findNul({ reason: 'Khen thưởng 🎖️ Nguyễn Thị Ánh', n: 1, d: null })).toBeUndefined();
    expect(findNul('\ud83c\udf96')).toBeUndefined();
  });
});

describe('isStorableDay: a day PostgreSQL can store and compare', () => {
  it('takes real days of years 1000 to 9999', () => {
    for (const d of ['1000-01-01', '2026-12-04', '2024-02-29', '9999-12-31']) expect(isStorableDay(d)).toBe(true);
  });

  it('refuses year 0 (PostgreSQL has none), years before 1000, days that do not exist and other values', () => {
    for (const d of ['0000-01-01', '0999-12-31', '2026-02-30', '04/12/2026', '', 20261204, undefined])
      expect(isStorableDay(d)).toBe(false);
  });
});
