import type { NominationKind } from '../organisation/kinds';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { activeHolds, checkEligibility } from './eligibility';
import { HOLD_TYPES, type Hold, type HoldType, type PendingNomination, type RegistryEntry } from './facts';

// The principles of Law art. 5 and Decree 152: holds, no second award of the same title and year,
// no duplicate nomination, one achievement one award. Giấy khen and Bằng khen have no
// prerequisites, so every refusal here comes from a principle.

const rs = SEED_RULE_SET;
const TODAY = '2026-11-20';

interface Given {
  awardCode?: string;
  kind?: NominationKind;
  holds?: Hold[];
  registry?: [awardCode: string, year: number, kind?: NominationKind][];
  pending?: Partial<PendingNomination>[];
  today?: string;
}

function eligibility(given: Given) {
  const registry: RegistryEntry[] = (given.registry ?? []).map(([awardCode, year, kind = 'CONG_TRANG']) => ({
    nomineeKey: 'CCCD-001',
    awardCode,
    year,
    kind,
  }));
  const pending: PendingNomination[] = (given.pending ?? []).map((p) => ({
    nominationId: 'other',
    awardCode: 'BK_TINH',
    year: 2026,
    kind: 'CONG_TRANG',
    ...p,
  }));
  return checkEligibility({
    nominationId: 'this',
    award: rs.awards[given.awardCode ?? 'BK_TINH'],
    awards: rs.awards,
    chainCountingKinds: rs.chainCountingKinds,
    subject: 'INDIVIDUAL',
    year: 2026,
    kind: given.kind ?? 'CONG_TRANG',
    achievements: {},
    facts: { registry, pending, holds: given.holds ?? [] },
    today: given.today ?? TODAY,
  });
}

const hold = (type: HoldType, since: string, until?: string): Hold => ({
  holdId: 'h-1',
  nomineeKey: 'CCCD-001',
  type,
  since,
  until,
  reference: 'QĐ 12/QĐ-TTr',
});

describe('a hold on the nominee (discipline, inspection, complaint)', () => {
  it.each(HOLD_TYPES)('refuses with NOMINEE_ON_HOLD during a %s hold, citing its reference', (type) => {
    const refusal = eligibility({ holds: [hold(type, '2026-11-01', '2026-11-30')] });
    expect(refusal).toMatchObject({ code: 'NOMINEE_ON_HOLD', field: 'nominee' });
    expect(refusal?.messageVi).toMatch(/^Tạm hoãn xét khen thưởng: .+ \(QĐ 12\/QĐ-TTr\)\.$/);
  });

  it.each([
    ['on its first day', '2026-11-20', '2026-11-30', 'NOMINEE_ON_HOLD'],
    ['on its last day', '2026-11-01', '2026-11-20', 'NOMINEE_ON_HOLD'],
    ['while it is open-ended', '2026-01-15', undefined, 'NOMINEE_ON_HOLD'],
    ['not before it starts', '2026-11-21', '2026-12-31', undefined],
    ['not after it has ended', '2026-06-01', '2026-11-19', undefined],
  ] as const)('holds %s', (_when, since, until, code) => {
    expect(eligibility({ holds: [hold('DISCIPLINE', since, until)] })?.code).toBe(code);
    expect(activeHolds([hold('DISCIPLINE', since, until)], TODAY)).toHaveLength(code ? 1 : 0);
  });

  it('comes before every other refusal', () => {
    expect(eligibility({ holds: [hold('COMPLAINT', '2026-11-01')], registry: [['BK_TINH', 2026]] })?.code).toBe(
      'NOMINEE_ON_HOLD',
    );
  });
});

describe('an award already granted', () => {
  it('refuses the same award for the same year with ALREADY_AWARDED', () => {
    const refusal = eligibility({ registry: [['BK_TINH', 2026]] });
    expect(refusal).toMatchObject({ code: 'ALREADY_AWARDED', kind: 'INVALID' });
    expect(refusal?.messageVi).toContain('«Bằng khen cấp bộ, ban, ngành, tỉnh» năm 2026');
  });

  it('does not refuse the same award of another year', () => {
    expect(eligibility({ registry: [['BK_TINH', 2025]] })).toBeUndefined();
  });
});

describe('another nomination under consideration', () => {
  it('refuses a second nomination of the same award and year with DUPLICATE_NOMINATION', () => {
    expect(eligibility({ pending: [{ nominationId: 'other' }] })).toMatchObject({
      code: 'DUPLICATE_NOMINATION',
      kind: 'CONFLICT',
    });
  });

  it('does not count the nomination itself', () => {
    expect(eligibility({ pending: [{ nominationId: 'this' }] })).toBeUndefined();
  });

  it('does not count a nomination of the same award for another year', () => {
    expect(eligibility({ pending: [{ year: 2025 }] })).toBeUndefined();
  });
});

describe("one achievement, one award: a year's merit earns one commendation", () => {
  it('refuses a Bằng khen for a year whose merit already earned a Giấy khen, naming it', () => {
    const refusal = eligibility({ registry: [['GIAY_KHEN', 2026]] });
    expect(refusal).toMatchObject({ code: 'ONE_ACHIEVEMENT_ONE_AWARD', field: 'nominee' });
    expect(refusal?.messageVi).toContain('thành tích năm 2026 đã được đề nghị hoặc khen «Giấy khen»');
  });

  it("refuses a Giấy khen while a Bằng khen for the same year's merit is pending", () => {
    expect(eligibility({ awardCode: 'GIAY_KHEN', pending: [{ awardCode: 'BK_TINH' }] })?.code).toBe(
      'ONE_ACHIEVEMENT_ONE_AWARD',
    );
  });

  it("allows a commendation for another year's merit", () => {
    expect(eligibility({ registry: [['GIAY_KHEN', 2025]] })).toBeUndefined();
  });

  it('does not count an extraordinary commendation, which rewards another achievement', () => {
    expect(eligibility({ registry: [['GIAY_KHEN', 2026, 'DOT_XUAT']] })).toBeUndefined();
    expect(eligibility({ kind: 'DOT_XUAT', registry: [['GIAY_KHEN', 2026]] })).toBeUndefined();
  });

  it('does not count an emulation title of the same year (LĐTT goes with a Giấy khen)', () => {
    expect(
      eligibility({ awardCode: 'GIAY_KHEN', registry: [['LDTT', 2026]], pending: [{ awardCode: 'CSTD_CS' }] }),
    ).toBeUndefined();
  });
});
