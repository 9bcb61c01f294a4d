import type { NominationKind } from '../organisation/kinds';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkEligibility } from './eligibility';
import type { Achievements, PendingNomination, RegistryEntry, SubmissionFacts } from './facts';

// What counts toward a prerequisite, for year 2026: merit titles only, another nomination still pending for the
// achievement year, the years a window holds; and the refusals of a nominee already awarded or proposed.

const rs = SEED_RULE_SET;
const granted = (awardCode: string, year: number, kind: NominationKind = 'CONG_TRANG'): RegistryEntry => ({
  nomineeKey: 'CCCD-001',
  awardCode,
  year,
  kind,
});
const pending = (
  awardCode: string,
  year: number,
  kind: NominationKind = 'CONG_TRANG',
  nominationId = 'other',
): PendingNomination => ({ nominationId, awardCode, year, kind });

interface Case {
  achievements?: Achievements;
  registry?: RegistryEntry[];
  pending?: PendingNomination[];
  kind?: NominationKind;
  subject?: 'INDIVIDUAL' | 'COLLECTIVE';
  facts?: Partial<SubmissionFacts>;
}

const check = (awardCode: string, c: Case) =>
  checkEligibility({
    nominationId: 'this',
    award: rs.awards[awardCode]!,
    awards: rs.awards,
    chainCountingKinds: rs.chainCountingKinds,
    subject: c.subject ?? 'INDIVIDUAL',
    year: 2026,
    kind: c.kind ?? 'CONG_TRANG',
    achievements: c.achievements ?? {},
    facts: { registry: c.registry ?? [], pending: c.pending ?? [], holds: [], ...(c.facts ?? {}) },
    today: '2026-11-20',
  });
const code = (awardCode: string, c: Case) => check(awardCode, c)?.code;

describe('a chain of titles (CSTĐ cấp tỉnh: CSTĐ cơ sở 2024, 2025, 2026)', () => {
  const initiative: Achievements = { initiatives: [{ title: 'Số hoá hồ sơ', scope: 'PROVINCE', year: 2026 }] };
  const chain = (registry: RegistryEntry[], others: PendingNomination[] = []) =>
    code('CSTD_TINH', { achievements: initiative, registry, pending: others });

  it('counts merit titles only: a CSTĐ cơ sở given for an extraordinary feat does not link the chain', () => {
    expect(chain([granted('CSTD_CS', 2024), granted('CSTD_CS', 2025), granted('CSTD_CS', 2026)])).toBeUndefined();
    expect(chain([granted('CSTD_CS', 2024), granted('CSTD_CS', 2025, 'DOT_XUAT'), granted('CSTD_CS', 2026)])).toBe(
      'PREREQUISITE_NOT_MET',
    );
  });

  it("counts another merit nomination of the achievement year's title still under consideration, and no other", () => {
    const before = [granted('CSTD_CS', 2024), granted('CSTD_CS', 2025)];
    expect(chain(before, [pending('CSTD_CS', 2026)])).toBeUndefined();
    expect(chain(before, [pending('CSTD_CS', 2026, 'CONG_TRANG', 'this')])).toBe('PREREQUISITE_NOT_MET');
    expect(chain(before, [pending('LDTT', 2026)])).toBe('PREREQUISITE_NOT_MET');
    expect(chain(before, [pending('CSTD_CS', 2025)])).toBe('PREREQUISITE_NOT_MET');
    expect(chain(before, [pending('CSTD_CS', 2026, 'DOT_XUAT')])).toBe('PREREQUISITE_NOT_MET');
  });
});

describe('awards within a window (Bằng khen Thủ tướng: a Bằng khen tỉnh and 3 CSTĐ cơ sở within 5 years)', () => {
  const ratings = [2022, 2023, 2024, 2025, 2026].map((year) => ({ year, rating: 'HOAN_THANH_TOT' as const }));
  const threeCs = [granted('CSTD_CS', 2022), granted('CSTD_CS', 2024), granted('CSTD_CS', 2026)];
  const bk = (registry: RegistryEntry[], others: PendingNomination[] = []) =>
    code('BK_TTG', { achievements: { ratings }, registry, pending: others });

  it('counts a CSTĐ cơ sở of the achievement year still pending as one', () => {
    const twoCs = [granted('BK_TINH', 2024), granted('CSTD_CS', 2022), granted('CSTD_CS', 2024)];
    expect(bk(twoCs)).toBe('PREREQUISITE_NOT_MET');
    expect(bk(twoCs, [pending('CSTD_CS', 2026)])).toBeUndefined();
  });

  it('does not count a pending title twice when the registry already has it for the year', () => {
    const twoCs = [granted('BK_TINH', 2024), granted('CSTD_CS', 2024), granted('CSTD_CS', 2026)];
    expect(bk(twoCs, [pending('CSTD_CS', 2026)])).toBe('PREREQUISITE_NOT_MET');
  });

  it('counts neither a later year nor an award for an extraordinary feat', () => {
    expect(bk(threeCs)).toBe('PREREQUISITE_NOT_MET'); // no Bằng khen tỉnh
    expect(bk([granted('BK_TINH', 2027), ...threeCs])).toBe('PREREQUISITE_NOT_MET');
    expect(bk([granted('BK_TINH', 2025, 'DOT_XUAT'), ...threeCs])).toBe('PREREQUISITE_NOT_MET');
    expect(bk([granted('BK_TINH', 2022), ...threeCs])).toBeUndefined();
  });
});

