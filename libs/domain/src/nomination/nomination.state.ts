import type { ClusterRankCount } from '../cluster-scoring/cluster-rank';
import type { UploadedDocument } from './dossier-files';
import type { CouncilMember, RecordedTally } from '../ballot/tally';
import type { PauseInterval } from '../calendar/working-days';
import type { CollectiveCounts } from '../eligibility/collective-counts';
import type { InitiativeCounts } from '../eligibility/initiative-counts';
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
  Nominee,
  ObjectionOutcome,
  RejectionReason,
  UnitSnapshot,
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

/** Each status as officials say it (refusals name the case's status in words, never its code). */
export const STATUS_NAMES_VI: Record<NominationStatus, string> = {
  NEW: 'mới',
  DRAFT: 'nháp',
  SUBMITTED: 'đã nộp, chờ thẩm định',
  SUPPLEMENT_REQUESTED: 'chờ bổ sung',
  BALLOT_PENDING: 'chờ bỏ phiếu',
  BALLOT_OPEN: 'đang bỏ phiếu',
  DISCLOSURE_PENDING: 'chờ công khai',
  DISCLOSURE_OPEN: 'đang công khai',
  AWAITING_DECISION: 'chờ quyết định',
  FORWARDED: 'đã trình cấp trên',
  AWARDED: 'đã khen thưởng',
  REJECTED: 'không khen thưởng',
  WITHDRAWN: 'đã rút',
};
export const STATUS_NAMES_EN: Record<NominationStatus, string> = {
  NEW: 'new',
  DRAFT: 'draft',
  SUBMITTED: 'submitted, awaiting appraisal',
  SUPPLEMENT_REQUESTED: 'awaiting supplement',
  BALLOT_PENDING: 'awaiting ballot',
  BALLOT_OPEN: 'ballot open',
  DISCLOSURE_PENDING: 'awaiting disclosure',
  DISCLOSURE_OPEN: 'under disclosure',
  AWAITING_DECISION: 'awaiting decision',
  FORWARDED: 'forwarded upward',
  AWARDED: 'awarded',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
};

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
  contact?: string;
  /** Evidence files attached by the citizen (none in objections filed before evidence existed). */
  evidence?: UploadedDocument[];
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
  /** The filing unit as it was at filing (NominationDrafted), in cases filed since it is kept. */
  unit?: UnitSnapshot;
  /** The case's number for people (see case-number.ts); absent in cases filed before numbers. */
  caseNumber?: string;
  achievements: Achievements;
  documents: DocumentRef[];
  /** The office's request for more documents; `requestedBy` is the officer who asked (absent in older cases). */
  supplement?: { missing: string[]; note: string; requestedBy?: string };
  /** After a supplement: the officer who asked for it, to whom the appraisal returns. */
  appraiser?: string;
  /** Frozen when the dossier is received complete (docs/domain.md §1). */
  rules?: FrozenRules;
  receivedAt?: string;
  /** A collective's counts as its submission checked them, and their source (registry or declared). */
  collectiveCounts?: CollectiveCounts;
  /** The initiatives its submission counted, and their source (initiative registry or declared). */
  initiativeCounts?: InitiativeCounts;
  /** The cluster rank its submission read, and its source (the cluster's recorded vote or declared). */
  clusterRankCount?: ClusterRankCount;
  completedSteps: ProcedureStep[];
  appraisal?: { opinion: string; appraiserId: string; sessionId?: string };
  ballot?: BallotState;
  tally?: RecordedTally;
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

/** The procedure's first step not yet done: the stage list drives the case (docs/domain.md §4). */
export function nextStep(state: NominationState): ProcedureStep | undefined {
  return state.rules?.procedure.steps.find((s) => !state.completedSteps.includes(s));
}
