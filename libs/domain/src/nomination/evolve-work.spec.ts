import type { NominationEvent } from './nomination.events';
import { evolveWork, type WorkEvent } from './nomination.evolve-work';
import { initialState, type ClockState, type NominationState, type TaskState } from './nomination.state';

// evolve() for the work around a case, event by event on a hand-made state: what each task and clock
// event changes, and what it leaves alone.

const task = (taskId: string, over: Partial<TaskState> = {}): TaskState => ({
  taskId,
  type: 'APPRAISE_DOSSIER',
  slot: 'APPRAISE_DOSSIER',
  candidateGroup: 'office:HD',
  stage: 'COUNCIL_REVIEW',
  priority: 3,
  ...over,
});
const clock = (over: Partial<ClockState> = {}): ClockState => ({
  clockId: 'COUNCIL_REVIEW-2',
  stage: 'COUNCIL_REVIEW',
  startedOn: '2026-02-10',
  budget: 10,
  pauses: [],
  warningAt: '2026-02-27T17:00:00.000Z',
  deadline: '2026-03-03T17:00:00.000Z',
  warned: false,
  breaches: 0,
  ...over,
});
const state = (tasks: TaskState[] = [], clocks: ClockState[] = []): NominationState => ({
  ...initialState(),
  tasks: Object.fromEntries(tasks.map((t) => [t.taskId, t])),
  clocks: Object.fromEntries(clocks.map((c) => [c.clockId, c])),
});
const apply = (s: NominationState, ...events: WorkEvent[]) => events.reduce(evolveWork, s);
const opened = (
  taskId: string,
  slot: string,
  over: Partial<Extract<NominationEvent, { type: 'TaskOpened' }>['data']> = {},
): WorkEvent => ({
  type: 'TaskOpened',
  data: {
    taskId,
    taskType: 'APPRAISE_DOSSIER',
    slot,
    candidateGroup: 'office:HD',
    stage: 'COUNCIL_REVIEW',
    priority: 3,
    ...over,
  },
});

describe('evolve: tasks', () => {
  it('opens a task with every field of its event, and counts the tasks of its slot', () => {
    const s = apply(
      state(),
      opened('n:CAST_VOTE:m1#1', 'CAST_VOTE:m1', {
        taskType: 'CAST_VOTE',
        candidateGroup: 'council:HD',
        assignee: 'm1',
        priority: 2,
        dueAt: '2026-02-13T17:00:00.000Z',
      }),
    );
    expect(s.tasks).toEqual({
      'n:CAST_VOTE:m1#1': {
        taskId: 'n:CAST_VOTE:m1#1',
        type: 'CAST_VOTE',
        slot: 'CAST_VOTE:m1',
        candidateGroup: 'council:HD',
        stage: 'COUNCIL_REVIEW',
        priority: 2,
        assignee: 'm1',
        dueAt: '2026-02-13T17:00:00.000Z',
      },
    });
    expect(s.taskSeq).toEqual({ 'CAST_VOTE:m1': 1 });
    const again = apply(
      s,
      { type: 'TaskClosed', data: { taskId: 'n:CAST_VOTE:m1#1', outcome: 'CANCELLED' } },
      opened('n:CAST_VOTE:m1#2', 'CAST_VOTE:m1'),
      opened('n:APPRAISE_DOSSIER#1', 'APPRAISE_DOSSIER'),
    );
    expect(again.taskSeq).toEqual({ 'CAST_VOTE:m1': 2, APPRAISE_DOSSIER: 1 });
    expect(Object.keys(again.tasks).sort()).toEqual(['n:APPRAISE_DOSSIER#1', 'n:CAST_VOTE:m1#2']);
  });

  it('claims, assigns and closes one task, leaving the others as they were', () => {
    const other = task('t2', { slot: 'OTHER' });
    const s = state([task('t1'), other]);
    const claimed = apply(s, { type: 'TaskClaimed', data: { taskId: 't1', userId: 'ban' } });
    expect(claimed.tasks).toEqual({ t1: { ...task('t1'), claimedBy: 'ban' }, t2: other });
    const delegated = apply(claimed, {
      type: 'TaskAssigned',
      data: { taskId: 't1', assignee: 'ban-2', owner: 'ban', by: 'ban', mode: 'DELEGATE' },
    });
    expect(delegated.tasks.t1).toEqual({ ...task('t1'), assignee: 'ban-2', owner: 'ban', claimedBy: 'ban-2' });
    const closed = apply(delegated, { type: 'TaskClosed', data: { taskId: 't1', outcome: 'COMPLETED', by: 'ban-2' } });
    expect(closed.tasks).toEqual({ t2: other });
  });

  it('releases an office task to its whole group: no holder, no owner, no assignee', () => {
    const held = task('t1', { assignee: 'ban-2', owner: 'ban', claimedBy: 'ban-2' });
    const s = apply(state([held]), { type: 'TaskReleased', data: { taskId: 't1', userId: 'ban-2' } });
    expect(s.tasks.t1).toEqual({ ...task('t1'), assignee: undefined, owner: undefined, claimedBy: undefined });
  });

  it('releases a vote task to nobody else: its member stays its assignee', () => {
    const vote = task('v1', { type: 'CAST_VOTE', slot: 'CAST_VOTE:m1', assignee: 'm1', claimedBy: 'm1' });
    const s = apply(state([vote]), { type: 'TaskReleased', data: { taskId: 'v1', userId: 'm1' } });
    expect(s.tasks.v1).toEqual({ ...vote, assignee: 'm1', owner: undefined, claimedBy: undefined });
  });

  it('ignores task events for a task the case does not have', () => {
    const s = state([task('t1')]);
    for (const e of [
      { type: 'TaskClaimed', data: { taskId: 'nope', userId: 'ban' } },
      { type: 'TaskReleased', data: { taskId: 'nope', userId: 'ban' } },
      { type: 'TaskAssigned', data: { taskId: 'nope', assignee: 'ban', by: 'lead', mode: 'REASSIGN' } },
    ] as WorkEvent[])
      expect(evolveWork(s, e)).toBe(s);
  });
});

