import { findNul } from './edge-validation';

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
