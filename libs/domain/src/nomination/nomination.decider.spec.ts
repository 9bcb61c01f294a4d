import { isRefusal } from '../refusal';
import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import { fold } from './nomination.evolve';
import {
  authority,
  ballotOpen,
  ctx,
  docs,
  drafted,
  lead,
  member,
  MEMBERS,
  NOW,
  office,
  officer,
  reveal,
  run,
  SEALED,
  start,
  step,
  submitted,
  SYSTEM,
  types,
  votedAndClosed,
} from './testing/fixtures';

const open = (events: NominationEvent[], type: string) =>
  events.find((e) => e.type === 'TaskOpened' && e.data.taskType === type);

describe('nomination decider: unit proposal', () => {
  it('submits a complete dossier: freezes the rules in force, starts the review clock, opens the appraisal task', () => {
    const { state, events } = step(start(), { type: 'SubmitDossier', documents: docs() }, officer);
    expect(types(events)).toEqual(['DossierSubmitted', 'SlaClockStarted', 'TaskOpened']);
    expect(state).toMatchObject({
      stage: 'COUNCIL_REVIEW',
      status: 'SUBMITTED',
      rules: { ruleSetId: 'VN-2025-07', award: { code: 'LDTT' }, procedure: { code: 'STANDARD' } },
    });
    // 10 working days counted from Wed 11/2, Tết 14–22/2 skipped: the budget ends with Tue 3/3/2026.
    expect(events[1]).toMatchObject({
      data: {
        stage: 'COUNCIL_REVIEW',
        budgetWorkingDays: 10,
        startedOn: '2026-02-10',
        deadline: '2026-03-03T17:00:00.000Z',
      },
    });
    expect(open(events, 'APPRAISE_DOSSIER')).toMatchObject({
      data: { candidateGroup: 'office:HD', dueAt: '2026-03-03T17:00:00.000Z', stage: 'COUNCIL_REVIEW' },
    });
  });

  it.each([
    ['a dossier missing a required document', start(), { documents: docs(['TO_TRINH']) }, {}, 'MISSING_DOCUMENTS'],
    ['a nominee without the rating LĐTT requires', start({ achievements: {} }), {}, {}, 'PREREQUISITE_NOT_MET'],
    [
      'a nominee on hold for discipline',
      start(),
      {},
      {
        holds: [
          {
            holdId: 'h',
            nomineeKey: 'CCCD-001',
            type: 'DISCIPLINE' as const,
            since: '2026-01-01',
            reference: 'QĐ 1/KL',
          },
        ],
      },
      'NOMINEE_ON_HOLD',
    ],
    [
      "an award the council's level cannot decide",
      start({ council: { councilId: 'HD', level: 'PROVINCE', authorityId: 'UBND' } }),
      {},
      {},
      'AUTHORITY_NOT_COMPETENT',
    ],
  ])('refuses %s, recording nothing', (_name, state, body, facts, code) => {
    const r = decide(
      state,
      { type: 'SubmitDossier', documents: docs(), ...body },
      ctx(officer, NOW, { facts: { registry: [], holds: [], pending: [], ...facts } }),
    );
    expect(r).toMatchObject({ refused: true, code });
    expect(isRefusal(r) && /[àáảãạăâđêôơư]/i.test(r.messageVi)).toBe(true);
  });

  it('refuses a unit over its quota: CSTĐ cơ sở ≤ 15 % of its LĐTT', () => {
    const cstd = start({
      awardCode: 'CSTD_CS',
      achievements: { ratings: [{ year: 2025, rating: 'HOAN_THANH_XUAT_SAC' }] },
    });
    const pending = [{ nominationId: 'x', awardCode: 'LDTT', year: 2025, kind: 'CONG_TRANG' as const }];
    const facts = (used: number) => ({
      registry: [],
      holds: [],
      pending,
      quota: { awardCode: 'CSTD_CS', used, base: 10 },
    });
    expect(
      decide(cstd, { type: 'SubmitDossier', documents: docs() }, ctx(officer, NOW, { facts: facts(1) })),
    ).toMatchObject({ code: 'OVER_QUOTA' });
    expect(
      isRefusal(decide(cstd, { type: 'SubmitDossier', documents: docs() }, ctx(officer, NOW, { facts: facts(0) }))),
    ).toBe(false);
  });

  it('refuses a submission by an officer of another unit', () => {
    expect(
      decide(start(), { type: 'SubmitDossier', documents: docs() }, ctx({ ...officer, unitId: 'SO-YT' })),
    ).toMatchObject({ code: 'NOT_OWN_UNIT', kind: 'FORBIDDEN' });
  });

  it('edits a draft, keeping the nominee in the filing unit and re-checking the award', () => {
    const { state } = step(
      start(),
      {
        type: 'EditDraft',
        changes: { nominee: { key: 'K2', name: 'Trần Văn B', subject: 'INDIVIDUAL', unitId: 'ELSEWHERE' } },
      },
      officer,
    );
    expect(state.nominee).toMatchObject({ key: 'K2', name: 'Trần Văn B', unitId: 'SO-GD' });
    expect(decide(start(), { type: 'EditDraft', changes: { awardCode: 'TTLDTT' } }, ctx(officer))).toMatchObject({
      code: 'WRONG_SUBJECT',
    });
  });

  it('pauses the review clock while the unit supplements: the deadline moves by exactly the paused working days', () => {
    const asked = step(
      submitted(),
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung biên bản' },
      office,
      '2026-02-11T02:00:00.000Z',
    );
    expect(types(asked.events)).toEqual([
      'SupplementRequested',
      'SlaClockPaused',
      'SlaClockStarted',
      'TaskClosed',
      'TaskOpened',
    ]);
    expect(asked.state).toMatchObject({ stage: 'UNIT_PROPOSAL', status: 'SUPPLEMENT_REQUESTED' });
    expect(open(asked.events, 'SUPPLEMENT_DOSSIER')).toMatchObject({ data: { candidateGroup: 'unit:SO-GD' } });
    const answered = step(
      asked.state,
      { type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) },
      officer,
      '2026-02-13T02:00:00.000Z',
    );
    expect(types(answered.events)).toEqual([
      'DossierSupplemented',
      'SlaClockResumed',
      'SlaClockStopped',
      'TaskClosed',
      'TaskOpened',
    ]);
    // Paused (11/2, 13/2]: Thursday and Friday, two working days → Tue 3/3 becomes Thu 5/3.
    expect(answered.events[1]).toMatchObject({ data: { on: '2026-02-13', deadline: '2026-03-05T17:00:00.000Z' } });
    expect(open(answered.events, 'APPRAISE_DOSSIER')).toMatchObject({ data: { dueAt: '2026-03-05T17:00:00.000Z' } });
  });

  it('withdraws before the decision stage, cancelling the open tasks and stopping the clocks', () => {
    const { state, events } = step(submitted(), { type: 'WithdrawNomination', reason: 'Đơn vị rút hồ sơ' }, officer);
    expect(types(events)).toEqual(['NominationWithdrawn', 'SlaClockStopped', 'TaskClosed']);
    expect(events[2]).toMatchObject({ data: { outcome: 'CANCELLED' } });
    expect(state).toMatchObject({ stage: 'CLOSED', outcome: 'WITHDRAWN', tasks: {}, clocks: {} });
  });
});

