// The API's answers about cases, tasks and the public list (docs/api-contracts.md), as the pages use them.
import type { Actor, NominationState, RuleReference, Role, Stage, Tally, TaskType } from './domain-types';

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  detailEn?: string;
  field?: string;
  rule?: RuleReference;
  errors?: { field: string; reason?: string; reasonEn?: string; messageVi?: string; messageEn?: string }[];
  correlationId?: string;
}

/** One seat a person holds today (their token's or the directory's); `key` is what X-Khen-Acting-As names. */
export interface Seat {
  key: string;
  role: Role;
  unitId?: string;
  councilId?: string;
  authorityId?: string;
  level?: string;
  lead: boolean;
}

/**
 * GET /me: the seat acted as (the domain's Actor), the groups whose tasks it sees, its key, and every seat
 * the person holds (several: the header offers a switch).
 */
export type Me = Omit<Actor, 'role'> & { role: Role; groups: string[]; actingAs?: string; seats?: Seat[] };

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
  /** The nomination kind its filings are. */
  kind: string;
  /** The launching unit, its level, filing window, awards, council and status (null for a campaign kept before the directory). */
  unitId?: string | null;
  level?: string | null;
  filingOpensOn?: string | null;
  filingClosesOn?: string | null;
  awards?: string[] | null;
  councilId?: string | null;
  status?: 'OPEN' | 'CLOSED' | null;
  /** Lifecycle windows (docs/campaigns.md), null when the campaign has none. */
  registrationOpensOn?: string | null;
  registrationClosesOn?: string | null;
  evaluationOpensOn?: string | null;
  evaluationClosesOn?: string | null;
}

export interface Council {
  councilId: string;
  name: string;
  level: string;
  authorityId: string;
  authorityName: string;
  members: { memberId: string; unitId: string; name: string; chair?: boolean }[];
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
  /** HS-2026-000123 (per council and year); null for cases filed before numbers. */
  caseNumber: string | null;
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
  caseNumber: string | null;
  awardCode: string;
  kind: string;
  year: number;
  unitId: string;
  /** The unit's name at filing (null for older cases: the directory's current name is shown). */
  unitName: string | null;
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
  caseNumber: string | null;
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
  members?: string[];
  /** The office's list of who took part; null for everyone else. */
  participated?: string[] | null;
  participatedCount?: number;
  denominatorKind?: 'ALL_MEMBERS' | 'MEMBERS_PRESENT' | null;
  threshold?: { comparison: 'AT_LEAST' | 'MORE_THAN'; percent: number } | null;
  tally: Tally | null;
}

export interface Disclosure {
  nominationId: string;
  nomineeName: string;
  caseNumber: string | null;
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
