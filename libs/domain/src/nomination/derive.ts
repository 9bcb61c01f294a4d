import { toCivilDate } from '../calendar/civil-date';
import { workingDayDeadline } from '../calendar/working-days';
import { clockSchedule } from '../sla/clock';
import type { Stage } from '../stages';
import { groups, type TaskPriority, type TaskType } from '../tasks/task-types';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { NominationEvent } from './nomination.events';
import { evolve, fold } from './nomination.evolve';
import type { NominationState, TaskState } from './nomination.state';
import { taskIdFor } from './task-ids';

/**
 * Events that follow from the ones a command produced: the disclosure opens when its step comes,
 * stage clocks start, pause, resume and stop, and the task queue opens and closes work. Pure, so
 * the workflow, a replay and a test derive exactly the same events.
 */
export function derive(
  before: NominationState,
  primary: readonly NominationEvent[],
  command: NominationCommand,
  ctx: DecisionContext,
): NominationEvent[] {
  let state = fold(primary, before);
  const out: NominationEvent[] = [];
  const push = (e: NominationEvent) => {
    out.push(e);
    state = evolve(state, e);
  };
  if (state.status === 'DISCLOSURE_PENDING' && state.rules) push(openDisclosure(state, ctx));
  clockEvents(state, ctx).forEach(push);
  closedTasks(state, command, ctx).forEach(push);
  for (const want of desiredTasks(state)) {
    if (Object.values(state.tasks).some((t) => t.slot === want.slot)) continue;
    push({
      type: 'TaskOpened',
      data: {
        taskId: taskIdFor(state.nominationId, want.slot, state.taskSeq),
        taskType: want.type,
        ...withoutType(want),
      },
    });
  }
  return out;
}

function openDisclosure(state: NominationState, ctx: DecisionContext): NominationEvent {
  const workingDays = state.rules!.award.disclosure.workingDays;
  const endsAt =
    ctx.disclosureOverrideMs !== undefined
      ? new Date(Date.parse(ctx.now) + ctx.disclosureOverrideMs)
      : workingDayDeadline(ctx.calendar, new Date(ctx.now), workingDays);
  return { type: 'DisclosureOpened', data: { opensAt: ctx.now, endsAt: endsAt.toISOString(), workingDays } };
}

type ClockWish = 'RUNNING' | 'PAUSED';

/** Which stage clocks should exist: the review clock pauses while the unit supplements (docs/domain.md §5.2). */
function desiredClocks(s: NominationState): Map<Stage, ClockWish> {
  switch (s.status) {
    case 'SUBMITTED':
    case 'BALLOT_PENDING':
    case 'BALLOT_OPEN':
      return new Map([['COUNCIL_REVIEW', 'RUNNING']]);
    case 'SUPPLEMENT_REQUESTED':
      return new Map<Stage, ClockWish>([
        ['COUNCIL_REVIEW', 'PAUSED'],
        ['UNIT_PROPOSAL', 'RUNNING'],
      ]);
    case 'AWAITING_DECISION':
      return new Map([['FINAL_DECISION', 'RUNNING']]);
    default:
      return new Map();
  }
}

function clockEvents(state: NominationState, ctx: DecisionContext): NominationEvent[] {
  const rules = state.rules;
  if (!rules) return [];
  const wanted = desiredClocks(state);
  const today = toCivilDate(new Date(ctx.now));
  const events: NominationEvent[] = [];
  for (const clock of Object.values(state.clocks)) {
    const wish = wanted.get(clock.stage);
    const isRunning = clock.deadline !== undefined;
    if (!wish) events.push({ type: 'SlaClockStopped', data: { clockId: clock.clockId, on: today } });
    else if (wish === 'PAUSED' && isRunning)
      events.push({ type: 'SlaClockPaused', data: { clockId: clock.clockId, on: today } });
    else if (wish === 'RUNNING' && !isRunning) {
      const pauses = clock.pauses.map((p) => (p.to === undefined ? { ...p, to: today } : p));
      events.push({
        type: 'SlaClockResumed',
        data: {
          clockId: clock.clockId,
          on: today,
          ...clockSchedule(ctx.calendar, clock.startedOn, clock.budget, pauses, rules.sla),
        },
      });
    }
  }
  for (const [stage, wish] of wanted) {
    const budget = rules.slaWorkingDays[stage];
    if (wish !== 'RUNNING' || !budget || Object.values(state.clocks).some((c) => c.stage === stage)) continue;
    const clockId = `${stage}-${state.version + events.length + 1}`;
    events.push({
      type: 'SlaClockStarted',
      data: {
        clockId,
        stage,
        startedOn: today,
        budgetWorkingDays: budget,
        ...clockSchedule(ctx.calendar, today, budget, [], rules.sla),
      },
    });
  }
  return events;
}

interface TaskWish {
  slot: string;
  type: TaskType;
  candidateGroup: string;
  assignee?: string;
  priority: TaskPriority;
  stage: Stage;
  dueAt?: string;
}

