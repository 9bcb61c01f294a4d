import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { countedInitiatives, countInitiatives, sameInitiativeTitle } from './initiative-counts';

describe('initiatives: the same title as people write it, and where the counted ones come from', () => {
  it('takes titles that differ only in case, spacing or Unicode form as the same', () => {
    expect(sameInitiativeTitle('  Số hoá   HỒ SƠ ', 'số hoá hồ sơ')).toBe(true);
    expect(sameInitiativeTitle('Số hoá hồ sơ'.normalize('NFD'), 'Số hoá hồ sơ')).toBe(true);
    expect(sameInitiativeTitle('Số hoá hồ sơ', 'Số hoá sổ sách')).toBe(false);
  });

  it('without facts read from the registry, counts the declaration alone', () => {
    const declared = [{ title: 'Một cửa', scope: 'UNIT' as const, year: 2026 }];
    expect(countInitiatives(declared, undefined)).toEqual({
      source: 'DECLARED',
      fromRegistry: [],
      declaredOnly: declared,
    });
    expect(countInitiatives(undefined, { initiatives: [] })).toEqual({
      source: 'REGISTRY',
      fromRegistry: [],
      declaredOnly: [],
    });
  });

  it('records nothing on submission without registry facts, or with no initiative at all', () => {
    const rules = { award: SEED_RULE_SET.awards.CSTD_CS! };
    const declared = { initiatives: [{ title: 'Một cửa', scope: 'UNIT' as const, year: 2026 }] };
    expect(countedInitiatives(declared, rules, undefined)).toBeUndefined();
    expect(countedInitiatives({}, rules, { initiatives: [] })).toBeUndefined();
    expect(countedInitiatives(declared, rules, { initiatives: [] })?.declaredOnly).toEqual(declared.initiatives);
  });
});