describe('evolve: stage clocks', () => {
  it('starts a clock with its budget and schedule, unwarned and unbreached', () => {
    const s = apply(state(), {
      type: 'SlaClockStarted',
      data: {
        clockId: 'COUNCIL_REVIEW-2',
        stage: 'COUNCIL_REVIEW',
        startedOn: '2026-02-10',
        budgetWorkingDays: 10,
        warningAt: '2026-02-27T17:00:00.000Z',
        deadline: '2026-03-03T17:00:00.000Z',
      },
    });
    expect(s.clocks).toEqual({ 'COUNCIL_REVIEW-2': clock() });
  });

  it('pauses a clock: an open pause, and no warning or deadline while it lasts', () => {
    const s = apply(state([], [clock({ pauses: [{ from: '2026-02-11', to: '2026-02-12' }] })]), {
      type: 'SlaClockPaused',
      data: { clockId: 'COUNCIL_REVIEW-2', on: '2026-02-20' },
    });
    expect(s.clocks['COUNCIL_REVIEW-2']).toEqual(
      clock({
        pauses: [{ from: '2026-02-11', to: '2026-02-12' }, { from: '2026-02-20' }],
        warningAt: undefined,
        deadline: undefined,
      }),
    );
  });

  it('resumes a clock: only the open pause ends, and the new schedule is set', () => {
    const paused = clock({
      pauses: [{ from: '2026-02-11', to: '2026-02-12' }, { from: '2026-02-20' }],
      warningAt: undefined,
      deadline: undefined,
    });
    const s = apply(state([], [paused]), {
      type: 'SlaClockResumed',
      data: {
        clockId: 'COUNCIL_REVIEW-2',
        on: '2026-02-24',
        warningAt: '2026-03-03T17:00:00.000Z',
        deadline: '2026-03-05T17:00:00.000Z',
      },
    });
    expect(s.clocks['COUNCIL_REVIEW-2']).toEqual(
      clock({
        pauses: [
          { from: '2026-02-11', to: '2026-02-12' },
          { from: '2026-02-20', to: '2026-02-24' },
        ],
        warningAt: '2026-03-03T17:00:00.000Z',
        deadline: '2026-03-05T17:00:00.000Z',
      }),
    );
  });

  it('reschedules, warns, breaches and stops a clock', () => {
    const s = state([], [clock(), clock({ clockId: 'UNIT_PROPOSAL-5', stage: 'UNIT_PROPOSAL' })]);
    const moved = apply(s, {
      type: 'SlaClockRescheduled',
      data: {
        clockId: 'COUNCIL_REVIEW-2',
        budgetWorkingDays: 13,
        warningAt: '2026-03-04T17:00:00.000Z',
        deadline: '2026-03-06T17:00:00.000Z',
        reason: 'Gia hạn',
      },
    });
    expect(moved.clocks['COUNCIL_REVIEW-2']).toEqual(
      clock({ budget: 13, warningAt: '2026-03-04T17:00:00.000Z', deadline: '2026-03-06T17:00:00.000Z' }),
    );
    const warned = apply(moved, {
      type: 'SlaWarning',
      data: { clockId: 'COUNCIL_REVIEW-2', stage: 'COUNCIL_REVIEW', at: 'x', deadline: 'y' },
    });
    expect(warned.clocks['COUNCIL_REVIEW-2']).toMatchObject({ warned: true, breaches: 0 });
    const breached = apply(warned, {
      type: 'SlaBreached',
      data: { clockId: 'COUNCIL_REVIEW-2', stage: 'COUNCIL_REVIEW', at: 'x', deadline: 'y', window: 2 },
    });
    expect(breached.clocks['COUNCIL_REVIEW-2']).toMatchObject({ warned: true, breaches: 2 });
    const stopped = apply(breached, {
      type: 'SlaClockStopped',
      data: { clockId: 'COUNCIL_REVIEW-2', on: '2026-03-09' },
    });
    expect(stopped.clocks).toEqual({ 'UNIT_PROPOSAL-5': s.clocks['UNIT_PROPOSAL-5'] });
  });

  it('ignores clock events for a clock the case does not have, and an escalation changes nothing itself', () => {
    const s = state([task('t1')], [clock()]);
    for (const e of [
      { type: 'SlaClockPaused', data: { clockId: 'nope', on: '2026-02-20' } },
      { type: 'SlaClockResumed', data: { clockId: 'nope', on: '2026-02-20', warningAt: 'x', deadline: 'y' } },
      {
        type: 'SlaClockRescheduled',
        data: { clockId: 'nope', budgetWorkingDays: 1, warningAt: 'x', deadline: 'y', reason: 'r' },
      },
      { type: 'SlaWarning', data: { clockId: 'nope', stage: 'COUNCIL_REVIEW', at: 'x', deadline: 'y' } },
      {
        type: 'EscalationRaised',
        data: { clockId: 'COUNCIL_REVIEW-2', stage: 'COUNCIL_REVIEW', level: 'OFFICE_LEAD', window: 1, taskId: 't9' },
      },
    ] as WorkEvent[])
      expect(evolveWork(s, e)).toBe(s);
  });
});