const withoutType = ({ type: _t, ...rest }: TaskWish) => rest;

/** The work the case asks of people now: a pure function of its state. */
export function desiredTasks(s: NominationState): TaskWish[] {
  const c = s.council;
  if (!c || s.stage === 'CLOSED') return [];
  const clockDue = (stage: Stage) => Object.values(s.clocks).find((k) => k.stage === stage)?.deadline;
  const out: TaskWish[] = [];
  const add = (w: Omit<TaskWish, 'priority' | 'stage'> & Partial<TaskWish>) =>
    out.push({ priority: 3, stage: s.stage, ...w });
  switch (s.status) {
    case 'SUBMITTED':
      add({
        slot: 'APPRAISE_DOSSIER',
        type: 'APPRAISE_DOSSIER',
        candidateGroup: groups.office(c.councilId),
        // Back from a supplement: to the officer who asked for it, not to the whole office.
        ...(s.appraiser ? { assignee: s.appraiser } : {}),
        dueAt: clockDue('COUNCIL_REVIEW'),
      });
      break;
    case 'SUPPLEMENT_REQUESTED':
      add({
        slot: 'SUPPLEMENT_DOSSIER',
        type: 'SUPPLEMENT_DOSSIER',
        candidateGroup: groups.unit(s.unitId),
        dueAt: clockDue('UNIT_PROPOSAL'),
      });
      break;
    case 'BALLOT_OPEN': {
      const b = s.ballot!;
      const done = new Set([...b.voters, ...b.writtenOpinions, ...b.recused.map((r) => r.memberId)]);
      b.members
        .filter((m) => !done.has(m.memberId))
        .forEach((m) =>
          add({
            slot: `CAST_VOTE:${m.memberId}`,
            type: 'CAST_VOTE',
            candidateGroup: groups.council(c.councilId),
            assignee: m.memberId,
            dueAt: b.deadline,
          }),
        );
      break;
    }
    case 'AWAITING_DECISION':
      add({
        slot: 'SIGN_DECISION',
        type: 'SIGN_DECISION',
        candidateGroup: groups.authority(c.authorityId),
        dueAt: clockDue('FINAL_DECISION'),
      });
      break;
    case 'FORWARDED':
      add({
        slot: 'RECORD_HIGHER_DECISION',
        type: 'RECORD_HIGHER_DECISION',
        candidateGroup: groups.office(c.councilId),
      });
      break;
  }
  s.objections
    .filter((o) => !o.outcome)
    .forEach((o) =>
      add({
        slot: `RESOLVE_OBJECTION:${o.objectionId}`,
        type: 'RESOLVE_OBJECTION',
        candidateGroup: groups.office(c.councilId),
        priority: 2,
        stage: 'PUBLIC_DISCLOSURE',
        dueAt: s.disclosure?.endsAt,
      }),
    );
  const chain = s.rules?.sla.escalationChain ?? [];
  for (const clock of Object.values(s.clocks)) {
    for (const [i, level] of chain.slice(0, clock.breaches).entries()) {
      const w = i + 1;
      add({
        slot: `ESCALATION:${clock.clockId}:${w}`,
        type: 'ESCALATION',
        candidateGroup: groups.escalation(level, c.councilId, c.authorityId),
        priority: 1,
        stage: clock.stage,
      });
    }
  }
  return out;
}

/** Which commands complete which tasks; any other reason a task goes away is a cancellation. */
function completes(command: NominationCommand, task: TaskState, s: NominationState): boolean {
  switch (task.type) {
    case 'APPRAISE_DOSSIER':
      return command.type === 'AppraiseDossier' || command.type === 'RequestSupplement';
    case 'SUPPLEMENT_DOSSIER':
      return command.type === 'SupplementDossier';
    case 'CAST_VOTE':
      return (
        command.type === 'CastVote' ||
        (command.type === 'RecordWrittenOpinion' && `CAST_VOTE:${command.memberId}` === task.slot)
      );
    case 'RESOLVE_OBJECTION':
      return command.type === 'ResolveObjection';
    case 'SIGN_DECISION':
      return ['IssueDecision', 'RejectNomination', 'ForwardToHigherLevel'].includes(command.type);
    case 'RECORD_HIGHER_DECISION':
      return command.type === 'RecordHigherDecision';
    case 'ESCALATION':
      return s.outcome !== 'WITHDRAWN';
  }
}

function closedTasks(state: NominationState, command: NominationCommand, ctx: DecisionContext): NominationEvent[] {
  const wanted = new Set(desiredTasks(state).map((w) => w.slot));
  return Object.values(state.tasks)
    .filter((t) => !wanted.has(t.slot))
    .map((t) => ({
      type: 'TaskClosed' as const,
      data: {
        taskId: t.taskId,
        outcome: completes(command, t, state) ? ('COMPLETED' as const) : ('CANCELLED' as const),
        by: ctx.actor.userId,
      },
    }));
}
