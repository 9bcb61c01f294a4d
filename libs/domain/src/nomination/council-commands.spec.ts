import { isRefusal } from '../refusal';
import { council, participants, quorumNeeded } from './decide-council';
import type { Actor } from './nomination.commands';
import type { NominationState } from './nomination.state';
import {
  ballotOpen,
  ctx,
  MEMBERS,
  member,
  office,
  officer,
  reveal,
  run,
  SEALED,
  step,
  submitted,
  SYSTEM,
} from './testing/fixtures';

// The council's commands one by one, on the events they decide (before derive adds anything).
const otherOffice: Actor = { ...office, userId: 'ban-khac', councilId: 'HD-KHAC' };
const appraised = () => step(submitted(), { type: 'AppraiseDossier', opinion: 'Đạt' }, office).state;
const vote = (s: NominationState, m: string) => step(s, { type: 'CastVote', sealedChoice: SEALED }, member(m)).state;

describe('the appraisal', () => {
  const appraise = (a: Actor, opinion: string, s = submitted(), sessionId?: string) =>
    council.AppraiseDossier(s, { type: 'AppraiseDossier', opinion, ...(sessionId ? { sessionId } : {}) }, ctx(a));

  it('records the trimmed opinion and its appraiser, and the council session only when there is one', () => {
    expect(appraise(office, '  Đạt yêu cầu ')).toEqual([
      { type: 'AppraisalCompleted', data: { opinion: 'Đạt yêu cầu', appraiserId: 'ban' } },
    ]);
    expect(appraise(office, 'Đạt', submitted(), 'phien-1')).toEqual([
      { type: 'AppraisalCompleted', data: { opinion: 'Đạt', appraiserId: 'ban', sessionId: 'phien-1' } },
    ]);
  });

  it("is for this council's office, while the dossier is submitted, with an opinion", () => {
    expect(appraise(officer, 'Đạt')).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(appraise(otherOffice, 'Đạt')).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(appraise(office, 'Đạt', appraised())).toMatchObject({ code: 'WRONG_STAGE' });
    expect(appraise(office, ' \n ')).toMatchObject({ code: 'FIELD_REQUIRED', field: 'opinion' });
    expect(appraise(office, undefined as unknown as string)).toMatchObject({ code: 'FIELD_REQUIRED' });
  });
});

