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

describe('each check of a rule set, with its reasons in Vietnamese and English', () => {
  const problems = (mutate: (rs: RuleSet) => void) => checkRuleSet(broken(mutate));
  const one = (field: string, reasonVi: string, reasonEn: string) => [{ field, reasonVi, reasonEn }];
  const POSITIVE = ['số ngày làm việc phải là số nguyên dương', 'must be a positive whole number'] as const;
  const COUNTS = ['số lần/số năm phải là số nguyên dương', 'counts and years must be positive whole numbers'] as const;
  const WARNING = ['phải lớn hơn 0 và nhỏ hơn 100', 'must be between 0 and 100'] as const;
  const SLA_DAYS = ['số ngày làm việc phải là số nguyên dương', 'working days must be positive whole numbers'] as const;
  const prerequisite = (rs: RuleSet, code: string, i: number, change: object) => {
    rs.awards[code]!.prerequisites[i] = { ...rs.awards[code]!.prerequisites[i], ...change } as Prerequisite;
  };

  it.each<[string, (rs: RuleSet) => void, ReturnType<typeof one>]>([
    [
      'a procedure filed under another code',
      (rs) => (rs.procedures.STANDARD = { ...rs.procedures.STANDARD, code: 'SIMPLIFIED' }),
      one('procedures.STANDARD.code', 'mã quy trình không khớp khóa', 'code does not match its key'),
    ],
    [
      'a procedure that does not start with the appraisal',
      (rs) => (rs.procedures.STANDARD = { ...rs.procedures.STANDARD, steps: ['BALLOT', 'DECISION'] }),
      one('procedures.STANDARD.steps', 'quy trình phải bắt đầu bằng thẩm định', 'must start with APPRAISAL'),
    ],
    [
      'a step twice',
      (rs) =>
        (rs.procedures.STANDARD = { ...rs.procedures.STANDARD, steps: ['APPRAISAL', 'BALLOT', 'BALLOT', 'DECISION'] }),
      one('procedures.STANDARD.steps', 'một bước xuất hiện hai lần', 'a step appears twice'),
    ],
    [
      'an award filed under another code',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, code: 'LDTT_2' }),
      one('awards.LDTT.code', 'mã danh hiệu không khớp khóa', 'code does not match its key'),
    ],
    [
      'an award without its English name',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, nameEn: '  ' }),
      one('awards.LDTT.nameVi', 'thiếu tên danh hiệu', 'name missing'),
    ],
    [
      'an award for nobody',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, subjects: [] }),
      one('awards.LDTT.subjects', 'phải có ít nhất một đối tượng', 'needs at least one subject'),
    ],
    [
      'an award nobody decides',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, decidingLevels: [] }),
      one('awards.LDTT.decidingLevels', 'phải có cấp quyết định', 'needs a deciding level'),
    ],
    [
      'an award of no kind',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, allowedKinds: [] }),
      one('awards.LDTT.allowedKinds', 'phải có ít nhất một loại hình', 'needs at least one kind'),
    ],
    [
      'a stage of 1.5 working days',
      (rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, slaWorkingDays: { COUNCIL_REVIEW: 1.5 } }),
      one('awards.LDTT.slaWorkingDays.COUNCIL_REVIEW', ...POSITIVE),
    ],
    [
      'a quota of at most −1',
      (rs) => (rs.quotas[0] = { ...rs.quotas[0]!, limit: { type: 'MAX', count: -1 } }),
      one('quotas.0.limit.count', 'phải là số nguyên không âm', 'must be a whole number ≥ 0'),
    ],
    [
      'a quota of at most 2.5',
      (rs) => (rs.quotas[0] = { ...rs.quotas[0]!, limit: { type: 'MAX', count: 2.5 } }),
      one('quotas.0.limit.count', 'phải là số nguyên không âm', 'must be a whole number ≥ 0'),
    ],
    [
      'a quota as a share of an award not in the catalogue',
      (rs) =>
        (rs.quotas[0] = { ...rs.quotas[0]!, limit: { type: 'PERCENT_OF', awardCode: 'X', percent: 15, minimum: 1 } }),
      one('quotas.0.limit', 'tỷ lệ hoặc danh hiệu gốc không hợp lệ', 'invalid base award or percentage'),
    ],
    [
      'a warning at 0 % of the time',
      (rs) => (rs.sla = { ...rs.sla, warningPercent: 0 }),
      one('sla.warningPercent', ...WARNING),
    ],
    [
      'a warning at 100 % of the time',
      (rs) => (rs.sla = { ...rs.sla, warningPercent: 100 }),
      one('sla.warningPercent', ...WARNING),
    ],
    [
      'no escalation level',
      (rs) => (rs.sla = { ...rs.sla, escalationChain: [] }),
      one('sla.escalationChain', 'phải có ít nhất một cấp', 'needs at least one level'),
    ],
    [
      'an escalation window of 0 days',
      (rs) => (rs.sla = { ...rs.sla, escalationWindowWorkingDays: 0 }),
      one('sla', ...SLA_DAYS),
    ],
    ['a ballot of 0 days', (rs) => (rs.sla = { ...rs.sla, ballotWorkingDays: 0 }), one('sla', ...SLA_DAYS)],
    [
      'a chain of 0 titles',
      (rs) => prerequisite(rs, 'CSTD_TINH', 0, { count: 0 }),
      one('awards.CSTD_TINH.prerequisites.0', ...COUNTS),
    ],
    [
      'awards within 0 years',
      (rs) => prerequisite(rs, 'BK_TTG', 0, { withinYears: 0 }),
      one('awards.BK_TTG.prerequisites.0', ...COUNTS),
    ],
    [
      'awards within a window, 0 of them',
      (rs) => prerequisite(rs, 'BK_TTG', 0, { count: 0 }),
      one('awards.BK_TTG.prerequisites.0', ...COUNTS),
    ],
    [
      'a rating over 0 years',
      (rs) => prerequisite(rs, 'BK_TTG', 1, { years: 0 }),
      one('awards.BK_TTG.prerequisites.1', ...COUNTS),
    ],
    [
      'awards within a window of an award not in the catalogue',
      (rs) => prerequisite(rs, 'BK_TTG', 0, { awardCode: 'BK_HUYEN' }),
      one(
        'awards.BK_TTG.prerequisites.0.awardCode',
        'danh hiệu BK_HUYEN không có trong danh mục',
        'award BK_HUYEN not in the catalogue',
      ),
    ],
    [
      'a procedure citing a text outside the legal basis',
      (rs) =>
        (rs.procedures.STANDARD = {
          ...rs.procedures.STANDARD,
          rule: { legalBasis: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 1' },
        }),
      one(
        'procedures.STANDARD.rule',
        'văn bản «Nghị định 91/2017/NĐ-CP» không thuộc căn cứ pháp lý của bộ quy tắc (legalBasis)',
        "cites a text outside the rule set's legal basis",
      ),
    ],
  ])('%s', (_what, mutate, expected) => {
    expect(problems(mutate)).toEqual(expected);
  });

  it('accepts the bounds: a ballot of 0 % or 100 %, a quota of at most 0, stages of 1 working day', () => {
    expect(
      problems((rs) => {
        rs.awards.LDTT = { ...rs.awards.LDTT!, ballot: { ...rs.awards.LDTT!.ballot, percent: 100, quorumPercent: 0 } };
        rs.awards.CSTD_CS = { ...rs.awards.CSTD_CS!, slaWorkingDays: { COUNCIL_REVIEW: 1 } };
        rs.quotas[0] = { ...rs.quotas[0]!, limit: { type: 'MAX', count: 0 } };
      }),
    ).toEqual([]);
  });

  it('refuses a ballot share below 0 % or not a number', () => {
    for (const percent of [-1, Number.NaN, 100.5])
      expect(
        problems((rs) => (rs.awards.LDTT = { ...rs.awards.LDTT!, ballot: { ...rs.awards.LDTT!.ballot, percent } })),
      ).toEqual(one('awards.LDTT.ballot', 'tỷ lệ phải từ 0 đến 100', 'percentages must be 0–100'));
  });

  it('names a missing procedure', () => {
    const found = problems((rs) => {
      delete (rs.procedures as Partial<RuleSet['procedures']>).SIMPLIFIED;
    });
    expect(found).toContainEqual({
      field: 'procedures.SIMPLIFIED',
      reasonVi: 'thiếu quy trình',
      reasonEn: 'procedure missing',
    });
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

  it('goes by the date first: a later start wins over a higher version, whatever the order given', () => {
    const reissued = v(5, '2025-07-01');
    const same = [v(2, '2026-10-01'), v(4, '2026-10-01'), v(3, '2026-10-01')];
    for (const list of [
      [reissued, amended],
      [amended, reissued],
    ])
      expect(ruleSetInForce(list, '2026-12-01')).toBe(amended);
    for (const list of [same, [...same].reverse(), [same[1]!, same[0]!, same[2]!]])
      expect(ruleSetInForce(list, '2026-12-01')?.version).toBe(4);
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
