import type { CouncilMember, Tally, VoteChoice } from '../ballot/tally';
import type { FrozenAwardRule, Subject } from '../rules/rule-set';
import type { Stage } from '../stages';

/** Document metadata of a dossier; the content is identified by its SHA-256, stored elsewhere. */
export interface DocumentRef {
  /** Document kind: TO_TRINH (proposal), BAO_CAO_THANH_TICH (achievement report), BIEN_BAN_HOP (minutes)… */
  code: string;
  title: string;
  sha256: string;
}

export interface Nominee {
  name: string;
  subject: Subject;
  /** Unit the nominee belongs to (used for recusal). */
  unitId: string;
  position?: string;
}

export interface Council {
  councilId: string;
  members: CouncilMember[];
}

export const REJECTION_REASONS = ['WRONG_SUBJECT', 'CRITERIA_NOT_MET', 'INCOMPLETE_DOSSIER', 'LAW_VIOLATION', 'BALLOT_FAILED'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Event names are the contract of design.md §4; payloads are ours. */
export type NominationEvent =
  | { type: 'NominationDrafted'; data: { nominationId: string; awardCode: string; kind: string; unitId: string; campaignId: string; nominee: Nominee; council: Council; ruleSetId: string } }
  | { type: 'DossierSubmitted'; data: { documents: DocumentRef[] } }
  | { type: 'SupplementRequested'; data: { missing: string[]; note: string } }
  | { type: 'DossierSupplemented'; data: { documents: DocumentRef[] } }
  | { type: 'NominationWithdrawn'; data: { reason: string } }
  | { type: 'AppraisalCompleted'; data: { opinion: string; receivedCompleteAt: string; rule: FrozenAwardRule } }
  | { type: 'ReviewOpened'; data: { ballotId: string; members: CouncilMember[]; recused: string[] } }
  | { type: 'VoteCast'; data: { ballotId: string; memberId: string; choice: VoteChoice } }
  | { type: 'ReviewClosed'; data: { ballotId: string; tally: Tally; passed: boolean } }
  | { type: 'DisclosureOpened'; data: { opensAt: string; endsAt: string; workingDays: number } }
  | { type: 'DisclosureClosed'; data: { closedAt: string } }
  | { type: 'DecisionIssued'; data: { decisionNumber: string; decisionDate: string; signerId: string; signerName: string } }
  | { type: 'NominationRejected'; data: { stage: Stage; reasonCode: RejectionReason; reason: string } };

export type NominationEventType = NominationEvent['type'];

/** Who did it and in which run; stored as the event's metadata (design.md §3). */
export interface EventMetadata {
  actorId: string;
  actorRole: string;
  workflowId?: string;
  runId?: string;
  correlationId?: string;
  causationId?: string;
}

/** An event as the workflow hands it to the store: its id is made in the workflow (deterministic). */
export type EventEnvelope<E extends NominationEvent = NominationEvent> = E & {
  eventId: string;
  occurredAt: string;
  metadata: EventMetadata;
};
