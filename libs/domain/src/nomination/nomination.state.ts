import type { CouncilMember, Tally } from '../ballot/tally';
import type { PauseInterval } from '../calendar/working-days';
import type { Achievements } from '../eligibility/facts';
import type { NominationKind } from '../organisation/kinds';
import type { AuthorityLevel } from '../organisation/levels';
import type { FrozenRules, ProcedureStep } from '../rules/rule-set';
import type { Outcome, Stage } from '../stages';
import type { TaskPriority, TaskType } from '../tasks/task-types';
import type {
  CouncilRef,
  DecisionData,
  DocumentRef,
  NominationEvent,
  Nominee,
  ObjectionOutcome,
  RejectionReason,
} from './nomination.events';

/** Where the case stands inside its stage. The *_PENDING ones wait for the workflow to open the step. */
export type NominationStatus =
  | 'NEW'
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'BALLOT_PENDING'
  | 'BALLOT_OPEN'
  | 'DISCLOSURE_PENDING'
  | 'DISCLOSURE_OPEN'
  | 'AWAITING_DECISION'
  | 'FORWARDED'
  | Outcome;

export const STAGE_OF_STATUS: Record<NominationStatus, Stage> = {
  NEW: 'UNIT_PROPOSAL',
  DRAFT: 'UNIT_PROPOSAL',
  SUPPLEMENT_REQUESTED: 'UNIT_PROPOSAL',
  SUBMITTED: 'COUNCIL_REVIEW',
  BALLOT_PENDING: 'COUNCIL_REVIEW',
  BALLOT_OPEN: 'COUNCIL_REVIEW',
  DISCLOSURE_PENDING: 'PUBLIC_DISCLOSURE',
  DISCLOSURE_OPEN: 'PUBLIC_DISCLOSURE',
  AWAITING_DECISION: 'FINAL_DECISION',
  FORWARDED: 'FINAL_DECISION',
  AWARDED: 'CLOSED',
  REJECTED: 'CLOSED',
  WITHDRAWN: 'CLOSED',
};

export interface BallotState {
  ballotId: string;
  round: number;
  open: boolean;
  members: CouncilMember[];
  recused: { memberId: string; reason: string }[];
  /** Who took part in session; their choices stay sealed, outside the state (secret ballot). */
  voters: string[];
  /** Absent members whose written opinion the office recorded. */
  writtenOpinions: string[];
  deadline: string;
  sessionId?: string;
}

export interface ObjectionState {
  objectionId: string;
  content: string;
  submitterName?: string;
  filedAt: string;
  outcome?: ObjectionOutcome;
  note?: string;
  resolvedBy?: string;
}

export interface TaskState {
  taskId: string;
  type: TaskType;
  slot: string;
  candidateGroup: string;
  stage: Stage;
  priority: TaskPriority;
  assignee?: string;
  owner?: string;
  claimedBy?: string;
  dueAt?: string;
}

export interface ClockState {
  clockId: string;
  stage: Stage;
  startedOn: string;
  budget: number;
  pauses: PauseInterval[];
  /** Absent while paused: no deadline can be given. */
  warningAt?: string;
  deadline?: string;
  warned: boolean;
  breaches: number;
}

/** The nomination as a plain JSON value: the workflow's state, a projection row, an as-of answer. */
export interface NominationState {
  nominationId: string;
  version: number;
  stage: Stage;
  status: NominationStatus;
  outcome?: Outcome;
  awardCode: string;
  kind: NominationKind | '';
  unitId: string;
  campaignId: string;
  year: number;
  ruleSetId: string;
  nominee?: Nominee;
  council?: CouncilRef;
  achievements: Achievements;
  documents: DocumentRef[];
  supplement?: { missing: string[]; note: string };
  /** Frozen when the dossier is received complete (docs/domain.md §1). */
  rules?: FrozenRules;
  receivedAt?: string;
  completedSteps: ProcedureStep[];
  appraisal?: { opinion: string; appraiserId: string; sessionId?: string };
  ballot?: BallotState;
  tally?: Tally;
  disclosure?: { opensAt: string; endsAt: string; workingDays: number };
  objections: ObjectionState[];
  forwarded?: { fromLevel: AuthorityLevel; toLevel: AuthorityLevel; note: string };
  decision?: DecisionData;
  rejection?: { stage: Stage; reasonCode: RejectionReason; reason: string; byHigherLevel?: boolean };
  withdrawal?: { reason: string };
  /** Open tasks only; `taskSeq` numbers each slot's tasks so ids stay unique. */
  tasks: Record<string, TaskState>;
  taskSeq: Record<string, number>;
  clocks: Record<string, ClockState>;
}

export function initialState(): NominationState {
  return {
    nominationId: '',
    version: 0,
    stage: 'UNIT_PROPOSAL',
    status: 'NEW',
    awardCode: '',
    kind: '',
    unitId: '',
    campaignId: '',
    year: 0,
    ruleSetId: '',
    achievements: {},
    documents: [],
    completedSteps: [],
    objections: [],
    tasks: {},
    taskSeq: {},
    clocks: {},
  };
}

