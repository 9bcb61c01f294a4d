import { VIETNAM_CALENDAR } from '../calendar';
import { KIND_NAMES_VI } from '../organisation/kinds';
import { LEVEL_NAMES_VI } from '../organisation/levels';
import { boardReport, percentile } from './board-report';
import type { CaseFacts } from './case-facts';

// The board report's breakdowns on hand-made case rows: order (most first, then by code), names, shares.
const row = (streamId: string, over: Partial<CaseFacts> = {}): CaseFacts => ({
  streamId,
  awardCode: 'LDTT',
  kind: 'CONG_TRANG',
  unitId: 'U1',
  campaignId: 'C1',
  year: 2026,
  level: 'UNIT',
  subject: 'INDIVIDUAL',
  breaches: [],
  ...over,
});
const ROWS: CaseFacts[] = [
  row('f1', {
    unitId: 'U2',
    outcome: 'AWARDED',
    gender: 'FEMALE',
    directWorker: true,
    completeOn: '2026-03-02',
    decidedOn: '2026-03-09',
  }),
  row('f2', { outcome: 'AWARDED', gender: 'MALE', completeOn: '2026-03-02', decidedOn: '2026-03-03' }),
  row('f3', {
    awardCode: 'CSTD_CS',
    awardName: 'Chiến sĩ thi đua cơ sở',
    kind: 'DOT_XUAT',
    level: 'DEPARTMENT',
    outcome: 'AWARDED',
    gender: 'FEMALE',
    directWorker: false,
    decidedOn: '2026-03-03',
  }),
  row('f4', {
    awardCode: 'TTLDTT',
    kind: 'THEO_DOT',
    level: 'DEPARTMENT',
    subject: 'COLLECTIVE',
    smallCollective: true,
    outcome: 'AWARDED',
    breaches: ['COUNCIL_REVIEW', 'COUNCIL_REVIEW'],
  }),
  row('f5', { unitId: 'U3', outcome: 'REJECTED', breaches: ['FINAL_DECISION'] }),
  row('f6', { unitId: 'U3', outcome: 'REJECTED', reasonCode: 'BALLOT_FAILED' }),
  row('f7', { unitId: 'U3', year: 2025, campaignId: 'C2', outcome: 'WITHDRAWN' }),
  row('f8', { unitId: 'U3', level: 'PROVINCE' }),
];

