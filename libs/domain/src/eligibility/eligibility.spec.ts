import type { NominationKind } from '../organisation/kinds';
import type { Rating, Subject } from '../rules/rule-set';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkEligibility } from './eligibility';
import type { Achievements, RegistryEntry } from './facts';

// Merit chains and the criteria behind them (Law art. 21–28, 73; docs/domain.md §3), for year 2026.

const rs = SEED_RULE_SET;
type Granted = [awardCode: string, year: number, kind?: NominationKind];

interface Given {
  subject?: Subject;
  achievements?: Achievements;
  registry?: Granted[];
  /** Other nominations of the same nominee under consideration (the same campaign). */
  pending?: [awardCode: string, year: number][];
}

const entry = ([awardCode, year, kind = 'CONG_TRANG']: Granted): RegistryEntry => ({
  nomineeKey: 'CCCD-001',
  awardCode,
  year,
  kind,
});

function eligibility(awardCode: string, given: Given) {
  return checkEligibility({
    nominationId: 'this',
    award: rs.awards[awardCode],
    awards: rs.awards,
    chainCountingKinds: rs.chainCountingKinds,
    subject: given.subject ?? 'INDIVIDUAL',
    year: 2026,
    kind: 'CONG_TRANG',
    achievements: given.achievements ?? {},
    facts: {
      registry: (given.registry ?? []).map(entry),
      pending: (given.pending ?? []).map(([code, year], i) => ({
        nominationId: `other-${i}`,
        awardCode: code,
        year,
        kind: 'CONG_TRANG',
      })),
      holds: [],
    },
    today: '2026-11-20',
  })?.code;
}

const rated = (rating: Rating, ...years: number[]) => years.map((year) => ({ year, rating }));

describe('CSTĐ cấp tỉnh: three consecutive CSTĐ cơ sở ending with the achievement year (Law art. 22)', () => {
  const initiative: Achievements = { initiatives: [{ title: 'Một cửa liên thông', scope: 'PROVINCE', year: 2026 }] };
  const cs = (year: number, kind?: NominationKind): Granted => ['CSTD_CS', year, kind];
  const chain = (...registry: Granted[]) => eligibility('CSTD_TINH', { achievements: initiative, registry });

  it('is met by 2024, 2025 and 2026 in the registry', () => {
    expect(chain(cs(2024), cs(2025), cs(2026))).toBeUndefined();
  });

  it("is met when the achievement year's CSTĐ cơ sở is still a pending nomination", () => {
    expect(
      eligibility('CSTD_TINH', {
        achievements: initiative,
        registry: [cs(2024), cs(2025)],
        pending: [['CSTD_CS', 2026]],
      }),
    ).toBeUndefined();
  });

  it('accepts a pending nomination only for the achievement year itself', () => {
    expect(
      eligibility('CSTD_TINH', {
        achievements: initiative,
        registry: [cs(2024), cs(2026)],
        pending: [['CSTD_CS', 2025]],
      }),
    ).toBe('PREREQUISITE_NOT_MET');
  });

  it('is broken by a gap year', () => {
    expect(chain(cs(2023), cs(2024), cs(2026))).toBe('PREREQUISITE_NOT_MET');
  });

  it('must end with the achievement year', () => {
    expect(chain(cs(2023), cs(2024), cs(2025))).toBe('PREREQUISITE_NOT_MET');
  });

  it.each(['DOT_XUAT', 'THEO_DOT'] as const)(
    'does not count a %s registry entry toward the chain (Decree 152)',
    (kind) => {
      expect(rs.chainCountingKinds).not.toContain(kind);
      expect(chain(cs(2024), cs(2025, kind), cs(2026))).toBe('PREREQUISITE_NOT_MET');
    },
  );

  it('also needs an initiative with province-wide effect', () => {
    expect(
      eligibility('CSTD_TINH', {
        registry: [cs(2024), cs(2025), cs(2026)],
        achievements: { initiatives: [{ title: 'x', scope: 'UNIT', year: 2026 }] },
      }),
    ).toBe('PREREQUISITE_NOT_MET');
  });
});