/** Later documents with the same code replace earlier ones (a supplement corrects the dossier). */
function mergeDocuments(current: DocumentRef[], added: DocumentRef[]): DocumentRef[] {
  const byCode = new Map(current.map((d) => [d.code, d] as const));
  added.forEach((d) => byCode.set(d.code, d));
  return [...byCode.values()];
}

const ENTRY_STATUS: Record<ProcedureStep, NominationStatus> = {
  APPRAISAL: 'SUBMITTED',
  BALLOT: 'BALLOT_PENDING',
  DISCLOSURE: 'DISCLOSURE_PENDING',
  DECISION: 'AWAITING_DECISION',
};

/** The procedure's first step not yet done: the stage list drives the case (docs/domain.md §4). */
export function nextStep(state: NominationState): ProcedureStep | undefined {
  return state.rules?.procedure.steps.find((s) => !state.completedSteps.includes(s));
}

function complete(s: NominationState, step: ProcedureStep): NominationState {
  const done = { ...s, completedSteps: [...s.completedSteps, step] };
  const next = nextStep(done);
  return next ? withStatus(done, ENTRY_STATUS[next]) : done;
}

function withStatus(s: NominationState, status: NominationStatus): NominationState {
  return { ...s, status, stage: STAGE_OF_STATUS[status] };
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

/** Pure fold step: the one evolve used by the workflow, the projections, as-of and the checks. */
export function evolve(state: NominationState, event: NominationEvent): NominationState {
  const s: NominationState = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'NominationDrafted':
      return withStatus({ ...s, ...event.data }, 'DRAFT');
    case 'DraftUpdated':
      return { ...s, ...event.data.changes };
    case 'DossierSubmitted':
      return withStatus(
        {
          ...s,
          documents: mergeDocuments(s.documents, event.data.documents),
          rules: event.data.rules,
          receivedAt: event.data.receivedAt,
          ruleSetId: event.data.rules.ruleSetId,
        },
        'SUBMITTED',
      );
    case 'SupplementRequested':
      return withStatus({ ...s, supplement: event.data }, 'SUPPLEMENT_REQUESTED');
    case 'DossierSupplemented':
      return withStatus(
        {
          ...s,
          supplement: undefined,
          documents: mergeDocuments(s.documents, event.data.documents),
          achievements: event.data.achievements ?? s.achievements,
        },
        'SUBMITTED',
      );
    case 'NominationWithdrawn':
      return { ...withStatus(s, 'WITHDRAWN'), outcome: 'WITHDRAWN', withdrawal: event.data };
    case 'AppraisalCompleted':
      return complete({ ...s, appraisal: event.data }, 'APPRAISAL');
    case 'ReviewOpened':
      return withStatus(
        { ...s, tally: undefined, ballot: { ...event.data, open: true, voters: [], writtenOpinions: [] } },
        'BALLOT_OPEN',
      );
    case 'VoteCast':
      return { ...s, ballot: { ...s.ballot!, voters: [...s.ballot!.voters, event.data.memberId] } };
    case 'WrittenOpinionRecorded':
      return { ...s, ballot: { ...s.ballot!, writtenOpinions: [...s.ballot!.writtenOpinions, event.data.memberId] } };
    case 'ReviewClosed': {
      const closed = { ...s, ballot: { ...s.ballot!, open: false }, tally: event.data.tally };
      return event.data.passed ? complete(closed, 'BALLOT') : closed;
    }
    case 'DisclosureOpened':
      return withStatus({ ...s, disclosure: event.data }, 'DISCLOSURE_OPEN');
    case 'ObjectionFiled':
      return { ...s, objections: [...s.objections, { ...event.data, filedAt: s.disclosure?.opensAt ?? '' }] };
    case 'ObjectionResolved': {
      const { objectionId, outcome, note, resolvedBy } = event.data;
      const objections = s.objections.map((o) =>
        o.objectionId === objectionId ? { ...o, outcome, note, resolvedBy } : o,
      );
      const resolved = { ...s, objections };
      // Upheld after the council voted: the council reconsiders (docs/domain.md §5.4), the rest stays done.
      if (outcome !== 'UPHELD' || !s.completedSteps.includes('BALLOT')) return resolved;
      const reopened = { ...resolved, completedSteps: s.completedSteps.filter((x) => x !== 'BALLOT') };
      return s.status === 'AWAITING_DECISION' ? withStatus(reopened, 'BALLOT_PENDING') : reopened;
    }
    case 'DisclosureClosed':
      return complete(s, 'DISCLOSURE');
    case 'DecisionIssued':
      return { ...withStatus(s, 'AWARDED'), outcome: 'AWARDED', decision: event.data };
    case 'NominationRejected':
      return { ...withStatus(s, 'REJECTED'), outcome: 'REJECTED', rejection: event.data };
    case 'ForwardedToHigherLevel':
      return withStatus(
        { ...s, forwarded: { fromLevel: event.data.fromLevel, toLevel: event.data.toLevel, note: event.data.note } },
        'FORWARDED',
      );
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

export function fold(events: readonly NominationEvent[], from: NominationState = initialState()): NominationState {
  return events.reduce(evolve, from);
}
