import type { NominationState, TaskState } from './nomination.state';
import { ballotOpen, docs, office, officer, run, submitted, SYSTEM, votedAndClosed } from './testing/fixtures';

// When each task of the queue is due, as the case opens it: the stage clock's deadline for the office's,
// the unit's and the authority's work, the ballot's for a vote, none for escalations and the record of a
// higher level's decision.
const only = (s: NominationState, type: TaskState['type']) => {
  const found = Object.values(s.tasks).filter((t) => t.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const clockOf = (s: NominationState, stage: string) => Object.values(s.clocks).find((c) => c.stage === stage)!;

describe('due dates of the tasks the case opens', () => {
  it("gives the appraisal the review clock's deadline, and again once the clock resumes", () => {
    const s = submitted();
    expect(only(s, 'APPRAISE_DOSSIER').dueAt).toBe(clockOf(s, 'COUNCIL_REVIEW').deadline);
    const asked = run(s, [{ type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung' }, office]);
    const back = run(asked, [
      { type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) },
      officer,
      '2026-02-24T03:00:00.000Z',
    ]);
    const resumed = clockOf(back, 'COUNCIL_REVIEW').deadline;
    expect(resumed).not.toBe(clockOf(s, 'COUNCIL_REVIEW').deadline);
    expect(only(back, 'APPRAISE_DOSSIER').dueAt).toBe(resumed);
  });

  it("gives the supplement the unit's own clock, not the paused review clock", () => {
    const asked = run(submitted(), [{ type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung' }, office]);
    const unit = clockOf(asked, 'UNIT_PROPOSAL');
    expect(unit.deadline).toBeDefined();
    expect(clockOf(asked, 'COUNCIL_REVIEW').deadline).toBeUndefined();
    expect(only(asked, 'SUPPLEMENT_DOSSIER')).toMatchObject({
      dueAt: unit.deadline,
      candidateGroup: 'unit:SO-GD',
      stage: 'UNIT_PROPOSAL',
      priority: 3,
    });
  });

  it("gives each vote the ballot's deadline and the signature the decision clock's", () => {
    const open = ballotOpen();
    expect(
      Object.values(open.tasks)
        .filter((t) => t.type === 'CAST_VOTE')
        .map((t) => [t.assignee, t.dueAt]),
    ).toEqual(['m1', 'm2', 'm3'].map((m) => [m, open.ballot!.deadline]));
    const closed = votedAndClosed(open, ['APPROVE', 'APPROVE', 'APPROVE']);
    const ended = run(closed, [{ type: 'CloseDisclosure' }, SYSTEM, closed.disclosure!.endsAt]);
    expect(ended.status).toBe('AWAITING_DECISION');
    const final = clockOf(ended, 'FINAL_DECISION');
    expect(final.deadline).toBeDefined();
    expect(only(ended, 'SIGN_DECISION')).toMatchObject({
      dueAt: final.deadline,
      candidateGroup: 'authority:UBND',
      stage: 'FINAL_DECISION',
    });
  });
});