describe('CSTĐ toàn quốc: two CSTĐ cấp tỉnh in a row, one every three years (Law art. 21)', () => {
  const achievements: Achievements = { initiatives: [{ title: 'Cổng dịch vụ công', scope: 'NATIONAL', year: 2025 }] };
  const tinh = (...years: number[]) =>
    eligibility('CSTD_TQ', { achievements, registry: years.map((y) => ['CSTD_TINH', y]) });

  it('is met by 2023 and 2026', () => expect(tinh(2023, 2026)).toBeUndefined());
  it('is met by 2023 with 2026 pending', () => {
    expect(
      eligibility('CSTD_TQ', { achievements, registry: [['CSTD_TINH', 2023]], pending: [['CSTD_TINH', 2026]] }),
    ).toBeUndefined();
  });
  it('is not met by titles two years apart', () => expect(tinh(2024, 2026)).toBe('PREREQUISITE_NOT_MET'));
  it("is not met by the achievement year's title alone", () => expect(tinh(2026)).toBe('PREREQUISITE_NOT_MET'));
});

describe('Tập thể lao động xuất sắc: 100 % complete duties, ≥ 70 % LĐTT, ≥ 1 CSTĐ cơ sở (Law art. 27)', () => {
  const results = (members: number, completedDuties: number, ldtt: number, cstdCs: number) =>
    eligibility('TTLDXS', {
      subject: 'COLLECTIVE',
      achievements: { collective: { members, completedDuties, ldtt, cstdCs } },
    });

  it('is met at exactly 70 % LĐTT', () => expect(results(100, 100, 70, 1)).toBeUndefined());
  it('is not met at 69 % LĐTT', () => expect(results(100, 100, 69, 1)).toBe('PREREQUISITE_NOT_MET'));
  it('is not met at two thirds LĐTT (66.7 %)', () => expect(results(3, 3, 2, 1)).toBe('PREREQUISITE_NOT_MET'));
  it('is not met when one member fell short of their duties', () =>
    expect(results(100, 99, 100, 5)).toBe('PREREQUISITE_NOT_MET'));
  it('is not met without a CSTĐ cơ sở', () => expect(results(10, 10, 10, 0)).toBe('PREREQUISITE_NOT_MET'));
  it('is not met without declared results', () => {
    expect(eligibility('TTLDXS', { subject: 'COLLECTIVE' })).toBe('PREREQUISITE_NOT_MET');
    expect(results(0, 0, 0, 0)).toBe('PREREQUISITE_NOT_MET');
  });
});

describe('Bằng khen của Thủ tướng: the five-year rule for an individual (Law art. 73)', () => {
  const record: Granted[] = [
    ['BK_TINH', 2024],
    ['CSTD_CS', 2022],
    ['CSTD_CS', 2024],
    ['CSTD_CS', 2026],
  ];
  const fiveGood = rated('HOAN_THANH_TOT', 2022, 2023, 2024, 2025, 2026);
  const bkTtg = (registry: Granted[], ratings = fiveGood) =>
    eligibility('BK_TTG', { registry, achievements: { ratings } });

  it('is met by a Bằng khen tỉnh and 3 CSTĐ cơ sở within 5 years and 5 years rated "hoàn thành tốt"', () => {
    expect(bkTtg(record)).toBeUndefined();
  });

  it('accepts "hoàn thành xuất sắc" as better than "hoàn thành tốt"', () => {
    expect(
      bkTtg(record, [...rated('HOAN_THANH_XUAT_SAC', 2022, 2023), ...rated('HOAN_THANH_TOT', 2024, 2025, 2026)]),
    ).toBeUndefined();
  });

  it('is not met when the Bằng khen tỉnh is older than five years', () => {
    expect(bkTtg([['BK_TINH', 2021], ...record.slice(1)])).toBe('PREREQUISITE_NOT_MET');
  });

  it('is not met when one of the five years is rated only "hoàn thành"', () => {
    expect(bkTtg(record, [...rated('HOAN_THANH', 2023), ...rated('HOAN_THANH_TOT', 2022, 2024, 2025, 2026)])).toBe(
      'PREREQUISITE_NOT_MET',
    );
  });

  it('is not met when a year of the five has no rating', () => {
    expect(bkTtg(record, rated('HOAN_THANH_TOT', 2023, 2024, 2025, 2026))).toBe('PREREQUISITE_NOT_MET');
  });

  it('is not met when a CSTĐ cơ sở falls outside the five years', () => {
    expect(
      bkTtg([
        ['BK_TINH', 2024],
        ['CSTD_CS', 2021],
        ['CSTD_CS', 2024],
        ['CSTD_CS', 2026],
      ]),
    ).toBe('PREREQUISITE_NOT_MET');
  });

  it('does not apply to a collective (appliesTo INDIVIDUAL)', () => {
    expect(eligibility('BK_TTG', { subject: 'COLLECTIVE' })).toBeUndefined();
    expect(eligibility('BK_TTG', { subject: 'INDIVIDUAL' })).toBe('PREREQUISITE_NOT_MET');
  });
});
