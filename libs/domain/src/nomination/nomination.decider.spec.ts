import { VIETNAM_CALENDAR } from '../calendar';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { isRefusal } from '../refusal';
import type { Actor, DecisionContext, NominationCommand } from './nomination.commands';
import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import { fold, NominationState } from './nomination.state';

const officer: Actor = { userId: 'cb', role: 'UNIT_OFFICER', unitId: 'SO-GD' };
const office: Actor = { userId: 'ban', role: 'TDKT_OFFICE' };
const member = (id: string): Actor => ({ userId: id, role: 'COUNCIL_MEMBER' });
const authority: Actor = { userId: 'ct', role: 'AUTHORITY', displayName: 'Chủ tịch' };
const docs = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP'].map((code) => ({ code, title: code, sha256: 'a'.repeat(64) }));

const drafted: NominationEvent = {
  type: 'NominationDrafted',
  data: {
    nominationId: 'n1', awardCode: 'LDTT', kind: 'CONG_TRANG', unitId: 'SO-GD', campaignId: 'C', ruleSetId: SEED_RULE_SET.id,
    nominee: { name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', unitId: 'SO-GD' },
    council: { councilId: 'HD', members: [{ memberId: 'm1', unitId: 'A' }, { memberId: 'm2', unitId: 'B' }, { memberId: 'm3', unitId: 'C' }, { memberId: 'm4', unitId: 'SO-GD' }] },
  },
};

/** Tuesday 10/2/2026, just before Tết Bính Ngọ. */
const NOW = '2026-02-10T03:00:00.000Z';
const ctx = (actor: Actor, now = NOW): DecisionContext => ({ now, actor, ruleSet: SEED_RULE_SET, calendar: VIETNAM_CALENDAR });

/** given events / when command / then events (or refusal code). */
function given(...events: NominationEvent[]) {
  const state: NominationState = fold(events);
  return {
    state,
    when: (command: NominationCommand, actor: Actor, now?: string) => {
      const result = decide(state, command, ctx(actor, now));
      return {
        thenTypes: () => (isRefusal(result) ? result.code : result.map((e) => e.type)),
        thenEvents: () => { if (isRefusal(result)) throw new Error(result.code); return result; },
      };
    },
  };
}

/** Runs commands one after the other through decide + fold, as the workflow does. */
function run(state: NominationState, ...steps: [NominationCommand, Actor][]): NominationState {
  return steps.reduce((s, [command, actor]) => {
    const r = decide(s, command, ctx(actor));
    if (isRefusal(r)) throw new Error(`${command.type} refused: ${r.code}`);
    return fold(r, s);
  }, state);
}

describe('nomination decider', () => {
  it('submits a complete dossier of the own unit', () => {
    expect(given(drafted).when({ type: 'SubmitDossier', documents: docs }, officer).thenTypes()).toEqual(['DossierSubmitted']);
  });

  it('refuses a dossier missing a required document, naming it', () => {
    const r = decide(fold([drafted]), { type: 'SubmitDossier', documents: docs.slice(0, 2) }, ctx(officer));
    expect(r).toMatchObject({ code: 'MISSING_DOCUMENTS', kind: 'INVALID', field: 'documents', rule: { article: 'Điều 84' } });
    expect(isRefusal(r) && r.messageVi).toContain('BIEN_BAN_HOP');
  });

  it('refuses a submission by another unit', () => {
    expect(given(drafted).when({ type: 'SubmitDossier', documents: docs }, { ...officer, unitId: 'SO-YT' }).thenTypes()).toBe('NOT_OWN_UNIT');
  });

  it('opens the ballot on appraisal, freezing the rule and recusing members of the nominee\'s unit', () => {
    const [appraised, opened] = given(drafted, { type: 'DossierSubmitted', data: { documents: docs } })
      .when({ type: 'AppraiseDossier', opinion: 'Đạt' }, office).thenEvents();
    expect(appraised).toMatchObject({ type: 'AppraisalCompleted', data: { rule: { code: 'LDTT', ruleSetId: 'VN-2025-07' } } });
    expect(opened).toMatchObject({ type: 'ReviewOpened', data: { recused: ['m4'] } });
  });

  describe('in an open ballot', () => {
    const open = run(fold([drafted]), [{ type: 'SubmitDossier', documents: docs }, officer], [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office]);

    it.each([
      ['a second vote by the same member', run(open, [{ type: 'CastVote', choice: 'APPROVE' }, member('m1')]), member('m1'), 'ALREADY_VOTED'],
      ['a vote by a recused member', open, member('m4'), 'MEMBER_RECUSED'],
      ['a vote by someone outside the council', open, member('x'), 'NOT_A_COUNCIL_MEMBER'],
    ])('refuses %s', (_name, state, actor, code) => {
      expect(decide(state, { type: 'CastVote', choice: 'APPROVE' }, ctx(actor))).toMatchObject({ code });
    });

    it('refuses to close before the quorum is reached', () => {
      const oneVote = run(open, [{ type: 'CastVote', choice: 'APPROVE' }, member('m1')]);
      expect(decide(oneVote, { type: 'CloseBallot' }, ctx(office))).toMatchObject({ code: 'QUORUM_NOT_REACHED' });
    });

    it('passes with a majority of members present and opens a 10-working-day disclosure that skips Tết 2026', () => {
      const voted = run(open, [{ type: 'CastVote', choice: 'APPROVE' }, member('m1')], [{ type: 'CastVote', choice: 'APPROVE' }, member('m2')], [{ type: 'CastVote', choice: 'DISAPPROVE' }, member('m3')]);
      const [closed, disclosure] = decide(voted, { type: 'CloseBallot' }, ctx(office)) as NominationEvent[];
      expect(closed).toMatchObject({ type: 'ReviewClosed', data: { passed: true, tally: { eligible: 3, approve: 2, approvePercent: 66.67 } } });
      // Opened Tue 10/2: working days 11, 12, 13/2, then Tết (14–22/2), then 23–27/2, 2–3/3 → ends 3/3.
      expect(disclosure).toMatchObject({ type: 'DisclosureOpened', data: { workingDays: 10, endsAt: '2026-03-03T17:00:00.000Z' } });
    });

    it('rejects when the ballot fails', () => {
      const voted = run(open, [{ type: 'CastVote', choice: 'APPROVE' }, member('m1')], [{ type: 'CastVote', choice: 'DISAPPROVE' }, member('m2')]);
      const events = decide(voted, { type: 'CloseBallot' }, ctx(office)) as NominationEvent[];
      expect(events.map((e) => e.type)).toEqual(['ReviewClosed', 'NominationRejected']);
      expect(fold(events, voted)).toMatchObject({ stage: 'CLOSED', outcome: 'REJECTED' });
    });
  });

  describe('around the disclosure', () => {
    const inDisclosure = run(
      fold([drafted]), [{ type: 'SubmitDossier', documents: docs }, officer], [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
      [{ type: 'CastVote', choice: 'APPROVE' }, member('m1')], [{ type: 'CastVote', choice: 'APPROVE' }, member('m2')], [{ type: 'CloseBallot' }, office],
    );
    const award: NominationCommand = { type: 'IssueDecision', decisionNumber: '1/QĐ', decisionDate: '2026-03-05' };

    it('refuses a decision while the list is disclosed, saying until when in Việt Nam time', () => {
      expect(decide(inDisclosure, award, ctx(authority))).toMatchObject({ code: 'DISCLOSURE_NOT_ENDED', messageVi: expect.stringContaining('00:00 04/03/2026') });
    });

    it('refuses to close the disclosure early, closes it at its end, then awards', () => {
      expect(decide(inDisclosure, { type: 'CloseDisclosure' }, ctx(office, '2026-03-03T16:59:59.000Z'))).toMatchObject({ code: 'DISCLOSURE_NOT_ENDED' });
      const closed = decide(inDisclosure, { type: 'CloseDisclosure' }, ctx(office, '2026-03-03T17:00:00.000Z')) as NominationEvent[];
      const awaiting = fold(closed, inDisclosure);
      expect(awaiting.status).toBe('AWAITING_DECISION');
      const decided = fold(decide(awaiting, award, ctx(authority)) as NominationEvent[], awaiting);
      expect(decided).toMatchObject({ stage: 'CLOSED', outcome: 'AWARDED', decision: { signerId: 'ct', signerName: 'Chủ tịch' } });
      expect(decide(decided, award, ctx(authority))).toMatchObject({ code: 'NOMINATION_CLOSED' });
    });
  });
});
