import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import { fold } from './nomination.evolve';
import type { NominationState, TaskState } from './nomination.state';
import {
  ballotOpen,
  ctx,
  docs,
  lead,
  member,
  office,
  officer,
  SEALED,
  step,
  submitted,
  SYSTEM,
  votedAndClosed,
} from './testing/fixtures';

const tasksOf = (s: NominationState, type: TaskState['type']) => Object.values(s.tasks).filter((t) => t.type === type);
const voteOf = (s: NominationState, memberId: string) => tasksOf(s, 'CAST_VOTE').find((t) => t.assignee === memberId)!;
const tick = (s: NominationState, now: string) =>
  fold(decide(s, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[], s);
const office2 = { ...office, userId: 'ban-2' };
const office3 = { ...office, userId: 'ban-3' };

describe('the task queue: vote tasks belong to their member', () => {
  it("given an open ballot, when the head of the office reassigns a member's vote task, then it is refused", () => {
    const s = ballotOpen();
    const vote = voteOf(s, 'm1');
    expect(decide(s, { type: 'ReassignTask', taskId: vote.taskId, assignee: 'm2' }, ctx(lead))).toMatchObject({
      refused: true,
      code: 'ACTION_NOT_PERMITTED',
    });
    // The same head of the office may reassign other work.
    expect(
      decide(
        submitted(),
        { type: 'ReassignTask', taskId: tasksOf(submitted(), 'APPRAISE_DOSSIER')[0]!.taskId, assignee: 'ban-2' },
        ctx(lead),
      ),
    ).toEqual([expect.objectContaining({ type: 'TaskAssigned' })]);
  });

  it('given a member holding their vote task, when they delegate it, then it is refused', () => {
    const s = step(ballotOpen(), { type: 'ClaimTask', taskId: voteOf(ballotOpen(), 'm1').taskId }, member('m1')).state;
    expect(
      decide(s, { type: 'DelegateTask', taskId: voteOf(s, 'm1').taskId, to: 'm2' }, ctx(member('m1'))),
    ).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
  });

  it('given a member who claimed their vote task, when they release it, then it stays assigned to them', () => {
    const s = ballotOpen();
    const vote = voteOf(s, 'm1');
    const claimed = step(s, { type: 'ClaimTask', taskId: vote.taskId }, member('m1')).state;
    expect(claimed.tasks[vote.taskId]).toMatchObject({ claimedBy: 'm1', assignee: 'm1' });
    const released = step(claimed, { type: 'ReleaseTask', taskId: vote.taskId }, member('m1'));
    expect(released.events[0]).toEqual({ type: 'TaskReleased', data: { taskId: vote.taskId, userId: 'm1' } });
    expect(released.state.tasks[vote.taskId]).toMatchObject({ assignee: 'm1' });
    expect(released.state.tasks[vote.taskId]!.claimedBy).toBeUndefined();
    // Nobody else may take it up.
    expect(decide(released.state, { type: 'ClaimTask', taskId: vote.taskId }, ctx(member('m2')))).toMatchObject({
      code: 'NOT_IN_CANDIDATE_GROUP',
    });
  });

  it('given a released office task, then it goes back to the whole group: no assignee, no owner', () => {
    const s = submitted();
    const task = tasksOf(s, 'APPRAISE_DOSSIER')[0]!;
    const delegated = [
      [{ type: 'ClaimTask', taskId: task.taskId }, office],
      [{ type: 'DelegateTask', taskId: task.taskId, to: 'ban-2' }, office],
    ].reduce((st, [c, a]) => step(st, c as never, a as never).state, s);
    const released = step(delegated, { type: 'ReleaseTask', taskId: task.taskId }, office2).state;
    expect(released.tasks[task.taskId]).toEqual({
      ...task,
      assignee: undefined,
      owner: undefined,
      claimedBy: undefined,
    });
  });
});

describe('the task queue: delegation keeps the owner', () => {
  it('given a delegated task, when the delegate delegates it again, then the original holder stays its owner', () => {
    const s = submitted();
    const task = tasksOf(s, 'APPRAISE_DOSSIER')[0]!;
    const claimed = step(s, { type: 'ClaimTask', taskId: task.taskId }, office).state;
    const once = step(claimed, { type: 'DelegateTask', taskId: task.taskId, to: ' ban-2 ' }, office);
    expect(once.events[0]).toEqual({
      type: 'TaskAssigned',
      data: { taskId: task.taskId, assignee: 'ban-2', owner: 'ban', by: 'ban', mode: 'DELEGATE' },
    });
    const twice = step(once.state, { type: 'DelegateTask', taskId: task.taskId, to: 'ban-3' }, office2);
    expect(twice.events[0]).toMatchObject({ data: { assignee: 'ban-3', owner: 'ban', by: 'ban-2' } });
    expect(twice.state.tasks[task.taskId]).toMatchObject({ assignee: 'ban-3', owner: 'ban', claimedBy: 'ban-3' });
  });

  it('refuses a delegation by someone not holding the task, to nobody, or to oneself', () => {
    const s = submitted();
    const task = tasksOf(s, 'APPRAISE_DOSSIER')[0]!;
    const claimed = step(s, { type: 'ClaimTask', taskId: task.taskId }, office).state;
    const delegate = (to: string, actor = office) =>
      decide(claimed, { type: 'DelegateTask', taskId: task.taskId, to }, ctx(actor));
    expect(delegate('ban-2', office3)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(delegate('  ')).toMatchObject({ code: 'FIELD_REQUIRED', field: 'to' });
    expect(delegate(' ban ')).toMatchObject({ code: 'FIELD_REQUIRED', field: 'to' });
    expect(decide(claimed, { type: 'DelegateTask', taskId: 'nope', to: 'ban-2' }, ctx(office))).toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
  });

  it('lets the head of the office reassign with the assignee trimmed, and drops the owner', () => {
    const s = submitted();
    const task = tasksOf(s, 'APPRAISE_DOSSIER')[0]!;
    const delegated = step(
      step(s, { type: 'ClaimTask', taskId: task.taskId }, office).state,
      { type: 'DelegateTask', taskId: task.taskId, to: 'ban-2' },
      office,
    ).state;
    const reassigned = step(delegated, { type: 'ReassignTask', taskId: task.taskId, assignee: ' ban-3 ' }, lead);
    expect(reassigned.events[0]).toEqual({
      type: 'TaskAssigned',
      data: { taskId: task.taskId, assignee: 'ban-3', by: 'truong-ban', mode: 'REASSIGN' },
    });
    expect(reassigned.state.tasks[task.taskId]).toMatchObject({ assignee: 'ban-3', claimedBy: 'ban-3' });
    expect(reassigned.state.tasks[task.taskId]!.owner).toBeUndefined();
    expect(decide(delegated, { type: 'ReassignTask', taskId: task.taskId, assignee: ' ' }, ctx(lead))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'assignee',
    });
  });
});

describe('the task queue: due dates', () => {
  it("given an open ballot, then each vote task is due at the ballot's deadline, not the stage clock's", () => {
    const s = ballotOpen();
    const clock = Object.values(s.clocks)[0]!;
    expect(s.ballot!.deadline).not.toBe(clock.deadline);
    expect(tasksOf(s, 'CAST_VOTE').map((t) => t.dueAt)).toEqual([
      s.ballot!.deadline,
      s.ballot!.deadline,
      s.ballot!.deadline,
    ]);
    // A clock event while the ballot is open (its warning) re-dates the stage's tasks, but not the votes.
    const warned = tick(s, clock.warningAt!);
    expect(Object.values(warned.clocks)[0]).toMatchObject({ warned: true });
    expect(tasksOf(warned, 'CAST_VOTE').map((t) => t.dueAt)).toEqual(tasksOf(s, 'CAST_VOTE').map((t) => t.dueAt));
  });

  it('given a breach, then the escalation task has no due date of its own, even when the clock moves', () => {
    const s = submitted();
    const clock = Object.values(s.clocks)[0]!;
    const breached = tick(tick(s, clock.warningAt!), clock.deadline!);
    const [escalation] = tasksOf(breached, 'ESCALATION');
    expect(escalation).toMatchObject({ priority: 1, stage: 'COUNCIL_REVIEW' });
    expect(escalation!.dueAt).toBeUndefined();
    // An extension moves the review clock: the appraisal follows it, the escalation does not.
    const extended = step(
      breached,
      { type: 'ExtendSla', extraWorkingDays: 3, reason: 'Chờ hiệp y' },
      lead,
      clock.deadline!,
    ).state;
    const moved = Object.values(extended.clocks)[0]!.deadline;
    expect(moved).not.toBe(clock.deadline);
    expect(tasksOf(extended, 'APPRAISE_DOSSIER')[0]!.dueAt).toBe(moved);
    expect(tasksOf(extended, 'ESCALATION')[0]!.dueAt).toBeUndefined();
  });

  it('given an objection, then its task is due when the disclosure ends, whatever the clocks do', () => {
    const open = votedAndClosed(ballotOpen(), ['APPROVE', 'APPROVE']);
    expect(open.status).toBe('DISCLOSURE_OPEN');
    const objected = step(
      open,
      { type: 'FileObjection', objectionId: 'o1', content: 'Thành tích chưa đúng.' },
      { userId: 'public', role: 'PUBLIC' },
    ).state;
    expect(tasksOf(objected, 'RESOLVE_OBJECTION')[0]!.dueAt).toBe(objected.disclosure!.endsAt);
  });
});

describe('the secret ballot: a written opinion is sealed too', () => {
  it.each([
    ['a choice in clear', 'APPROVE'],
    ['too short to be a sealed ballot', 'abc'],
    ['characters outside base64url', `${SEALED}+/=`],
    ['too long', 'a'.repeat(513)],
  ])('refuses a written opinion with %s', (_name, sealedChoice) => {
    expect(
      decide(ballotOpen(), { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice }, ctx(office)),
    ).toMatchObject({ refused: true, code: 'SEALED_BALLOT_INVALID' });
  });

  it('takes a sealed written opinion from the office for a member who may vote, once', () => {
    const s = ballotOpen();
    const recorded = step(s, { type: 'RecordWrittenOpinion', memberId: 'm3', sealedChoice: 'a'.repeat(512) }, office);
    expect(recorded.events[0]).toEqual({
      type: 'WrittenOpinionRecorded',
      data: { ballotId: s.ballot!.ballotId, memberId: 'm3', recordedBy: 'ban' },
    });
    const again = { type: 'RecordWrittenOpinion' as const, memberId: 'm3', sealedChoice: SEALED };
    expect(decide(recorded.state, again, ctx(office))).toMatchObject({ code: 'ALREADY_VOTED' });
    expect(decide(s, { ...again, memberId: 'm4' }, ctx(office))).toMatchObject({ code: 'MEMBER_RECUSED' });
    expect(decide(s, { ...again, memberId: 'x' }, ctx(office))).toMatchObject({ code: 'NOT_A_COUNCIL_MEMBER' });
    expect(decide(s, again, ctx(member('m1')))).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
  });
});

describe('the task queue: back from a supplement', () => {
  it('given the office asked for a supplement, when the unit supplements, then the appraisal returns to the officer who asked', () => {
    const asked = step(submitted(), { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Bổ sung' }, office2);
    expect(asked.state.supplement).toMatchObject({ requestedBy: 'ban-2' });
    const back = step(asked.state, { type: 'SupplementDossier', documents: docs(['BIEN_BAN_HOP']) }, officer);
    const appraisal = tasksOf(back.state, 'APPRAISE_DOSSIER');
    expect(appraisal).toHaveLength(1);
    expect(appraisal[0]).toMatchObject({ assignee: 'ban-2', candidateGroup: 'office:HD' });
  });
});
