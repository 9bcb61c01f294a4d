import { VIETNAM_CALENDAR } from '../calendar';
import { boardReport, percentile } from './board-report';
import { foldCaseFacts, type ReportEvent } from './case-facts';

const drafted = (
  id: string,
  o: { award?: string; kind?: string; subject?: string; nominee?: object; level?: string } = {},
) =>
  ({
    streamId: id,
    type: 'NominationDrafted',
    recordedAt: '2026-03-02T02:00:00Z',
    data: {
      awardCode: o.award ?? 'LDTT',
      kind: o.kind ?? 'CONG_TRANG',
      unitId: 'U1',
      campaignId: 'C1',
      year: 2026,
      nominee: { subject: o.subject ?? 'INDIVIDUAL', ...o.nominee },
      council: { level: o.level ?? 'UNIT' },
    },
  }) satisfies ReportEvent;
const at = (id: string, type: string, recordedAt: string, data: object = {}): ReportEvent => ({
  streamId: id,
  type,
  recordedAt,
  data,
});

describe('the board report fold', () => {
  const events: ReportEvent[] = [
    drafted('a', { nominee: { gender: 'FEMALE', directWorker: true } }),
    at('a', 'DossierSubmitted', '2026-03-02T03:00:00Z', {
      receivedAt: '2026-03-02T03:00:00Z',
      awardName: 'Lao động tiên tiến',
    }),
    at('a', 'DecisionIssued', '2026-03-09T03:00:00Z'),
    drafted('b', { nominee: { gender: 'MALE' } }),
    at('b', 'DossierSubmitted', '2026-03-02T03:00:00Z', { receivedAt: '2026-03-02T03:00:00Z' }),
    // Supplemented on Wednesday 4/3: complete from then.
    at('b', 'DossierSupplemented', '2026-03-04T03:00:00Z'),
    at('b', 'SlaBreached', '2026-03-20T03:00:00Z', { stage: 'FINAL_DECISION' }),
    at('b', 'NominationRejected', '2026-03-23T03:00:00Z', { reasonCode: 'CRITERIA_NOT_MET', stage: 'FINAL_DECISION' }),
    drafted('c', { subject: 'COLLECTIVE', kind: 'DOT_XUAT', award: 'TTLDTT', nominee: { smallCollective: true } }),
    at('c', 'DraftUpdated', '2026-03-02T04:00:00Z', { changes: { year: 2025 } }),
    at('c', 'DossierSubmitted', '2026-03-02T05:00:00Z', { receivedAt: '2026-03-02T05:00:00Z' }),
    at('c', 'DecisionIssued', '2026-03-03T05:00:00Z'),
    drafted('d'),
    at('x', 'DecisionIssued', '2026-03-03T05:00:00Z'),
  ];

  it('folds one row per drafted case, edits and supplements included', () => {
    const facts = foldCaseFacts(events);
    expect(facts.map((f) => [f.streamId, f.outcome, f.completeOn, f.decidedOn, f.year])).toEqual([
      ['a', 'AWARDED', '2026-03-02', '2026-03-09', 2026],
      ['b', 'REJECTED', '2026-03-04', '2026-03-23', 2026],
      ['c', 'AWARDED', '2026-03-02', '2026-03-03', 2025],
      ['d', undefined, undefined, undefined, 2026],
    ]);
  });

  it('counts awards, shares, working days and refusals', () => {
    const r = boardReport(foldCaseFacts(events), {}, VIETNAM_CALENDAR);
    expect(r.cases).toEqual({ filed: 4, decided: 3, open: 1 });
    expect(r.awards.byAward).toEqual([
      { awardCode: 'LDTT', awardName: 'Lao động tiên tiến', count: 1, byKind: { CONG_TRANG: 1 } },
      { awardCode: 'TTLDTT', awardName: 'TTLDTT', count: 1, byKind: { DOT_XUAT: 1 } },
    ]);
    expect(r.shares).toEqual({
      directWorkers: { count: 1, of: 1, percent: 100 },
      women: { count: 1, of: 1, percent: 100 },
      smallCollectives: { count: 1, of: 1, percent: 100 },
      extraordinary: { count: 1, of: 2, percent: 50 },
    });
    // a: Mon 2/3 → Mon 9/3 = 5 working days; b: Wed 4/3 → Mon 23/3 = 13; c: 1.
    expect(r.timeliness.overall).toEqual({ count: 3, p50WorkingDays: 5, p90WorkingDays: 13, breachedCases: 1 });
    expect(r.sla).toEqual({ breachedCases: 1, breaches: 1, byStage: { FINAL_DECISION: 1 } });
    expect(r.refusals.byReason).toEqual([
      { reasonCode: 'CRITERIA_NOT_MET', reasonName: 'Chưa đủ tiêu chuẩn', count: 1 },
    ]);
  });

  it('filters by year, campaign, level and unit', () => {
    const facts = foldCaseFacts(events);
    expect(boardReport(facts, { year: 2025 }, VIETNAM_CALENDAR).awards.total).toBe(1);
    expect(boardReport(facts, { campaignId: 'C2' }, VIETNAM_CALENDAR).cases.filed).toBe(0);
    expect(boardReport(facts, { level: 'UNIT', unitId: 'U1' }, VIETNAM_CALENDAR).cases.filed).toBe(4);
    expect(boardReport(facts, { level: 'PROVINCE' }, VIETNAM_CALENDAR).timeliness.overall.p50WorkingDays).toBeNull();
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(10);
    expect(percentile([1, 2], 50)).toBe(2);
    expect(percentile([], 50)).toBeNull();
  });
});
