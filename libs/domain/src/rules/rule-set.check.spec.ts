import { ruleSetInForce } from './rule-queries';
import type { Prerequisite, RuleSet } from './rule-set';
import { checkRuleSet } from './rule-set.check';
import { SEED_RULE_SET } from './seed-rule-set';

// Objects are shared inside the seed (one ballot rule, one document list for several awards) and
// structuredClone keeps that sharing, so each breakage replaces a value instead of mutating it.
function broken(mutate: (rs: RuleSet) => void): RuleSet {
  const rs = structuredClone(SEED_RULE_SET);
  mutate(rs);
  return rs;
}
const fields = (rs: RuleSet) => checkRuleSet(rs).map((p) => p.field);

describe('checking a rule set before it is published', () => {
  it('finds nothing wrong with the seed', () => {
    expect(checkRuleSet(SEED_RULE_SET)).toEqual([]);
  });

  it.each<[string, (rs: RuleSet) => void, string]>([
    [
      'a chain of an award not in the catalogue',
      (rs) => {
        rs.awards.CSTD_TINH.prerequisites[0] = {
          ...rs.awards.CSTD_TINH.prerequisites[0],
          awardCode: 'CSTD_HUYEN',
        } as Prerequisite;
      },
      'awards.CSTD_TINH.prerequisites.0.awardCode',
    ],
    [
      'an unknown award inside an ANY_OF option',
      (rs) => {
        const anyOf = rs.awards.CSTD_CS.prerequisites[1] as Extract<Prerequisite, { type: 'ANY_OF' }>;
        rs.awards.CSTD_CS.prerequisites[1] = {
          ...anyOf,
          options: [{ type: 'SAME_YEAR_AWARD', awardCode: 'CSTD_HUYEN', rule: anyOf.rule }],
        };
      },
      'awards.CSTD_CS.prerequisites.1.options.0.awardCode',
    ],
    [
      'a chain of zero years',
      (rs) => {
        rs.awards.CSTD_TQ.prerequisites[0] = { ...rs.awards.CSTD_TQ.prerequisites[0], everyYears: 0 } as Prerequisite;
      },
      'awards.CSTD_TQ.prerequisites.0',
    ],
    [
      'a quota on an award not in the catalogue',
      (rs) => {
        rs.quotas[0] = { ...rs.quotas[0], awardCode: 'CSTD_HUYEN' };
      },
      'quotas.0.awardCode',
    ],
    [
      'a quota of 120 %',
      (rs) => {
        rs.quotas[0] = { ...rs.quotas[0], limit: { type: 'PERCENT_OF', awardCode: 'LDTT', percent: 120, minimum: 1 } };
      },
      'quotas.0.limit',
    ],
    [
      'a ballot threshold of 120 %',
      (rs) => {
        rs.awards.CSTD_TINH.ballot = { ...rs.awards.CSTD_TINH.ballot, percent: 120 };
      },
      'awards.CSTD_TINH.ballot',
    ],
    [
      'a procedure that does not end with the decision',
      (rs) => {
        rs.procedures.STANDARD = { ...rs.procedures.STANDARD, steps: ['APPRAISAL', 'BALLOT', 'DISCLOSURE'] };
      },
      'procedures.STANDARD.steps',
    ],
    [
      'an award on a procedure that does not exist',
      (rs) => {
        rs.awards.LDTT.procedure = 'FAST_TRACK' as RuleSet['awards'][string]['procedure'];
      },
      'awards.LDTT.procedure',
    ],
    [
      'an award requiring an undeclared document type',
      (rs) => {
        rs.awards.CSTD_TINH.requiredDocuments = { CONG_TRANG: ['TO_TRINH', 'GIAY_XAC_NHAN_CONG_AN'] };
      },
      'awards.CSTD_TINH.requiredDocuments.CONG_TRANG',
    ],
    [
      'a kind requiring an undeclared document type',
      (rs) => {
        rs.documentsByKind.DOT_XUAT = ['TO_TRINH', 'BAN_TUONG_TRINH'];
      },
      'documentsByKind.DOT_XUAT',
    ],
    [
      'a disclosure of zero working days',
      (rs) => {
        rs.awards.BK_TINH.disclosure = { workingDays: 0 };
      },
      'awards.BK_TINH.disclosure.workingDays',
    ],
    [
      'an end of validity before its start',
      (rs) => {
        rs.effectiveTo = '2025-06-30';
      },
      'effectiveTo',
    ],
    [
      'an end of validity on its start (effectiveTo is exclusive)',
      (rs) => {
        rs.effectiveTo = rs.effectiveFrom;
      },
      'effectiveTo',
    ],
    [
      'a start date that does not exist',
      (rs) => {
        rs.effectiveFrom = '2025-02-30';
      },
      'effectiveFrom',
    ],
  ])('reports %s, on its field and nowhere else', (_what, mutate, field) => {
    const problems = checkRuleSet(broken(mutate));
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0].reasonVi).toMatch(/\S/);
    expect(problems[0].reasonEn).toMatch(/\S/);
  });

  it('names the unknown code in its Vietnamese reason', () => {
    const [problem] = checkRuleSet(
      broken((rs) => {
        rs.documentsByKind.NIEN_HAN = ['QUYET_DINH_NGHI_HUU'];
      }),
    );
    expect(problem.reasonVi).toBe('loại tài liệu QUYET_DINH_NGHI_HUU chưa được khai báo');
  });

  it('reports every problem of a copy broken in several places', () => {
    expect(
      fields(
        broken((rs) => {
          rs.effectiveTo = '2025-01-01';
          rs.quotas[0] = { ...rs.quotas[0], awardCode: 'X' };
        }),
      ),
    ).toEqual(['effectiveTo', 'quotas.0.awardCode']);
  });
});

describe('the rule set in force on a date', () => {
  const v = (version: number, effectiveFrom: string, effectiveTo?: string) => ({ version, effectiveFrom, effectiveTo });
  const seed = v(1, '2025-07-01');
  const amended = v(2, '2026-10-01');
  const corrected = v(3, '2026-10-01');

  it('is the latest whose effectiveFrom is on or before the date', () => {
    expect(ruleSetInForce([amended, seed], '2026-09-30')).toBe(seed);
    expect(ruleSetInForce([seed, amended], '2026-10-01')).toBe(amended);
    expect(ruleSetInForce([seed, amended], '2027-03-01')).toBe(amended);
  });

  it('is the highest version among those of the same effectiveFrom, in any order', () => {
    expect(ruleSetInForce([corrected, seed, amended], '2026-10-01')).toBe(corrected);
    expect(ruleSetInForce([amended, corrected, seed], '2026-12-01')).toBe(corrected);
  });

  it('is none before the first version', () => {
    expect(ruleSetInForce([seed, amended], '2025-06-30')).toBeUndefined();
  });

  it('is none once the latest has expired (effectiveTo is exclusive), and an older one does not revive', () => {
    const interim = v(2, '2026-01-01', '2026-07-01');
    expect(ruleSetInForce([seed, interim], '2026-06-30')).toBe(interim);
    expect(ruleSetInForce([seed, interim], '2026-07-01')).toBeUndefined();
  });
});