describe('nomination decider: council review (secret ballot)', () => {
  it('appraisal hands over to the workflow, which opens the ballot with the members of the day and records recusals', () => {
    const appraised = step(submitted(), { type: 'AppraiseDossier', opinion: 'Đạt' }, office);
    expect(appraised.state.status).toBe('BALLOT_PENDING');
    const opened = step(appraised.state, { type: 'OpenBallot', members: MEMBERS }, SYSTEM);
    expect(opened.events[0]).toMatchObject({
      type: 'ReviewOpened',
      data: { round: 1, recused: [{ memberId: 'm4' }], deadline: '2026-02-24T17:00:00.000Z' },
    });
    // One vote task per member who may vote, assigned to them; none for the recused member.
    const votes = opened.events.filter((e) => e.type === 'TaskOpened' && e.data.taskType === 'CAST_VOTE');
    expect(votes.map((e) => e.type === 'TaskOpened' && e.data.assignee)).toEqual(['m1', 'm2', 'm3']);
  });

  it('records who voted but never what: no choice in any event or in the state', () => {
    const { state, events } = step(ballotOpen(), { type: 'CastVote', sealedChoice: SEALED }, member('m1'));
    expect(events[0]).toEqual({ type: 'VoteCast', data: { ballotId: expect.any(String), memberId: 'm1' } });
    expect(JSON.stringify(state)).not.toMatch(/APPROVE|sealed/i);
    expect(types(events)).toEqual(['VoteCast', 'TaskClosed']);
  });

  it.each([
    [
      'a second vote by the same member',
      () => run(ballotOpen(), [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]),
      member('m1'),
      'ALREADY_VOTED',
    ],
    ['a vote by a recused member', ballotOpen, member('m4'), 'MEMBER_RECUSED'],
    ['a vote by someone outside the council', ballotOpen, member('x'), 'NOT_A_COUNCIL_MEMBER'],
    ['a vote after the close', () => votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']), member('m3'), 'WRONG_STAGE'],
  ])('refuses %s', (_name, state, actor, code) => {
    expect(decide(state(), { type: 'CastVote', sealedChoice: SEALED }, ctx(actor))).toMatchObject({ code });
  });

  it('names the stage and the status in words, never by their codes', () => {
    const refused = decide(
      votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']),
      { type: 'CastVote', sealedChoice: SEALED },
      ctx(member('m3')),
    );
    const { messageVi, messageEn } = refused as { messageVi: string; messageEn: string };
    expect(`${messageVi} ${messageEn}`).not.toMatch(/[A-Z]{3,}_[A-Z_]+|\b(DISCLOSURE|BALLOT|SUBMITTED|AWAITING)\b/);
    expect(messageVi).toMatch(/\((đang công khai|chờ công khai|chờ quyết định)\)/);
  });

  it("counts an absent member's written opinion toward the quorum, once", () => {
    const withOpinion = run(ballotOpen(), [
      { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice: SEALED },
      office,
    ]);
    expect(decide(withOpinion, { type: 'CastVote', sealedChoice: SEALED }, ctx(member('m3')))).toMatchObject({
      code: 'ALREADY_VOTED',
    });
    expect(decide(withOpinion, { type: 'CloseBallot' }, ctx(office))).toMatchObject({ code: 'QUORUM_NOT_REACHED' });
    const two = run(withOpinion, [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]);
    const closed = decide(
      two,
      { type: 'CloseBallot' },
      ctx(office, NOW, { revealed: reveal(['APPROVE', 'APPROVE'], 1) }),
    ) as NominationEvent[];
    expect(closed[0]).toMatchObject({
      type: 'ReviewClosed',
      data: { tally: { present: 1, writtenOpinions: 1, cast: 2, eligible: 3 }, passed: true },
    });
  });

  it('passes by the frozen rule and opens a 10-working-day disclosure that skips Tết 2026', () => {
    const state = votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE', 'DISAPPROVE']);
    expect(state).toMatchObject({
      stage: 'PUBLIC_DISCLOSURE',
      status: 'DISCLOSURE_OPEN',
      tally: { approve: 2, disapprove: 1, approvePercent: 66.67, passed: true },
    });
    expect(state.disclosure).toMatchObject({ workingDays: 10, endsAt: '2026-03-03T17:00:00.000Z' });
    expect(Object.values(state.clocks)).toEqual([]);
  });

  it('rejects when the ballot fails, closing the remaining tasks', () => {
    const state = votedAndClosed(ballotOpen(), ['APPROVE', 'DISAPPROVE']);
    expect(state).toMatchObject({
      stage: 'CLOSED',
      outcome: 'REJECTED',
      rejection: { reasonCode: 'BALLOT_FAILED' },
      tasks: {},
    });
  });
});

describe('nomination decider: disclosure, objections and the decision', () => {
  const disclosed = () => votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']);
  const after = '2026-03-03T17:00:00.000Z';
  const award = { type: 'IssueDecision' as const, decisionNumber: '12/QĐ-SGD', decisionDate: '2026-03-05' };

  it('takes an objection from the public as a high-priority task, and holds the decision until it is resolved', () => {
    const objected = step(
      disclosed(),
      { type: 'FileObjection', objectionId: 'o1', content: 'Thành tích kê khai chưa đúng thực tế.' },
      { userId: 'public', role: 'PUBLIC' },
    );
    expect(open(objected.events, 'RESOLVE_OBJECTION')).toMatchObject({
      data: { priority: 2, candidateGroup: 'office:HD' },
    });
    const ended = run(objected.state, [{ type: 'CloseDisclosure' }, SYSTEM, after]);
    expect(ended.status).toBe('AWAITING_DECISION');
    expect(decide(ended, award, ctx(authority, '2026-03-05T03:00:00.000Z'))).toMatchObject({
      code: 'OBJECTION_UNRESOLVED',
    });
    const dismissed = run(ended, [
      { type: 'ResolveObjection', objectionId: 'o1', outcome: 'DISMISSED', note: 'Đã xác minh, thành tích đúng.' },
      office,
    ]);
    expect(step(dismissed, award, authority, '2026-03-05T03:00:00.000Z').state).toMatchObject({
      outcome: 'AWARDED',
      decision: { decisionNumber: '12/QĐ-SGD', byHigherLevel: false },
    });
  });

  it('sends an upheld objection back to the council for a second ballot, then on to the decision', () => {
    const ended = run(
      disclosed(),
      [{ type: 'FileObjection', objectionId: 'o1', content: 'Người được đề nghị đang bị kỷ luật.' }, SYSTEM],
      [{ type: 'CloseDisclosure' }, SYSTEM, after],
    );
    const upheld = run(ended, [
      { type: 'ResolveObjection', objectionId: 'o1', outcome: 'UPHELD', note: 'Cần Hội đồng xem xét lại.' },
      office,
    ]);
    expect(upheld.status).toBe('BALLOT_PENDING');
    const second = run(upheld, [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM]);
    expect(second.ballot).toMatchObject({ round: 2, voters: [] });
    expect(votedAndClosed(second, ['APPROVE', 'APPROVE'])).toMatchObject({ status: 'AWAITING_DECISION' });
  });

  it('refuses a decision during the disclosure, saying until when in Việt Nam time', () => {
    expect(decide(disclosed(), award, ctx(authority))).toMatchObject({
      code: 'DISCLOSURE_NOT_ENDED',
      messageVi: expect.stringContaining('00:00 04/03/2026'),
    });
  });

  it("makes an authority that cannot decide the award forward it, and records the higher level's decision", () => {
    // 80 % of all members: a nominee whose unit has no seat on the council, so all 4 vote (3 of 4 would fail).
    const nominee = { key: 'CCCD-002', name: 'Trần Văn Minh', subject: 'INDIVIDUAL' as const, unitId: 'THPT-A' };
    const bk = (over = {}) => ({ awardCode: 'BK_TINH', nominee, ...over });
    const ended = run(votedAndClosed(ballotOpen(bk()), ['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']), [
      { type: 'CloseDisclosure' },
      SYSTEM,
      after,
    ]);
    expect(decide(ended, award, ctx(authority, after))).toMatchObject({ code: 'AUTHORITY_MUST_FORWARD' });
    const forwarded = step(ended, { type: 'ForwardToHigherLevel', note: 'Trình UBND Thành phố' }, authority, after);
    expect(forwarded.state).toMatchObject({
      status: 'FORWARDED',
      forwarded: { fromLevel: 'DEPARTMENT', toLevel: 'PROVINCE' },
    });
    expect(open(forwarded.events, 'RECORD_HIGHER_DECISION')).toBeDefined();
    const done = step(
      forwarded.state,
      {
        type: 'RecordHigherDecision',
        outcome: 'AWARD',
        decisionNumber: '900/QĐ-UBND',
        decisionDate: '2026-03-04',
        signerName: 'Chủ tịch UBND TP',
      },
      office,
      after,
    );
    expect(done.state).toMatchObject({ outcome: 'AWARDED', decision: { level: 'PROVINCE', byHigherLevel: true } });
  });
});

describe('nomination decider: procedures follow the rules, not a fixed order', () => {
  it("publishes an order's list before the council votes (Decree 152 art. 44.2)", () => {
    const hc = start({
      awardCode: 'HC_LD_3',
      council: { councilId: 'HD', level: 'PROVINCE', authorityId: 'UBND' },
      achievements: {},
      nominee: { key: 'T1', name: 'Trường Tiểu học A', subject: 'COLLECTIVE', unitId: 'SO-GD' },
    });
    const appraised = run(
      hc,
      [{ type: 'SubmitDossier', documents: docs() }, officer],
      [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
    );
    expect(appraised.status).toBe('DISCLOSURE_OPEN');
    const ended = run(appraised, [{ type: 'CloseDisclosure' }, SYSTEM, '2026-03-04T00:00:00.000Z']);
    expect(ended.status).toBe('BALLOT_PENDING');
  });

  it('skips ballot and disclosure for an extraordinary award (simplified procedure, Law art. 85)', () => {
    const fast = start({ awardCode: 'GIAY_KHEN', kind: 'DOT_XUAT' });
    const submittedFast = step(
      fast,
      { type: 'SubmitDossier', documents: docs(['TO_TRINH', 'BAO_CAO_TOM_TAT']) },
      officer,
    );
    expect(submittedFast.events[1]).toMatchObject({ type: 'SlaClockStarted', data: { budgetWorkingDays: 5 } });
    const appraised = run(submittedFast.state, [
      { type: 'AppraiseDossier', opinion: 'Thành tích đột xuất xuất sắc' },
      office,
    ]);
    expect(appraised).toMatchObject({ stage: 'FINAL_DECISION', status: 'AWAITING_DECISION' });
  });

  it('keeps the rules frozen at receipt: a later rule set does not change a received case', () => {
    const received = submitted();
    const stricter = structuredClone(received.rules!);
    const newer = {
      ...ctx(office).ruleSet,
      id: 'VN-2027',
      version: 2,
      awards: {
        ...ctx(office).ruleSet.awards,
        LDTT: {
          ...stricter.award,
          ballot: {
            ...stricter.award.ballot,
            comparison: 'AT_LEAST' as const,
            percent: 100,
            denominator: 'ALL_MEMBERS' as const,
          },
        },
      },
    };
    const opened = run(
      received,
      [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
      [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM],
    );
    const voted = run(
      opened,
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
      [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    );
    const closed = decide(
      voted,
      { type: 'CloseBallot' },
      { ...ctx(office), ruleSet: newer, revealed: reveal(['APPROVE', 'DISAPPROVE']) },
    ) as NominationEvent[];
    // 1 of 2 present is not a majority under either rule; 2 of 3 passes the frozen one, not the newer 100 %.
    expect(closed[0]).toMatchObject({ data: { passed: false, tally: { rule: { percent: 50 } } } });
    const voted3 = run(voted, [{ type: 'CastVote', sealedChoice: SEALED }, member('m3')]);
    const passed = decide(
      voted3,
      { type: 'CloseBallot' },
      { ...ctx(office), ruleSet: newer, revealed: reveal(['APPROVE', 'APPROVE', 'DISAPPROVE']) },
    ) as NominationEvent[];
    expect(passed[0]).toMatchObject({
      data: { passed: true, tally: { rule: { percent: 50, denominator: 'MEMBERS_PRESENT' } } },
    });
  });
});

describe('nomination decider: the task queue', () => {
  const taskOf = (s = submitted()) => Object.values(s.tasks)[0];

  it('lets one person claim a task; a second claimer is refused; release returns it to the group', () => {
    const s = submitted();
    const t = taskOf(s);
    const claimed = step(s, { type: 'ClaimTask', taskId: t.taskId }, office);
    expect(claimed.state.tasks[t.taskId].claimedBy).toBe('ban');
    expect(
      decide(claimed.state, { type: 'ClaimTask', taskId: t.taskId }, ctx({ ...office, userId: 'ban-2' })),
    ).toMatchObject({ code: 'TASK_ALREADY_CLAIMED' });
    expect(
      decide(claimed.state, { type: 'AppraiseDossier', opinion: 'Đạt' }, ctx({ ...office, userId: 'ban-2' })),
    ).toMatchObject({ code: 'TASK_CLAIMED_BY_OTHER' });
    expect(
      decide(claimed.state, { type: 'ReleaseTask', taskId: t.taskId }, ctx({ ...office, userId: 'ban-2' })),
    ).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(
      step(claimed.state, { type: 'ReleaseTask', taskId: t.taskId }, office).state.tasks[t.taskId].claimedBy,
    ).toBeUndefined();
  });

  it('refuses a claim from outside the candidate group', () => {
    expect(decide(submitted(), { type: 'ClaimTask', taskId: taskOf().taskId }, ctx(officer))).toMatchObject({
      code: 'NOT_IN_CANDIDATE_GROUP',
    });
  });

  it('lets the head of the office reassign, and a holder delegate while staying the owner', () => {
    const s = submitted();
    const t = taskOf(s);
    expect(decide(s, { type: 'ReassignTask', taskId: t.taskId, assignee: 'ban-2' }, ctx(office))).toMatchObject({
      code: 'NOT_OFFICE_LEAD',
    });
    const reassigned = step(s, { type: 'ReassignTask', taskId: t.taskId, assignee: 'ban-2' }, lead).state;
    expect(reassigned.tasks[t.taskId]).toMatchObject({ assignee: 'ban-2', claimedBy: 'ban-2' });
    const delegated = step(
      reassigned,
      { type: 'DelegateTask', taskId: t.taskId, to: 'ban-3' },
      { ...office, userId: 'ban-2' },
    ).state;
    expect(delegated.tasks[t.taskId]).toMatchObject({ assignee: 'ban-3', owner: 'ban-2', claimedBy: 'ban-3' });
  });

  it('closes a task as completed by its matching command, with a fresh id when the slot opens again', () => {
    const s = submitted();
    const first = taskOf(s).taskId;
    const asked = step(s, { type: 'RequestSupplement', missing: ['X'], note: 'Bổ sung' }, office);
    expect(asked.events.find((e) => e.type === 'TaskClosed')).toMatchObject({
      data: { taskId: first, outcome: 'COMPLETED', by: 'ban' },
    });
    const back = run(asked.state, [{ type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) }, officer]);
    expect(taskOf(back).taskId).toBe(first.replace('#1', '#2'));
  });
});

describe('nomination decider: SLA clocks', () => {
  const tick = (s: ReturnType<typeof submitted>, now: string) =>
    decide(s, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[];

  it('warns at 75 % and breaches at 100 % of the working-day budget, around Tết 2026', () => {
    const s = submitted();
    expect(tick(s, '2026-02-27T16:59:59.000Z')).toEqual([]);
    // 10 days → warning after the 8th working day (Fri 27/2), breach after the 10th (Tue 3/3).
    expect(types(tick(s, '2026-02-27T17:00:00.000Z'))).toEqual(['SlaWarning']);
    const breached = tick(fold(tick(s, '2026-02-27T17:00:00.000Z'), s), '2026-03-03T17:00:00.000Z');
    expect(types(breached)).toEqual(['SlaBreached', 'EscalationRaised', 'TaskOpened']);
    expect(breached[1]).toMatchObject({ data: { level: 'OFFICE_LEAD', window: 1 } });
    expect(breached[2]).toMatchObject({
      data: { taskType: 'ESCALATION', candidateGroup: 'office-lead:HD', priority: 1 },
    });
  });

  it('escalates one level higher in the next breach window, and closes escalations when the stage ends', () => {
    const s = submitted();
    const first = fold(tick(s, '2026-03-03T17:00:00.000Z'), s);
    // Window of 5 more working days: 4, 5, 6, 9, 10/3 → second breach after Tue 10/3.
    const second = tick(first, '2026-03-10T17:00:00.000Z');
    expect(second.find((e) => e.type === 'EscalationRaised')).toMatchObject({
      data: { level: 'COUNCIL_CHAIR', window: 2 },
    });
    const escalated = fold(second, first);
    // The review stage is still overdue once the ballot opens: the escalations stay open…
    const balloting = run(
      escalated,
      [{ type: 'AppraiseDossier', opinion: 'Đạt' }, office],
      [{ type: 'OpenBallot', members: MEMBERS }, SYSTEM],
    );
    expect(Object.values(balloting.tasks).filter((t) => t.type === 'ESCALATION')).toHaveLength(2);
    // …and close, completed, when the council's vote moves the case to its disclosure.
    const moved = votedAndClosed(balloting, ['APPROVE', 'APPROVE'], '2026-03-11T03:00:00.000Z');
    expect(moved.status).toBe('DISCLOSURE_OPEN');
    expect(Object.values(moved.tasks).filter((t) => t.type === 'ESCALATION')).toEqual([]);
  });

  it('moves deadlines when an extension is granted by the head of the office', () => {
    const s = submitted();
    expect(decide(s, { type: 'ExtendSla', extraWorkingDays: 2, reason: 'Chờ hiệp y' }, ctx(office))).toMatchObject({
      code: 'NOT_OFFICE_LEAD',
    });
    expect(decide(s, { type: 'ExtendSla', extraWorkingDays: 0, reason: 'x' }, ctx(lead))).toMatchObject({
      code: 'INVALID_EXTENSION',
    });
    const { events } = step(s, { type: 'ExtendSla', extraWorkingDays: 2, reason: 'Chờ ý kiến hiệp y' }, lead);
    expect(events[0]).toMatchObject({
      type: 'SlaClockRescheduled',
      data: { budgetWorkingDays: 12, deadline: '2026-03-05T17:00:00.000Z' },
    });
  });
});

describe('nomination decider: closed cases', () => {
  it('refuses every command once the case is closed', () => {
    const closed = votedAndClosed(ballotOpen(), ['DISAPPROVE', 'DISAPPROVE']);
    expect(decide(closed, { type: 'WithdrawNomination', reason: 'x' }, ctx(officer))).toMatchObject({
      code: 'NOMINATION_CLOSED',
    });
    expect(drafted().type).toBe('NominationDrafted');
  });
});
