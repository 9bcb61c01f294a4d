import { slaDeadline, slaWarningAt, type NominationState, type TaskState } from '@khen/domain';

/** Column values of the three read models a case feeds: `nominations`, `tasks`, `award_registry`. */
export interface NominationRow {
  nomination_id: string;
  stream_id: string;
  version: number;
  stage: string;
  status: string;
  outcome: string | null;
  award_code: string;
  unit_id: string;
  campaign_id: string;
  nominee_name: string;
  state: NominationState;
  last_position: string;
  created_at: string;
  updated_at: string;
  year: number;
  kind: string;
  nominee_key: string;
  council_id: string;
  authority_id: string;
  sla_deadline: string | null;
  sla_warning_at: string | null;
}

export interface TaskRow {
  task_id: string;
  nomination_id: string;
  task_type: string;
  slot: string;
  candidate_group: string;
  assignee: string | null;
  owner: string | null;
  claimed_by: string | null;
  status: 'OPEN' | 'CLOSED';
  outcome: string | null;
  priority: number;
  stage: string;
  due_at: string;
  breach_at: string;
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
  award_code: string;
  unit_id: string;
  campaign_id: string;
  nominee_name: string;
  last_position: string;
}

export interface RegistryRow {
  entry_id: string;
  nominee_key: string;
  nominee_name: string;
  award_code: string;
  year: number;
  kind: string;
  unit_id: string;
  decision_number: string;
  decision_date: string;
  authority_id: string;
  signer_id: string;
  nomination_id: string;
  source: 'EVENT';
  recorded_at: string;
}

/** Sort keys are never null in the table ('infinity' = no deadline), so keyset pages stay simple. */
export const orInfinity = (iso: string | undefined) => iso ?? 'infinity';

export function nominationRow(
  s: NominationState,
  streamId: string,
  position: string,
  createdAt: string,
  updatedAt: string,
): NominationRow {
  return {
    nomination_id: s.nominationId,
    stream_id: streamId,
    version: s.version,
    stage: s.stage,
    status: s.status,
    outcome: s.outcome ?? null,
    award_code: s.awardCode,
    unit_id: s.unitId,
    campaign_id: s.campaignId,
    nominee_name: s.nominee?.name ?? '',
    state: s,
    last_position: position,
    created_at: createdAt,
    updated_at: updatedAt,
    year: s.year,
    kind: s.kind,
    nominee_key: s.nominee?.key ?? '',
    council_id: s.council?.councilId ?? '',
    authority_id: s.council?.authorityId ?? '',
    sla_deadline: slaDeadline(s) ?? null,
    sla_warning_at: slaWarningAt(s) ?? null,
  };
}

export function openTaskRow(s: NominationState, t: TaskState, createdAt: string, position: string): TaskRow {
  return {
    task_id: t.taskId,
    nomination_id: s.nominationId,
    task_type: t.type,
    slot: t.slot,
    candidate_group: t.candidateGroup,
    assignee: t.assignee ?? null,
    owner: t.owner ?? null,
    claimed_by: t.claimedBy ?? null,
    status: 'OPEN',
    outcome: null,
    priority: t.priority,
    stage: t.stage,
    due_at: orInfinity(t.dueAt),
    breach_at: orInfinity(slaDeadline(s)),
    created_at: createdAt,
    closed_at: null,
    closed_by: null,
    award_code: s.awardCode,
    unit_id: s.unitId,
    campaign_id: s.campaignId,
    nominee_name: s.nominee?.name ?? '',
    last_position: position,
  };
}

export function registryRow(s: NominationState, recordedAt: string): RegistryRow {
  const d = s.decision!;
  return {
    entry_id: s.nominationId,
    nominee_key: s.nominee!.key,
    nominee_name: s.nominee!.name,
    award_code: s.awardCode,
    year: s.year,
    kind: s.kind,
    unit_id: s.unitId,
    decision_number: d.decisionNumber,
    decision_date: d.decisionDate,
    authority_id: d.authorityId,
    signer_id: d.signerId,
    nomination_id: s.nominationId,
    source: 'EVENT',
    recorded_at: recordedAt,
  };
}
