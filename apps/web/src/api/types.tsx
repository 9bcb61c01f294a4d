// The shapes of docs/api-contracts.md, as the pages use them. Types only: no runtime code here.

export type Role = 'UNIT_OFFICER' | 'TDKT_OFFICE' | 'COUNCIL_MEMBER' | 'AUTHORITY' | 'ADMIN' | 'SLA_MONITOR';
export type Stage = 'UNIT_PROPOSAL' | 'COUNCIL_REVIEW' | 'PUBLIC_DISCLOSURE' | 'FINAL_DECISION' | 'CLOSED';
export const STAGES: Stage[] = ['UNIT_PROPOSAL', 'COUNCIL_REVIEW', 'PUBLIC_DISCLOSURE', 'FINAL_DECISION', 'CLOSED'];
export type TaskType =
  | 'APPRAISE_DOSSIER'
  | 'SUPPLEMENT_DOSSIER'
  | 'CAST_VOTE'
  | 'RESOLVE_OBJECTION'
  | 'SIGN_DECISION'
  | 'RECORD_HIGHER_DECISION'
  | 'ESCALATION';
export const TASK_TYPES: TaskType[] = [
  'APPRAISE_DOSSIER',
  'SUPPLEMENT_DOSSIER',
  'CAST_VOTE',
  'RESOLVE_OBJECTION',
  'SIGN_DECISION',
  'RECORD_HIGHER_DECISION',
  'ESCALATION',
];
export const REJECTION_REASONS = ['WRONG_SUBJECT', 'CRITERIA_NOT_MET', 'INCOMPLETE_DOSSIER', 'LAW_VIOLATION'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number] | 'BALLOT_FAILED';

