import { slaDeadline, slaWarningAt, type NominationState, type TaskState } from '@khen/domain';
import type { NominationRow, RegistryRow, TaskRow } from './case-columns';

export type { NominationRow, RegistryRow, TaskRow } from './case-columns';

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
    case_number: s.caseNumber ?? null,
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
    case_number: s.caseNumber ?? null,
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