describe('the board report: breakdowns', () => {
  // Built inside each test, not at collection: Stryker's per-test coverage must see which test runs it.
  const report = () => boardReport(ROWS, {}, VIETNAM_CALENDAR);

  it('counts cases filed, decided (awarded or rejected) and open', () => {
    const r = report();
    expect(r.cases).toEqual({ filed: 8, decided: 6, open: 1 });
  });

  it('orders awards by count, then by code, with their names', () => {
    const r = report();
    expect(r.awards).toEqual({
      total: 4,
      individuals: 3,
      collectives: 1,
      byAward: [
        { awardCode: 'LDTT', awardName: 'LDTT', count: 2, byKind: { CONG_TRANG: 2 } },
        { awardCode: 'CSTD_CS', awardName: 'Chiến sĩ thi đua cơ sở', count: 1, byKind: { DOT_XUAT: 1 } },
        { awardCode: 'TTLDTT', awardName: 'TTLDTT', count: 1, byKind: { THEO_DOT: 1 } },
      ],
      byKind: [
        { kind: 'CONG_TRANG', kindName: KIND_NAMES_VI.CONG_TRANG, count: 2 },
        { kind: 'DOT_XUAT', kindName: KIND_NAMES_VI.DOT_XUAT, count: 1 },
        { kind: 'THEO_DOT', kindName: KIND_NAMES_VI.THEO_DOT, count: 1 },
      ],
      byLevel: [
        { level: 'DEPARTMENT', levelName: LEVEL_NAMES_VI.DEPARTMENT, count: 2 },
        { level: 'UNIT', levelName: LEVEL_NAMES_VI.UNIT, count: 2 },
      ],
      byUnit: [
        { unitId: 'U1', count: 3 },
        { unitId: 'U2', count: 1 },
      ],
    });
  });

  it("gives the shares of Law art. 5's priorities, one decimal", () => {
    const r = report();
    expect(r.shares).toEqual({
      directWorkers: { count: 1, of: 3, percent: 33.3 },
      women: { count: 2, of: 3, percent: 66.7 },
      smallCollectives: { count: 1, of: 1, percent: 100 },
      extraordinary: { count: 1, of: 4, percent: 25 },
    });
  });

  it('times only the decided cases with both a complete dossier and an outcome, by level and by award', () => {
    const r = report();
    // f1: Mon 2/3 → Mon 9/3 = 5 working days; f2: 1; f3 has no complete day.
    expect(r.timeliness.overall).toEqual({ count: 2, p50WorkingDays: 5, p90WorkingDays: 5, breachedCases: 2 });
    expect(r.timeliness.byLevel).toEqual([
      {
        level: 'DEPARTMENT',
        levelName: LEVEL_NAMES_VI.DEPARTMENT,
        count: 0,
        p50WorkingDays: null,
        p90WorkingDays: null,
        breachedCases: 1,
      },
      {
        level: 'UNIT',
        levelName: LEVEL_NAMES_VI.UNIT,
        count: 2,
        p50WorkingDays: 5,
        p90WorkingDays: 5,
        breachedCases: 1,
      },
    ]);
    expect(r.timeliness.byAward.map((a) => [a.awardCode, a.awardName, a.count])).toEqual([
      ['CSTD_CS', 'Chiến sĩ thi đua cơ sở', 0],
      ['LDTT', 'LDTT', 2],
      ['TTLDTT', 'TTLDTT', 0],
    ]);
  });

  it('lists the breached stages in code order, and counts a collective that is not small among the collectives', () => {
    const r = boardReport(
      [
        row('g1', { outcome: 'AWARDED', subject: 'COLLECTIVE', smallCollective: false, breaches: ['FINAL_DECISION'] }),
        row('g2', { outcome: 'AWARDED', subject: 'COLLECTIVE', smallCollective: true, breaches: ['COUNCIL_REVIEW'] }),
      ],
      {},
      VIETNAM_CALENDAR,
    );
    expect(Object.keys(r.sla.byStage)).toEqual(['COUNCIL_REVIEW', 'FINAL_DECISION']);
    expect(r.shares.smallCollectives).toEqual({ count: 1, of: 2, percent: 50 });
  });

  it('counts breaches by stage and refusals by reason, an unrecorded reason as criteria not met', () => {
    const r = report();
    expect(r.sla).toEqual({ breachedCases: 2, breaches: 3, byStage: { COUNCIL_REVIEW: 2, FINAL_DECISION: 1 } });
    expect(r.refusals).toEqual({
      total: 2,
      byReason: [
        { reasonCode: 'BALLOT_FAILED', reasonName: 'Không đủ tỷ lệ phiếu đồng ý', count: 1 },
        { reasonCode: 'CRITERIA_NOT_MET', reasonName: 'Chưa đủ tiêu chuẩn', count: 1 },
      ],
    });
  });

  it('filters on each criterion alone, and gives 0 % of nothing', () => {
    const filed = (f: Parameters<typeof boardReport>[1]) => boardReport(ROWS, f, VIETNAM_CALENDAR).cases.filed;
    expect(filed({ year: 2025 })).toBe(1);
    expect(filed({ campaignId: 'C2' })).toBe(1);
    expect(filed({ unitId: 'U3' })).toBe(4);
    expect(filed({ level: 'DEPARTMENT' })).toBe(2);
    expect(boardReport(ROWS, { year: 2025 }, VIETNAM_CALENDAR).shares.extraordinary).toEqual({
      count: 0,
      of: 0,
      percent: 0,
    });
  });

  it('takes the last value for the 100th percentile', () => {
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
    expect(percentile([1, 2, 3, 4], 50)).toBe(3);
  });
});