describe('opening the ballot', () => {
  const open = (a: Actor, s = appraised()) => council.OpenBallot(s, { type: 'OpenBallot', members: MEMBERS }, ctx(a));

  it("opens round 1 with the day's members, recusing the nominee's unit, due in 5 working days", () => {
    const s = appraised();
    expect(open(SYSTEM, s)).toEqual([
      {
        type: 'ReviewOpened',
        data: {
          ballotId: `${s.nominationId}/ballot-1`,
          round: 1,
          members: MEMBERS,
          recused: [{ memberId: 'm4', reason: 'Cùng đơn vị với người được đề nghị' }],
          // Tue 10/2/2026 + 5 working days, Tết 14–22/2 skipped: the end of Tue 24/2 in Việt Nam.
          deadline: '2026-02-24T17:00:00.000Z',
        },
      },
    ]);
  });

  it("carries the appraisal's council session, and counts rounds", () => {
    const withSession = step(submitted(), { type: 'AppraiseDossier', opinion: 'Đạt', sessionId: 'phien-1' }, office);
    expect(open(SYSTEM, withSession.state)).toMatchObject([{ data: { round: 1, sessionId: 'phien-1' } }]);
    const voided = step(ballotOpen(), { type: 'VoidBallot' }, SYSTEM).state;
    expect(open(SYSTEM, voided)).toMatchObject([
      { data: { round: 2, ballotId: expect.stringMatching(/\/ballot-2$/) } },
    ]);
  });

  it('recuses nobody and names no session when the case has no nominee unit or appraisal session', () => {
    const bare = { ...appraised(), nominee: undefined, appraisal: undefined };
    const [opened] = open(SYSTEM, bare) as unknown as [{ data: Record<string, unknown> }];
    expect(opened.data.recused).toEqual([]);
    expect(opened.data).not.toHaveProperty('sessionId');
  });

  it("is the workflow's own command, once the appraisal is done and the rules are frozen", () => {
    expect(open(office)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(open(SYSTEM, submitted())).toMatchObject({ code: 'WRONG_STAGE' });
    expect(open(SYSTEM, { ...appraised(), rules: undefined })).toMatchObject({ code: 'WRONG_STAGE' });
  });
});

describe('casting a vote and recording a written opinion', () => {
  it('refuses a vote from someone of another role whose id is a member id', () => {
    const asOffice: Actor = { ...office, userId: 'm1' };
    expect(council.CastVote(ballotOpen(), { type: 'CastVote', sealedChoice: SEALED }, ctx(asOffice))).toMatchObject({
      code: 'NOT_A_COUNCIL_MEMBER',
    });
  });

  it('refuses both while no ballot is open: before it, and after it was voided', () => {
    const voided = step(ballotOpen(), { type: 'VoidBallot' }, SYSTEM).state;
    const opinion = { type: 'RecordWrittenOpinion' as const, memberId: 'm1', sealedChoice: SEALED };
    expect(council.CastVote(voided, { type: 'CastVote', sealedChoice: SEALED }, ctx(member('m1')))).toMatchObject({
      code: 'BALLOT_CLOSED',
    });
    expect(council.RecordWrittenOpinion(voided, opinion, ctx(office))).toMatchObject({ code: 'BALLOT_CLOSED' });
    expect(council.CastVote(appraised(), { type: 'CastVote', sealedChoice: SEALED }, ctx(member('m1')))).toMatchObject({
      code: 'WRONG_STAGE',
    });
    expect(council.RecordWrittenOpinion(appraised(), opinion, ctx(office))).toMatchObject({ code: 'WRONG_STAGE' });
  });

  it('refuses a written opinion for a member who voted in session, and a vote from one who sent an opinion', () => {
    const voted = vote(ballotOpen(), 'm1');
    const opinion = { type: 'RecordWrittenOpinion' as const, memberId: 'm1', sealedChoice: SEALED };
    expect(council.RecordWrittenOpinion(voted, opinion, ctx(office))).toMatchObject({ code: 'ALREADY_VOTED' });
    expect(council.RecordWrittenOpinion(voted, opinion, ctx(otherOffice))).toMatchObject({
      code: 'ACTION_NOT_PERMITTED',
    });
    const sent = step(ballotOpen(), { ...opinion, memberId: 'm2' }, office).state;
    expect(council.CastVote(sent, { type: 'CastVote', sealedChoice: SEALED }, ctx(member('m2')))).toMatchObject({
      code: 'ALREADY_VOTED',
    });
  });

  it('counts as participants the votes cast and the written opinions', () => {
    const s = step(
      vote(ballotOpen(), 'm1'),
      { type: 'RecordWrittenOpinion', memberId: 'm2', sealedChoice: SEALED },
      office,
    ).state;
    expect(participants(s.ballot!)).toBe(2);
    // 3 may vote (m4 recused), more than half of those present: 2 must take part.
    expect(quorumNeeded(s)).toBe(2);
  });
});

describe('closing the ballot', () => {
  const twoVoted = () => vote(vote(ballotOpen(), 'm1'), 'm2');
  const close = (s: NominationState, a: Actor, revealed = reveal(['APPROVE', 'APPROVE'])) =>
    council.CloseBallot(s, { type: 'CloseBallot' }, ctx(a, undefined, { revealed }));
  const atDeadline = (s: NominationState, a: Actor, revealed = reveal(['APPROVE', 'APPROVE'])) =>
    council.CloseBallotAtDeadline(s, { type: 'CloseBallotAtDeadline' }, ctx(a, undefined, { revealed }));

  it("closes by the office's secretary or at the deadline by the workflow, and says which", () => {
    expect(close(twoVoted(), office)).toMatchObject([
      { type: 'ReviewClosed', data: { closedBy: 'SECRETARY', passed: true } },
    ]);
    expect(atDeadline(twoVoted(), SYSTEM)).toMatchObject([
      { type: 'ReviewClosed', data: { closedBy: 'DEADLINE', passed: true } },
    ]);
    expect(close(twoVoted(), SYSTEM)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(close(twoVoted(), otherOffice)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(atDeadline(twoVoted(), office)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
  });

  it('closes only an open ballot of a case whose rules are frozen', () => {
    expect(close(appraised(), office)).toMatchObject({ code: 'WRONG_STAGE' });
    expect(atDeadline(step(twoVoted(), { type: 'VoidBallot' }, SYSTEM).state, SYSTEM)).toMatchObject({
      code: 'WRONG_STAGE',
    });
    expect(close({ ...twoVoted(), rules: undefined }, office)).toMatchObject({ code: 'WRONG_STAGE' });
    // Each of the two checked on its own: a case past the ballot whose ballot still reads open, and the reverse.
    expect(close({ ...twoVoted(), status: 'BALLOT_PENDING' }, office)).toMatchObject({ code: 'WRONG_STAGE' });
    expect(close({ ...twoVoted(), ballot: { ...twoVoted().ballot!, open: false } }, office)).toMatchObject({
      code: 'WRONG_STAGE',
    });
    expect(
      council.VoidBallot({ ...twoVoted(), status: 'BALLOT_PENDING' }, { type: 'VoidBallot' }, ctx(SYSTEM)),
    ).toMatchObject({ code: 'WRONG_STAGE' });
  });

  it('refuses before the quorum, saying how many took part and how many must', () => {
    const r = close(vote(ballotOpen(), 'm1'), office);
    expect(r).toMatchObject({ code: 'QUORUM_NOT_REACHED' });
    expect(isRefusal(r) && r.messageVi).toMatch(/1.*2/);
    // At the quorum exactly it closes.
    expect(close(twoVoted(), office)).toMatchObject([{ type: 'ReviewClosed' }]);
  });

  it('counts an unreadable ballot as taking part without approving, and keeps the seals sorted', () => {
    const revealed = { choices: ['APPROVE' as const], writtenOpinions: 0, invalid: 1, sealed: ['zz', 'aa'] };
    const events = close(twoVoted(), office, revealed);
    expect(events).toMatchObject([
      {
        type: 'ReviewClosed',
        data: {
          tally: { cast: 2, approve: 1, disapprove: 1, approvePercent: 50 },
          passed: false,
          sealedBallots: ['aa', 'zz'],
        },
      },
      { type: 'NominationRejected', data: { stage: 'COUNCIL_REVIEW', reasonCode: 'BALLOT_FAILED' } },
    ]);
  });

  it('closes with no choice revealed as a ballot nobody approved', () => {
    const events = council.CloseBallot(twoVoted(), { type: 'CloseBallot' }, ctx(office));
    expect(events).toMatchObject([
      { type: 'ReviewClosed', data: { tally: { cast: 0, approve: 0 }, passed: false, sealedBallots: [] } },
      { type: 'NominationRejected' },
    ]);
  });

  it('words the rejection by the first count for a history recorded with it: "trên" for more than, "từ" for at least', () => {
    const legacy = (s: NominationState, choices: ('APPROVE' | 'DISAPPROVE')[]) =>
      council.CloseBallot(
        s,
        { type: 'CloseBallot' },
        ctx(office, undefined, { revealed: reveal(choices), legacyBallotCount: true }),
      );
    expect(legacy(twoVoted(), ['APPROVE', 'DISAPPROVE'])).toMatchObject([
      { data: { passed: false } },
      { data: { reason: 'Không đạt tỷ lệ phiếu đồng ý (50%, cần trên 50%).' } },
    ]);
    const bk = run(
      ballotOpen({ awardCode: 'BK_TINH' }),
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    );
    expect(legacy(bk, ['APPROVE', 'DISAPPROVE'])).toMatchObject([
      { data: { passed: false } },
      { data: { reason: 'Không đạt tỷ lệ phiếu đồng ý (33.33%, cần từ 80%).' } },
    ]);
  });
});

describe('voiding the ballot', () => {
  it('is refused unless the case says its ballot is open and the ballot says so too', () => {
    const voidIt = (st: NominationState) => council.VoidBallot(st, { type: 'VoidBallot' }, ctx(SYSTEM));
    expect(voidIt(ballotOpen())).toMatchObject([{ type: 'BallotVoided' }]);
    expect(voidIt(appraised())).toMatchObject({ code: 'WRONG_STAGE' });
    expect(voidIt({ ...ballotOpen(), status: 'BALLOT_PENDING' })).toMatchObject({ code: 'WRONG_STAGE' });
    const b = ballotOpen();
    expect(voidIt({ ...b, ballot: { ...b.ballot!, open: false } })).toMatchObject({ code: 'WRONG_STAGE' });
    expect(council.VoidBallot(b, { type: 'VoidBallot' }, ctx(office))).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
  });
});

describe('what the refusals of the council and task commands name', () => {
  it('names the missing field in words, in both languages', () => {
    const r = council.AppraiseDossier(submitted(), { type: 'AppraiseDossier', opinion: ' ' }, ctx(office));
    expect(isRefusal(r) && `${r.messageVi} | ${r.messageEn}`).toMatch(/ý kiến thẩm định.*\| .*appraisal opinion/);
  });

  it('refuses a written opinion once the review stage is over, as the wrong stage', () => {
    const disclosed = run(
      ballotOpen(),
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    );
    const closed = step(disclosed, { type: 'CloseBallot' }, office, undefined, {
      revealed: reveal(['APPROVE', 'APPROVE']),
    }).state;
    expect(closed.stage).toBe('PUBLIC_DISCLOSURE');
    expect(
      council.RecordWrittenOpinion(
        closed,
        { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice: SEALED },
        ctx(office),
      ),
    ).toMatchObject({ code: 'WRONG_STAGE' });
  });

  it('refuses a written opinion for any one of several recused members, and takes the others', () => {
    const members = [...MEMBERS, { memberId: 'm5', unitId: 'SO-GD' }];
    const open = step(appraised(), { type: 'OpenBallot', members }, SYSTEM).state;
    expect(open.ballot!.recused.map((r) => r.memberId)).toEqual(['m4', 'm5']);
    const opinion = (memberId: string) =>
      council.RecordWrittenOpinion(open, { type: 'RecordWrittenOpinion', memberId, sealedChoice: SEALED }, ctx(office));
    expect(opinion('m4')).toMatchObject({ code: 'MEMBER_RECUSED' });
    expect(opinion('m5')).toMatchObject({ code: 'MEMBER_RECUSED' });
    expect(opinion('m3')).toMatchObject([{ type: 'WrittenOpinionRecorded' }]);
  });
});
