import { isRefusal } from '../refusal';
import { taskCommands } from './decide-tasks';
import type { Actor } from './nomination.commands';
import type { NominationState, TaskState } from './nomination.state';
import { ballotOpen, ctx, lead, member, office, officer, step, submitted } from './testing/fixtures';

// The task commands one by one, on the events they decide (before derive adds anything).
const admin: Actor = { userId: 'qtv', role: 'ADMIN' };
const office2: Actor = { ...office, userId: 'ban-2' };
const office3: Actor = { ...office, userId: 'ban-3' };
const otherLead: Actor = { ...lead, userId: 'truong-ban-khac', councilId: 'HD-KHAC' };
const chair: Actor = { ...member('m1'), lead: true };
const appraisal = (s: NominationState) => Object.values(s.tasks).find((t) => t.type === 'APPRAISE_DOSSIER')!;
const voteOf = (s: NominationState, m: string) =>
  Object.values(s.tasks).find((t) => t.type === 'CAST_VOTE' && t.assignee === m)!;
const claimedBy = (s: NominationState, t: TaskState, a: Actor) =>
  step(s, { type: 'ClaimTask', taskId: t.taskId }, a).state;

// The submitted case, its appraisal task, and that task held by the office. Built in a hook, not while the
// tests are collected: a fixture that breaks fails the tests, not the file.
let s: NominationState;
let t: TaskState;
let held: NominationState;
beforeAll(() => {
  s = submitted();
  t = appraisal(s);
  held = claimedBy(s, t, office);
});

describe('claiming a task', () => {
  const claim = (a: Actor, st = s, taskId = t.taskId) =>
    taskCommands.ClaimTask(st, { type: 'ClaimTask', taskId }, ctx(a));

  it('gives it to a member of its group, by name', () => {
    expect(claim(office)).toEqual([{ type: 'TaskClaimed', data: { taskId: t.taskId, userId: 'ban' } }]);
  });

  it('records nothing when the holder claims it again', () => {
    expect(claim(office, claimedBy(s, t, office))).toEqual([]);
  });

  it('refuses somebody else while it is held, naming the holder', () => {
    const r = claim(office2, claimedBy(s, t, office));
    expect(r).toMatchObject({ code: 'TASK_ALREADY_CLAIMED' });
    expect(isRefusal(r) && r.messageVi).toContain('ban');
  });

  it('refuses an unknown task and anyone outside the group', () => {
    expect(claim(office, s, 'nope')).toMatchObject({ code: 'TASK_NOT_FOUND' });
    expect(claim(officer)).toMatchObject({ code: 'NOT_IN_CANDIDATE_GROUP' });
  });

  it('lets a member claim their own vote task, and nobody else of the council', () => {
    const b = ballotOpen();
    const vote = voteOf(b, 'm1');
    expect(claim(member('m1'), b, vote.taskId)).toEqual([
      { type: 'TaskClaimed', data: { taskId: vote.taskId, userId: 'm1' } },
    ]);
    expect(claim(member('m2'), b, vote.taskId)).toMatchObject({ code: 'NOT_IN_CANDIDATE_GROUP' });
  });
});

