import { evolveCaseFacts, foldCaseFacts, reportEventData, type ReportEvent } from './case-facts';

// The fact rows of the board report, folded from a case's events.
const ev = (type: string, recordedAt: string, data: object = {}): ReportEvent => ({
  streamId: 'a',
  type,
  recordedAt,
  data,
});
const drafted = (nominee: object) =>
  ev('NominationDrafted', '2026-03-02T02:00:00Z', {
    awardCode: 'LDTT',
    kind: 'CONG_TRANG',
    unitId: 'U1',
    campaignId: 'C1',
    year: 2026,
    nominee,
    council: { level: 'UNIT' },
  });

describe('case facts', () => {
  it('takes an individual by default, and the nominee a draft edit gives', () => {
    const [before] = foldCaseFacts([drafted({ gender: 'MALE' })]);
    expect(before).toMatchObject({ subject: 'INDIVIDUAL', gender: 'MALE' });
    const [after] = foldCaseFacts([
      drafted({ gender: 'MALE' }),
      ev('DraftUpdated', '2026-03-02T03:00:00Z', {
        changes: { nominee: { subject: 'INDIVIDUAL', gender: 'FEMALE', directWorker: true } },
      }),
    ]);
    expect(after).toMatchObject({ gender: 'FEMALE', directWorker: true });
  });

  it('dates a dossier complete on its receipt, or when it was recorded if no receipt is given', () => {
    const [received] = foldCaseFacts([
      drafted({}),
      ev('DossierSubmitted', '2026-03-05T03:00:00Z', { receivedAt: '2026-03-04T03:00:00Z' }),
    ]);
    expect(received!.completeOn).toBe('2026-03-04');
    const [recorded] = foldCaseFacts([drafted({}), ev('DossierSubmitted', '2026-03-05T03:00:00Z')]);
    expect(recorded!.completeOn).toBe('2026-03-05');
  });

  it('records a withdrawal as the outcome, on the day in Việt Nam', () => {
    const [row] = foldCaseFacts([drafted({}), ev('NominationWithdrawn', '2026-03-06T18:00:00Z', { reason: 'Rút' })]);
    expect(row).toMatchObject({ outcome: 'WITHDRAWN', decidedOn: '2026-03-07' });
  });

  it('keeps of each stored event only what the reports read', () => {
    const achievements = { summary: 'Hoàn thành xuất sắc nhiệm vụ' };
    expect(
      reportEventData('DossierSubmitted', {
        receivedAt: '2026-03-02T03:00:00Z',
        rules: { award: { nameVi: 'Lao động tiên tiến' } },
        documents: ['x'],
      }),
    ).toEqual({ receivedAt: '2026-03-02T03:00:00Z', awardName: 'Lao động tiên tiến' });
    expect(reportEventData('DossierSubmitted', { receivedAt: 'r' })).toEqual({ receivedAt: 'r', awardName: undefined });
    expect(reportEventData('NominationDrafted', { awardCode: 'LDTT', achievements })).toEqual({ awardCode: 'LDTT' });
    expect(reportEventData('DraftUpdated', { changes: { year: 2025, achievements }, by: 'x' })).toEqual({
      changes: { year: 2025 },
    });
    expect(reportEventData('DraftUpdated', {})).toEqual({ changes: {} });
    expect(
      reportEventData('NominationRejected', { reasonCode: 'BALLOT_FAILED', stage: 'COUNCIL_REVIEW', note: 'n' }),
    ).toEqual({
      reasonCode: 'BALLOT_FAILED',
      stage: 'COUNCIL_REVIEW',
    });
    expect(reportEventData('SlaBreached', { stage: 'FINAL_DECISION', dueAt: 'd' })).toEqual({
      stage: 'FINAL_DECISION',
    });
    expect(reportEventData('VoteCast', { memberId: 'm' })).toEqual({});
  });

  it('leaves a case as it was on an event the reports do not read', () => {
    const [facts] = foldCaseFacts([drafted({})]);
    expect(evolveCaseFacts(facts, ev('VoteCast', '2026-03-03T02:00:00Z', { memberId: 'm' }))).toBe(facts);
  });
});
