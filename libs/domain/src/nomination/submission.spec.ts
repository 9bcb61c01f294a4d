import { NO_FACTS } from '../eligibility/facts';
import { isRefusal } from '../refusal';
import type { RuleSet } from '../rules/rule-set';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkDraft, checkSubmission } from './submission';
import { blankField, NOW, start } from './testing/fixtures';

const draft = (over: Partial<Parameters<typeof checkDraft>[0]> = {}): Parameters<typeof checkDraft>[0] => ({
  awardCode: 'LDTT',
  kind: 'CONG_TRANG',
  year: 2025,
  nominee: { key: 'CCCD-001', name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', unitId: 'SO-GD' },
  council: { councilId: 'HD', level: 'DEPARTMENT', authorityId: 'UBND' },
  ...over,
});
const withLevels = (awardCode: string, decidingLevels: string[]): RuleSet =>
  ({
    ...SEED_RULE_SET,
    awards: { ...SEED_RULE_SET.awards, [awardCode]: { ...SEED_RULE_SET.awards[awardCode]!, decidingLevels } },
  }) as RuleSet;

describe('a draft checked before it is recorded', () => {
  it.each([
    ['name', { name: '  ' }, 'nominee.name', 'tên người/tập thể được đề nghị', 'nominee name'],
    ['identifier', { key: '\t' }, 'nominee.key', 'mã định danh người/tập thể được đề nghị', 'nominee identifier'],
  ])('refuses a blank nominee %s, naming the field in both languages', (_what, over, field, vi, en) => {
    const r = checkDraft(draft({ nominee: { ...draft().nominee, ...over } }), SEED_RULE_SET, NOW);
    expect(r).toMatchObject(blankField(field, vi, en));
  });

  it('takes an award its council cannot decide only where some deciding level is above the council', () => {
    // Decided by a commune or a province: a department council (rank 2) forwards it to the province.
    const some = withLevels('LDTT', ['UNIT', 'PROVINCE']);
    expect(checkDraft(draft(), some, NOW)).toBeUndefined();
    // Decided by units only: nothing above the department to forward to.
    const below = withLevels('LDTT', ['UNIT']);
    expect(checkDraft(draft(), below, NOW)).toMatchObject({ code: 'AUTHORITY_NOT_COMPETENT' });
  });
});

describe('a submission checked against the rules in force', () => {
  it('cites the article of the procedure the case follows when documents are missing', () => {
    const simplified = checkSubmission(
      start({ awardCode: 'GIAY_KHEN', kind: 'DOT_XUAT' }),
      [],
      SEED_RULE_SET,
      undefined,
      NOW,
    );
    const standard = checkSubmission(
      start({ awardCode: 'LDTT', kind: 'CONG_TRANG' }),
      [],
      SEED_RULE_SET,
      undefined,
      NOW,
    );
    const article = (r: typeof simplified) => (isRefusal(r) ? `${r.code} ${r.rule?.article}` : 'accepted');
    expect(article(simplified)).toMatch(/^MISSING_DOCUMENTS .*Điều 85/);
    expect(article(standard)).toMatch(/^MISSING_DOCUMENTS .*Điều 84/);
  });

  it('checks the quota only of an award that has one, and only with the unit’s counts at hand', () => {
    const docsOf = (awardCode: string, kind: 'CONG_TRANG' | 'DOT_XUAT') => {
      const s = start({ awardCode, kind });
      return [
        s,
        SEED_RULE_SET.documentsByKind[kind]!.map((code) => ({ code, title: code, sha256: 'a'.repeat(64) })),
      ] as const;
    };
    // Giấy khen has no quota: the unit's counts, whatever they are, are not read.
    const [giayKhen, its] = docsOf('GIAY_KHEN', 'DOT_XUAT');
    const counts = { ...NO_FACTS, quota: { counts: {} } } as unknown as Parameters<typeof checkSubmission>[3];
    expect(isRefusal(checkSubmission(giayKhen, its, SEED_RULE_SET, counts, NOW))).toBe(false);
  });
});