/** RFC 7807 body of every refusal (Vietnamese `detail`, English `detailEn`). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  detailEn?: string;
  field?: string;
  rule?: { document?: string; article?: string; text?: string };
  errors?: { field: string; reason?: string; reasonEn?: string; messageVi?: string; messageEn?: string }[];
  correlationId?: string;
}

export interface Me {
  userId: string;
  role: Role;
  displayName?: string;
  unitId?: string;
  councilId?: string;
  authorityId?: string;
  level?: string;
  lead?: boolean;
  groups: string[];
}

export interface Unit {
  unitId: string;
  name: string;
  parentId: string | null;
  level: string;
}
export interface Campaign {
  campaignId: string;
  name: string;
  year: number;
  kind: string;
}
export interface Council {
  councilId: string;
  name: string;
  level: string;
  authorityId: string;
  authorityName: string;
  members: { memberId: string; unitId: string; name: string; chair?: boolean }[];
}

export interface DocumentRef {
  code: string;
  title: string;
  sha256: string;
}

export interface Nominee {
  key: string;
  name: string;
  subject: string;
  unitId: string;
  position?: string;
  gender?: 'FEMALE' | 'MALE';
}

export interface Tally {
  members: number;
  recused: number;
  eligible: number;
  cast: number;
  approve: number;
  disapprove: number;
  approvePercent: number;
  passed: boolean;
  rule?: { comparison: string; percent: number; denominator: string; quorumPercent: number };
  [k: string]: unknown;
}

export interface ClockState {
  clockId: string;
  stage: Stage;
  startedOn: string;
  budget: number;
  warningAt?: string;
  deadline?: string;
  warned: boolean;
  breaches: number;
}

export interface NominationState {
  nominationId: string;
  version: number;
  stage: Stage;
  status: string;
  outcome?: string;
  awardCode: string;
  kind: string;
  unitId: string;
  campaignId: string;
  year: number;
  nominee?: Nominee;
  council?: { councilId: string; level: string; authorityId: string };
  documents: DocumentRef[];
  supplement?: { missing: string[]; note: string };
  rules?: {
    ruleSetId: string;
    ruleSetVersion: number;
    legalBasis: string;
    award: AwardRule;
    requiredDocuments: string[];
  };
  receivedAt?: string;
  appraisal?: { opinion: string; appraiserId: string };
  ballot?: {
    ballotId: string;
    round: number;
    open: boolean;
    deadline: string;
    voters: string[];
    recused: { memberId: string; reason: string }[];
  };
  tally?: Tally;
  disclosure?: { opensAt: string; endsAt: string; workingDays: number };
  objections: {
    objectionId: string;
    content: string;
    submitterName?: string;
    filedAt: string;
    outcome?: string;
    note?: string;
  }[];
  decision?: { decisionNumber: string; decisionDate: string; signerName: string };
  rejection?: { stage: Stage; reasonCode: RejectionReason; reason: string };
  withdrawal?: { reason: string };
  forwarded?: { fromLevel: string; toLevel: string; note: string };
  tasks: Record<
    string,
    {
      taskId: string;
      type: TaskType;
      slot: string;
      stage: Stage;
      candidateGroup: string;
      assignee?: string;
      claimedBy?: string;
      dueAt?: string;
    }
  >;
  clocks: Record<string, ClockState>;
}

export interface NominationView {
  nominationId: string;
  version: number;
  stage: Stage;
  status: string;
  outcome: string | null;
  awardCode: string;
  unitId: string;
  campaignId: string;
  nomineeName: string;
  year: number;
  kind: string;
  councilId: string;
  authorityId: string;
  slaDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  state: NominationState;
}

export interface CaseRow {
  nominationId: string;
  nomineeName: string;
  awardCode: string;
  kind: string;
  year: number;
  unitId: string;
  campaignId: string;
  councilId: string;
  stage: Stage;
  status: string;
  outcome: string | null;
  version: number;
  slaDeadline: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CommandAccepted {
  nominationId: string;
  version: number;
  stage: Stage;
  status: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Task {
  taskId: string;
  nominationId: string;
  type: TaskType;
  typeNameVi: string;
  typeNameEn: string;
  candidateGroup: string;
  assignee: string | null;
  owner: string | null;
  claimedBy: string | null;
  priority: number;
  stage: Stage;
  dueAt: string | null;
  breachAt: string | null;
  createdAt: string;
  awardCode: string;
  unitId: string;
  campaignId: string;
  nomineeName: string;
  overdue: boolean;
  msToDue: number | null;
  msToBreach: number | null;
}

export interface TaskQuery {
  scope?: 'all' | 'mine' | 'groups';
  type?: TaskType | '';
  stage?: Stage | '';
  award?: string;
  unit?: string;
  campaign?: string;
  overdue?: boolean;
  dueBefore?: string;
  sort?: 'due' | 'breach' | 'priority' | 'age';
  limit?: number;
  cursor?: string;
}

export interface Ballot {
  open: boolean;
  round?: number;
  deadline?: string;
  eligible?: number;
  quorumNeeded?: number | null;
  iHaveVoted?: boolean;
  recused?: { memberId: string; reason: string }[];
  tally: Tally | null;
}

export interface Disclosure {
  nominationId: string;
  nomineeName: string;
  position: string | null;
  awardCode: string;
  awardName: string | null;
  unitName: string;
  year: number;
  opensAt: string;
  endsAt: string;
}

export interface BulkProgress {
  bulkId: string;
  status: 'RUNNING' | 'COMPLETED';
  fileName?: string;
  total: number;
  processed: number;
  filed: number;
  failed: number;
  rows: {
    row: number;
    name?: string;
    nominationId?: string;
    errors?: { field: string; messageVi: string; messageEn: string }[];
  }[];
}

export interface AwardRule {
  code: string;
  nameVi: string;
  nameEn: string;
  category: string;
  subjects: string[];
  decidingLevels: string[];
  allowedKinds: string[];
  ballot: {
    comparison: 'AT_LEAST' | 'MORE_THAN';
    percent: number;
    denominator: 'ALL_MEMBERS' | 'MEMBERS_PRESENT';
    quorumPercent: number;
  };
  procedure: string;
  disclosure: { workingDays: number };
  slaWorkingDays: Partial<Record<Stage, number>>;
  rewardMultiple?: number;
  legalBasis?: { document?: string; article?: string };
  prerequisiteTexts?: ({ vi: string; en: string } | string)[];
}

export interface RuleSet {
  id: string;
  version: number;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo?: string;
  note?: string;
  awards: Record<string, AwardRule>;
  documentTypes: Record<string, { nameVi: string; nameEn: string }>;
  documentsByKind: Record<string, string[]>;
  [k: string]: unknown;
}

export interface RuleVersion {
  version: number;
  id?: string;
  legalBasis?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  publishedAt?: string;
  publishedBy?: string;
  [k: string]: unknown;
}

export interface YearSchedule {
  year?: number;
  daysOff: string[];
  workingWeekendDays: string[];
  source: string;
  version?: number;
  publishedAt?: string;
  publishedBy?: string;
}
export interface CalendarYear {
  year: number;
  inEffect: YearSchedule & { origin: 'PUBLISHED' | 'BUILT_IN' | 'COMPUTED' };
  computedDefault: YearSchedule;
  history: YearSchedule[];
}

// History
export interface TimelineEntry {
  version: number;
  type: string;
  labelVi: string;
  labelEn: string;
  at: string;
  actor: { id: string; role: string; name?: string; unitId?: string };
  domain: boolean;
  stage: Stage;
  reasonCode?: string;
  changes: { field: string; from: unknown; to: unknown }[];
  summaryVi?: string;
  summaryEn?: string;
}
export interface StageDuration {
  stage: Stage;
  from: string;
  to: string | null;
  workingDays: number;
  calendarDays: number;
}
export interface Timeline {
  nominationId: string;
  workflowId: string;
  runIds: string[];
  temporalUiUrl?: string;
  entries: TimelineEntry[];
  stageDurations: StageDuration[];
}
export interface Integrity {
  ok: boolean;
  events: number;
  firstBroken?: { streamId: string; streamVersion: number; reason: string };
}

// SLA
export interface SlaItem {
  nominationId: string;
  nomineeName: string;
  awardCode: string;
  unitId: string;
  campaignId: string;
  stage: Stage;
  status: string;
  deadline: string | null;
  warningAt: string | null;
  breached: boolean;
  workingDaysToBreach: number | null;
  hoursToBreach: number | null;
  escalations: number;
}
export interface SlaCounts {
  atRisk: number;
  breached: number;
}
export interface SlaBoard {
  items: SlaItem[];
  counts: { byStage: Record<string, SlaCounts>; byUnit: Record<string, SlaCounts> };
}
export interface BreachWeek {
  week: string;
  start: string;
  warnings: number;
  breaches: number;
}
export interface StageDurationStats {
  stage: Stage;
  count: number;
  p50WorkingDays: number;
  p90WorkingDays: number;
  buckets: { upTo: number; count: number }[];
}
