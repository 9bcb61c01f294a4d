import type { NominationEvent } from './nomination.events';
import type { ClockState, NominationState, TaskState } from './nomination.state';

/** The events of the work around a case: its people's tasks and its stage clocks. */
export type WorkEvent = Extract<
  NominationEvent,
  {
    type:
      | 'TaskOpened'
      | 'TaskClaimed'
      | 'TaskReleased'
      | 'TaskAssigned'
      | 'TaskClosed'
      | 'SlaClockStarted'
      | 'SlaClockPaused'
      | 'SlaClockResumed'
      | 'SlaClockRescheduled'
      | 'SlaClockStopped'
      | 'SlaWarning'
      | 'SlaBreached'
      | 'EscalationRaised';
  }
>;

/** evolve() for tasks and clocks; `s` already carries the event's version. */
export function evolveWork(s: NominationState, event: WorkEvent): NominationState {
  switch (event.type) {
    case 'TaskOpened': {
      const d = event.data;
      const task: TaskState = {
        taskId: d.taskId,
        type: d.taskType,
        slot: d.slot,
        candidateGroup: d.candidateGroup,
        stage: d.stage,
        priority: d.priority,
        assignee: d.assignee,
        dueAt: d.dueAt,
      };
      return {
        ...s,
        tasks: { ...s.tasks, [d.taskId]: task },
        taskSeq: { ...s.taskSeq, [d.slot]: (s.taskSeq[d.slot] ?? 0) + 1 },
      };
    }
    case 'TaskClaimed':
      return updateTask(s, event.data.taskId, { claimedBy: event.data.userId });
    case 'TaskReleased': {
      // Back to the group; a vote stays with its member.
      const t = s.tasks[event.data.taskId];
      return updateTask(s, event.data.taskId, {
        claimedBy: undefined,
        owner: undefined,
        assignee: t?.type === 'CAST_VOTE' ? t.assignee : undefined,
      });
    }
    case 'TaskAssigned':
      return updateTask(s, event.data.taskId, {
        assignee: event.data.assignee,
        owner: event.data.owner,
        claimedBy: event.data.assignee,
      });
    case 'TaskClosed': {
      const { [event.data.taskId]: _closed, ...open } = s.tasks;
      return { ...s, tasks: open };
    }
    case 'SlaClockStarted': {
      const d = event.data;
      return {
        ...s,
        clocks: {
          ...s.clocks,
          [d.clockId]: {
            clockId: d.clockId,
            stage: d.stage,
            startedOn: d.startedOn,
            budget: d.budgetWorkingDays,
            pauses: [],
            warningAt: d.warningAt,
            deadline: d.deadline,
            warned: false,
            breaches: 0,
          },
        },
      };
    }
    case 'SlaClockPaused': {
      const c = s.clocks[event.data.clockId];
      return c
        ? updateClock(s, c.clockId, {
            pauses: [...c.pauses, { from: event.data.on }],
            warningAt: undefined,
            deadline: undefined,
          })
        : s;
    }
    case 'SlaClockResumed': {
      const c = s.clocks[event.data.clockId];
      if (!c) return s;
      const pauses = c.pauses.map((p) => (p.to === undefined ? { ...p, to: event.data.on } : p));
      return updateClock(s, c.clockId, { pauses, warningAt: event.data.warningAt, deadline: event.data.deadline });
    }
    case 'SlaClockRescheduled':
      return updateClock(s, event.data.clockId, {
        budget: event.data.budgetWorkingDays,
        warningAt: event.data.warningAt,
        deadline: event.data.deadline,
      });
    case 'SlaClockStopped': {
      const { [event.data.clockId]: _stopped, ...running } = s.clocks;
      return { ...s, clocks: running };
    }
    case 'SlaWarning':
      return updateClock(s, event.data.clockId, { warned: true });
    case 'SlaBreached':
      return updateClock(s, event.data.clockId, { breaches: event.data.window });
    case 'EscalationRaised':
      return s;
  }
}

function updateTask(s: NominationState, taskId: string, change: Partial<TaskState>): NominationState {
  const t = s.tasks[taskId];
  return t ? { ...s, tasks: { ...s.tasks, [taskId]: { ...t, ...change } } } : s;
}

function updateClock(s: NominationState, clockId: string, change: Partial<ClockState>): NominationState {
  const c = s.clocks[clockId];
  if (!c) return s;
  const clock = { ...c, ...change };
  // Open tasks of the clock's stage are due when the clock runs out.
  const tasks = Object.fromEntries(
    Object.entries(s.tasks).map(([id, t]) => [
      id,
      t.stage === clock.stage && t.type !== 'ESCALATION' && t.type !== 'CAST_VOTE' && t.type !== 'RESOLVE_OBJECTION'
        ? { ...t, dueAt: clock.deadline }
        : t,
    ]),
  );
  return { ...s, tasks, clocks: { ...s.clocks, [clockId]: clock } };
}