describe('releasing a task', () => {
  const release = (a: Actor, st = held, taskId = t.taskId) =>
    taskCommands.ReleaseTask(st, { type: 'ReleaseTask', taskId }, ctx(a));

  it('lets the holder release it', () => {
    expect(release(office)).toEqual([{ type: 'TaskReleased', data: { taskId: t.taskId, userId: 'ban' } }]);
  });

  it("lets the head of the office or an administrator release somebody else's task, recording its holder", () => {
    expect(release(lead)).toEqual([{ type: 'TaskReleased', data: { taskId: t.taskId, userId: 'ban' } }]);
    expect(release(admin)).toEqual([{ type: 'TaskReleased', data: { taskId: t.taskId, userId: 'ban' } }]);
  });

  it('refuses anyone else, a task nobody holds, and an unknown task', () => {
    expect(release(office2)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(release(otherLead)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(release(office, s)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(release(lead, s)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(release(office, held, 'nope')).toMatchObject({ code: 'TASK_NOT_FOUND' });
  });
});

describe('reassigning a task', () => {
  const reassign = (a: Actor, assignee: string | undefined, st = s, taskId = t.taskId) =>
    taskCommands.ReassignTask(st, { type: 'ReassignTask', taskId, assignee: assignee as string }, ctx(a));

  it('is for the head of this office or an administrator only', () => {
    expect(reassign(lead, 'ban-2')).toEqual([
      { type: 'TaskAssigned', data: { taskId: t.taskId, assignee: 'ban-2', by: 'truong-ban', mode: 'REASSIGN' } },
    ]);
    expect(reassign(admin, 'ban-2')).toEqual([
      { type: 'TaskAssigned', data: { taskId: t.taskId, assignee: 'ban-2', by: 'qtv', mode: 'REASSIGN' } },
    ]);
    for (const a of [office, otherLead, chair, officer])
      expect(reassign(a, 'ban-2')).toMatchObject({ code: 'NOT_OFFICE_LEAD' });
    // Who may not reassign learns nothing of which tasks exist.
    expect(reassign(office, 'ban-2', s, 'nope')).toMatchObject({ code: 'NOT_OFFICE_LEAD' });
  });

  it('refuses an unknown task and a missing or blank assignee', () => {
    expect(reassign(lead, 'ban-2', s, 'nope')).toMatchObject({ code: 'TASK_NOT_FOUND' });
    expect(reassign(lead, undefined)).toMatchObject({ code: 'FIELD_REQUIRED', field: 'assignee' });
    const blank = reassign(lead, ' \t');
    expect(blank).toMatchObject({ code: 'FIELD_REQUIRED', field: 'assignee' });
    expect(isRefusal(blank) && `${blank.messageVi} | ${blank.messageEn}`).toMatch(/người được giao.*\| .*assignee/);
  });

  it("refuses to move a member's vote task to anybody, even for an administrator", () => {
    const b = ballotOpen();
    const vote = voteOf(b, 'm1');
    for (const a of [lead, admin]) {
      const r = reassign(a, 'm2', b, vote.taskId);
      expect(r).toMatchObject({ refused: true, code: 'ACTION_NOT_PERMITTED' });
      expect(isRefusal(r) && r.messageVi).toContain(a.userId);
    }
    // A claimed vote task stays with its member too.
    const claimed = claimedBy(b, vote, member('m1'));
    expect(reassign(lead, 'm2', claimed, vote.taskId)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(claimed.tasks[vote.taskId]).toMatchObject({ assignee: 'm1', claimedBy: 'm1' });
  });
});

describe('delegating a task', () => {
  const delegate = (a: Actor, to: string | undefined, st = held, taskId = t.taskId) =>
    taskCommands.DelegateTask(st, { type: 'DelegateTask', taskId, to: to as string }, ctx(a));

  it('hands it on, trimmed, with the holder as its owner', () => {
    expect(delegate(office, ' ban-2 ')).toEqual([
      {
        type: 'TaskAssigned',
        data: { taskId: t.taskId, assignee: 'ban-2', owner: 'ban', by: 'ban', mode: 'DELEGATE' },
      },
    ]);
  });

  it('keeps the first owner however many times the task is handed on', () => {
    const once = step(held, { type: 'DelegateTask', taskId: t.taskId, to: 'ban-2' }, office).state;
    const twice = step(once, { type: 'DelegateTask', taskId: t.taskId, to: 'ban-3' }, office2).state;
    expect(delegate(office3, 'ban-4', twice)).toEqual([
      {
        type: 'TaskAssigned',
        data: { taskId: t.taskId, assignee: 'ban-4', owner: 'ban', by: 'ban-3', mode: 'DELEGATE' },
      },
    ]);
    // Back to the owner: still the owner.
    expect(delegate(office3, 'ban', twice)).toMatchObject([{ data: { assignee: 'ban', owner: 'ban' } }]);
    expect(twice.tasks[t.taskId]).toMatchObject({ owner: 'ban', assignee: 'ban-3', claimedBy: 'ban-3' });
  });

  it('refuses an unknown task, a task one does not hold, and a missing delegate', () => {
    expect(delegate(office, 'ban-2', held, 'nope')).toMatchObject({ code: 'TASK_NOT_FOUND' });
    expect(delegate(office2, 'ban-3')).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    expect(delegate(office, 'ban-2', s)).toMatchObject({ code: 'TASK_NOT_CLAIMED' });
    const nobody = delegate(office, undefined);
    expect(nobody).toMatchObject({ code: 'FIELD_REQUIRED', field: 'to' });
    expect(isRefusal(nobody) && `${nobody.messageVi} | ${nobody.messageEn}`).toMatch(
      /người được ủy quyền \(khác bạn\).*\| .*delegate \(someone else\)/,
    );
  });

  it('refuses to hand on a vote task, claimed or not', () => {
    const b = ballotOpen();
    const vote = voteOf(b, 'm1');
    expect(delegate(member('m1'), 'm2', b, vote.taskId)).toMatchObject({ code: 'ACTION_NOT_PERMITTED' });
    expect(delegate(member('m1'), 'm2', claimedBy(b, vote, member('m1')), vote.taskId)).toMatchObject({
      code: 'ACTION_NOT_PERMITTED',
    });
  });
});
