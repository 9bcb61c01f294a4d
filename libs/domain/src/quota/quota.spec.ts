import fc from 'fast-check';
import type { QuotaRule } from '../rules/rule-set';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkQuota, quotaFor, quotaLimit } from './quota';

// Quotas per unit and campaign: the seeded CSTĐ cơ sở ≤ 15 % of the unit's LĐTT, at least one.

const awards = SEED_RULE_SET.awards;
const cstdCs = quotaFor(SEED_RULE_SET, 'CSTD_CS')!;
const atMostTwoFlags: QuotaRule = {
  awardCode: 'CO_TINH',
  limit: { type: 'MAX', count: 2 },
  rule: { legalBasis: 'Kế hoạch thi đua 2026' },
  certainty: 'U',
};

describe('the seeded quota of CSTĐ cơ sở', () => {
  it("is 15 % of the unit's LĐTT with a minimum of one", () => {
    expect(cstdCs.limit).toEqual({ type: 'PERCENT_OF', awardCode: 'LDTT', percent: 15, minimum: 1 });
    expect(quotaFor(SEED_RULE_SET, 'LDTT')).toBeUndefined();
  });

  it.each([
    [0, 0, 'no LĐTT, no CSTĐ cơ sở'],
    [1, 1, 'the minimum'],
    [6, 1, 'the minimum (15 % of 6 is 0.9)'],
    [13, 1, '15 % of 13 rounded down'],
    [14, 2, '15 % of 14 rounded down'],
    [20, 3, '15 % of 20'],
  ])('allows, with %i LĐTT, %i nomination(s): %s', (base, limit) => {
    expect(quotaLimit(cstdCs, base)).toBe(limit);
  });

  it('accepts the last nomination within the quota', () => {
    expect(checkQuota(cstdCs, { used: 2, base: 20 }, awards)).toBeUndefined();
  });

  it('refuses one more than the quota with OVER_QUOTA, naming the limit and the count in Vietnamese', () => {
    const refusal = checkQuota(cstdCs, { used: 3, base: 20 }, awards);
    expect(refusal).toMatchObject({ code: 'OVER_QUOTA', kind: 'INVALID', field: 'awardCode', rule: cstdCs.rule });
    expect(refusal?.messageVi).toBe(
      'Vượt chỉ tiêu: «Chiến sĩ thi đua cơ sở» không quá 15% số «Lao động tiên tiến» của đơn vị trong đợt (20 hồ sơ); được 3, đã đề nghị 3.',
    );
  });

  it('refuses any CSTĐ cơ sở in a unit that proposes no LĐTT', () => {
    expect(checkQuota(cstdCs, { used: 0, base: 0 }, awards)?.code).toBe('OVER_QUOTA');
  });

  it('accepts exactly as many nominations as the limit, whatever the base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (base) => {
        const limit = quotaLimit(cstdCs, base);
        const accepted = Array.from({ length: limit + 2 }, (_, used) =>
          checkQuota(cstdCs, { used, base }, awards),
        ).filter((r) => r === undefined).length;
        return (
          accepted === limit && limit >= 1 && (limit === 1 || limit * 100 <= base * 15) && (limit + 1) * 100 > base * 15
        );
      }),
    );
  });
});

describe('a MAX quota', () => {
  it('allows its count whatever the base', () => {
    expect(quotaLimit(atMostTwoFlags, 0)).toBe(2);
    expect(quotaLimit(atMostTwoFlags, 500)).toBe(2);
  });

  it('accepts the second and refuses the third, in Vietnamese', () => {
    expect(checkQuota(atMostTwoFlags, { used: 1, base: 0 }, awards)).toBeUndefined();
    expect(checkQuota(atMostTwoFlags, { used: 2, base: 0 }, awards)?.messageVi).toBe(
      'Vượt chỉ tiêu: tối đa 2 hồ sơ «Cờ thi đua cấp bộ, ban, ngành, tỉnh» mỗi đơn vị trong đợt; được 2, đã đề nghị 2.',
    );
  });

  it('of zero refuses every nomination', () => {
    expect(
      checkQuota({ ...atMostTwoFlags, limit: { type: 'MAX', count: 0 } }, { used: 0, base: 10 }, awards)?.code,
    ).toBe('OVER_QUOTA');
  });
});

describe('the quota refusal in English, and for an award the rule set does not name', () => {
  it('says the percentage quota in English with the names of both awards', () => {
    expect(checkQuota(cstdCs, { used: 3, base: 20 }, awards)?.messageEn).toBe(
      `Over quota: "${awards.CSTD_CS!.nameEn}" at most 15% of the unit's "${awards.LDTT!.nameEn}" in the campaign (20); limit 3, already filed 3.`,
    );
  });

  it('says the MAX quota in English', () => {
    expect(checkQuota(atMostTwoFlags, { used: 2, base: 0 }, awards)?.messageEn).toBe(
      `Over quota: at most 2 "${awards.CO_TINH!.nameEn}" per unit and campaign; limit 2, already filed 2.`,
    );
  });

  it('falls back to the award code when the award has no names', () => {
    const refusal = checkQuota(cstdCs, { used: 3, base: 20 }, {});
    expect(refusal?.messageVi).toContain('«CSTD_CS» không quá 15% số «LDTT»');
    expect(refusal?.messageEn).toContain('"CSTD_CS" at most 15% of the unit\'s "LDTT"');
    expect(checkQuota(atMostTwoFlags, { used: 2, base: 0 }, {})?.messageEn).toContain('at most 2 "CO_TINH" per unit');
  });
});
