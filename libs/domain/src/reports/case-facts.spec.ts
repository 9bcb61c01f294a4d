import { foldCaseFacts, type ReportEvent } from './case-facts';

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
});