describe("the same year's title (CSTĐ cơ sở needs Lao động tiên tiến of 2026)", () => {
  const excellent: Achievements = { ratings: [{ year: 2026, rating: 'HOAN_THANH_XUAT_SAC' }] };
  const cs = (registry: RegistryEntry[], others: PendingNomination[] = []) =>
    code('CSTD_CS', { achievements: excellent, registry, pending: others });

  it('is met by the title of that year, in the registry or still pending', () => {
    expect(cs([granted('LDTT', 2026)])).toBeUndefined();
    expect(cs([], [pending('LDTT', 2026)])).toBeUndefined();
  });

  it('is not met by another year or another title', () => {
    expect(cs([granted('LDTT', 2025)])).toBe('PREREQUISITE_NOT_MET');
    expect(cs([granted('BK_TINH', 2026)])).toBe('PREREQUISITE_NOT_MET');
    expect(cs([])).toBe('PREREQUISITE_NOT_MET');
  });
});

describe('an initiative counts for three years: the achievement year and the two before', () => {
  const withInitiative = (year: number) =>
    code('CSTD_CS', {
      registry: [granted('LDTT', 2026)],
      achievements: { initiatives: [{ title: 'Một cửa', scope: 'UNIT', year }] },
    });

  it.each([
    [2024, undefined],
    [2026, undefined],
    [2023, 'PREREQUISITE_NOT_MET'],
    [2027, 'PREREQUISITE_NOT_MET'],
  ])('recognised in %s: %s', (year, expected) => {
    expect(withInitiative(year)).toBe(expected);
  });
});

describe("a collective's results", () => {
  it('are not met by a collective of no members, whatever else it declares', () => {
    expect(
      code('TTLDXS', {
        subject: 'COLLECTIVE',
        achievements: { collective: { members: 0, completedDuties: 5, ldtt: 5, cstdCs: 1 } },
      }),
    ).toBe('PREREQUISITE_NOT_MET');
  });
});

describe('one achievement, one award (Law art. 5)', () => {
  it('refuses a nominee already awarded the title for the year, or proposed for it elsewhere, naming the nominee', () => {
    const awarded = check('BK_TINH', { registry: [granted('BK_TINH', 2026)] });
    expect(awarded).toMatchObject({ code: 'ALREADY_AWARDED', field: 'nominee', rule: { article: 'Điều 5' } });
    const proposed = check('BK_TINH', { pending: [pending('BK_TINH', 2026)] });
    expect(proposed).toMatchObject({ code: 'DUPLICATE_NOMINATION', field: 'nominee', rule: { article: 'Điều 5' } });
  });

  it('lets several extraordinary feats of a year each be awarded', () => {
    expect(code('BK_TINH', { kind: 'DOT_XUAT', registry: [granted('BK_TINH', 2026, 'DOT_XUAT')] })).toBeUndefined();
    expect(code('BK_TINH', { kind: 'DOT_XUAT', pending: [pending('BK_TINH', 2026, 'DOT_XUAT')] })).toBeUndefined();
  });

  it("a year's merit earns one commendation, but a title beside it is no second commendation", () => {
    expect(code('BK_TINH', { registry: [granted('GIAY_KHEN', 2026)] })).toBe('ONE_ACHIEVEMENT_ONE_AWARD');
    expect(code('BK_TINH', { pending: [pending('GIAY_KHEN', 2026)] })).toBe('ONE_ACHIEVEMENT_ONE_AWARD');
    expect(code('BK_TINH', { registry: [granted('GIAY_KHEN', 2025)] })).toBeUndefined();
    const good: Achievements = { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] };
    expect(code('LDTT', { achievements: good, registry: [granted('BK_TINH', 2026)] })).toBeUndefined();
  });
});

describe("a cluster's recorded result", () => {
  it('is read only for an award that asks for leading the cluster: a declared rank elsewhere is not checked', () => {
    const result = { clusterId: 'CUM-1', campaignId: 'TONG-KET-2026', year: 2026, rank: 3, score: 80 };
    const declaredFirst = { achievements: { clusterRank: 1 }, subject: 'COLLECTIVE' as const };
    expect(code('BK_TINH', { ...declaredFirst, facts: { clusterResults: [result] } })).toBeUndefined();
  });
});