describe("evolve: due dates follow the stage's clock, except votes, objections and escalations", () => {
  const DUE = '2026-03-03T17:00:00.000Z';
  const s = state(
    [
      task('appraise', { dueAt: DUE }),
      task('vote', { type: 'CAST_VOTE', slot: 'CAST_VOTE:m1', assignee: 'm1', dueAt: '2026-02-13T17:00:00.000Z' }),
      task('objection', { type: 'RESOLVE_OBJECTION', slot: 'RESOLVE_OBJECTION:o1', dueAt: '2026-03-20T17:00:00.000Z' }),
      task('escalation', { type: 'ESCALATION', slot: 'ESCALATION:COUNCIL_REVIEW-2:1', priority: 1 }),
      task('supplement', {
        type: 'SUPPLEMENT_DOSSIER',
        slot: 'SUPPLEMENT_DOSSIER',
        stage: 'UNIT_PROPOSAL',
        dueAt: DUE,
      }),
    ],
    [clock()],
  );
  const dues = (x: NominationState) => Object.fromEntries(Object.values(x.tasks).map((t) => [t.taskId, t.dueAt]));

  it('moves the due date of the stage’s other tasks with an extension, and no other', () => {
    const moved = apply(s, {
      type: 'SlaClockRescheduled',
      data: {
        clockId: 'COUNCIL_REVIEW-2',
        budgetWorkingDays: 13,
        warningAt: '2026-03-04T17:00:00.000Z',
        deadline: '2026-03-06T17:00:00.000Z',
        reason: 'Gia hạn',
      },
    });
    expect(dues(moved)).toEqual({
      appraise: '2026-03-06T17:00:00.000Z',
      vote: '2026-02-13T17:00:00.000Z',
      objection: '2026-03-20T17:00:00.000Z',
      escalation: undefined,
      supplement: DUE,
    });
  });

  it('takes the due date away while the clock is paused, and gives it back when it resumes', () => {
    const paused = apply(s, { type: 'SlaClockPaused', data: { clockId: 'COUNCIL_REVIEW-2', on: '2026-02-20' } });
    expect(dues(paused)).toEqual({ ...dues(s), appraise: undefined });
    const resumed = apply(paused, {
      type: 'SlaClockResumed',
      data: { clockId: 'COUNCIL_REVIEW-2', on: '2026-02-24', warningAt: 'w', deadline: '2026-03-05T17:00:00.000Z' },
    });
    expect(dues(resumed)).toEqual({ ...dues(s), appraise: '2026-03-05T17:00:00.000Z' });
  });
});
