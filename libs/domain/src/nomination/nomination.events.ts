import type { ClusterRankCount } from '../cluster-scoring/cluster-rank';
import type { UploadedDocument } from './dossier-files';
import type { CouncilMember, RecordedTally } from '../ballot/tally';
import type { CollectiveCounts } from '../eligibility/collective-counts';
import type { InitiativeCounts } from '../eligibility/initiative-counts';
import type { Achievements } from '../eligibility/facts';
import type { NominationKind } from '../organisation/kinds';
import type { AuthorityLevel } from '../organisation/levels';
import type { EscalationLevel, FrozenRules, Subject } from '../rules/rule-set';
import type { Stage } from '../stages';
import type { TaskPriority, TaskType } from '../tasks/task-types';

/** Document metadata of a dossier; the content is identified by its SHA-256, stored elsewhere. */
export interface DocumentRef {
  /** Document kind: TO_TRINH (proposal), BAO_CAO_THANH_TICH (achievement report), BIEN_BAN_HOP (minutes)… */
  code: string;
  title: string;
  sha256: string;
  /** What the document store knows of the file (its name as uploaded, bytes, the type sniffed from its
   * content), filled in by the decider from the upload facts; absent in cases filed before uploads. */
  fileName?: string;
  size?: number;
  mediaType?: string;
  /** A signed decision only: the draft Khen produced that the signer signed (the SHA-256 of its bytes). */
  draftSha256?: string;
}

export interface Nominee {
  /** Stable identity in the registry: a staff or citizen id, or the unit's code for a collective. */
  key: string;
  name: string;
  subject: Subject;
  /** Unit the nominee belongs to (used for recusal). */
  unitId: string;
  position?: string;
  /** Reporting dimensions of Law art. 5 (priority to women, direct workers). */
  gender?: 'FEMALE' | 'MALE';
  directWorker?: boolean;
  /** A small collective (tổ, đội, phòng, khoa…): a reporting dimension of Law art. 5, for collectives only. */
  smallCollective?: boolean;
}

/** The council and the authority a nomination is filed with (directory data, copied at filing). */
export interface CouncilRef {
  councilId: string;
  level: AuthorityLevel;
  authorityId: string;
}

/**
 * The nominee's unit as the directory had it on the day of filing: a case shows this, so renaming, moving or
 * merging the unit later never rewrites what a past case recorded. Absent in cases filed before it was kept.
 */
export interface UnitSnapshot {
  /** The unit's code. */
  unitId: string;
  name: string;
  level: AuthorityLevel;
  parentId: string | null;
  parentName: string | null;
}

export interface Council extends CouncilRef {
  members: CouncilMember[];
}

export const REJECTION_REASONS = [
  'WRONG_SUBJECT',
  'CRITERIA_NOT_MET',
  'INCOMPLETE_DOSSIER',
  'LAW_VIOLATION',
  'BALLOT_FAILED',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type ObjectionOutcome = 'UPHELD' | 'DISMISSED';

/** Who signed: our authority, or a higher level whose decision the office records. */
export interface DecisionData {
  decisionNumber: string;
  decisionDate: string;
  signerId: string;
  signerName: string;
  authorityId: string;
  level: AuthorityLevel;
  byHigherLevel: boolean;
  /** The decision as signed (a PDF the authority uploaded); public for an award. */
  signedDocument?: DocumentRef;
}

export interface DraftData {
  nominationId: string;
  awardCode: string;
  kind: NominationKind;
  unitId: string;
  campaignId: string;
  /** The year whose achievements are considered. */
  year: number;
  nominee: Nominee;
  council: CouncilRef;
  achievements: Achievements;
  ruleSetId: string;
  /** The filing unit as it was that day (optional: older histories have none, and replay unchanged). */
  unit?: UnitSnapshot;
  /** The case's number for people (`HS-2026-000123`, per council and filing year), given by the store when
   * it records the draft; absent in cases filed before numbers and in drafts not yet recorded. */
  caseNumber?: string;
}

/** Event names of docs/architecture.md §4 are the contract; payloads, and the events added to them, are ours. */
export type NominationEvent =
  // UNIT_PROPOSAL
  | { type: 'NominationDrafted'; data: DraftData }
  | {
      type: 'DraftUpdated';
      data: { changes: Partial<Pick<DraftData, 'awardCode' | 'kind' | 'year' | 'nominee' | 'achievements'>> };
    }
  | {
      type: 'DossierSubmitted';
      data: {
        documents: DocumentRef[];
        receivedAt: string;
        rules: FrozenRules;
        /** A collective's counts as checked, and whether from the registry or as declared. */
        collective?: CollectiveCounts;
        /** The initiatives counted, from the initiative registry or as declared (a declared one is flagged). */
        initiatives?: InitiativeCounts;
        /** The cluster rank read: from the cluster's recorded vote, or as declared (to verify). */
        clusterRank?: ClusterRankCount;
      };
    }
  | { type: 'SupplementRequested'; data: { missing: string[]; note: string; requestedBy?: string } }
  | { type: 'DossierSupplemented'; data: { documents: DocumentRef[]; achievements?: Achievements } }
  | { type: 'NominationWithdrawn'; data: { reason: string } }
  // COUNCIL_REVIEW
  | { type: 'AppraisalCompleted'; data: { opinion: string; appraiserId: string } }
  | {
      type: 'ReviewOpened';
      data: {
        ballotId: string;
        round: number;
        members: CouncilMember[];
        recused: { memberId: string; reason: string }[];
        deadline: string;
        sessionId?: string;
      };
    }
  /** Participation only: the choice is sealed and never stored beside the member (secret ballot). */
  | { type: 'VoteCast'; data: { ballotId: string; memberId: string } }
  | { type: 'WrittenOpinionRecorded'; data: { ballotId: string; memberId: string; recordedBy: string } }
  | {
      type: 'ReviewClosed';
      data: {
        ballotId: string;
        /** The recorded count stands: it is history, whatever a later count would say. */
        tally: RecordedTally;
        passed: boolean;
        closedBy: 'SECRETARY' | 'DEADLINE';
        sealedBallots: string[];
      };
    }
  /**
   * The open ballot could not be counted: its sealed choices lived only in the workflow (never in an
   * event) and were lost with it. Who took part stays in the stream; the council votes again.
   */
  | { type: 'BallotVoided'; data: { ballotId: string; lostParticipants: number } }
  // PUBLIC_DISCLOSURE
  | { type: 'DisclosureOpened'; data: { opensAt: string; endsAt: string; workingDays: number } }
  | {
      type: 'ObjectionFiled';
      /** `evidence`: files the citizen attached, by content hash (absent in objections filed before evidence existed). */
      data: {
        objectionId: string;
        content: string;
        submitterName?: string;
        contact?: string;
        evidence?: UploadedDocument[];
      };
    }
  | {
      type: 'ObjectionResolved';
      data: { objectionId: string; outcome: ObjectionOutcome; note: string; resolvedBy: string };
    }
  | { type: 'DisclosureClosed'; data: { closedAt: string } }
  // FINAL_DECISION
  | { type: 'DecisionIssued'; data: DecisionData }
  | {
      type: 'NominationRejected';
      data: { stage: Stage; reasonCode: RejectionReason; reason: string; byHigherLevel?: boolean };
    }
  | {
      type: 'ForwardedToHigherLevel';
      data: { fromLevel: AuthorityLevel; toLevel: AuthorityLevel; note: string; forwardedBy: string };
    }
  // tasks (the reviewers' queue): opened and closed by the workflow only
  | {
      type: 'TaskOpened';
      data: {
        taskId: string;
        taskType: TaskType;
        slot: string;
        candidateGroup: string;
        assignee?: string;
        priority: TaskPriority;
        stage: Stage;
        dueAt?: string;
      };
    }
  | { type: 'TaskClaimed'; data: { taskId: string; userId: string } }
  | { type: 'TaskReleased'; data: { taskId: string; userId: string } }
  | {
      type: 'TaskAssigned';
      data: { taskId: string; assignee: string; owner?: string; by: string; mode: 'REASSIGN' | 'DELEGATE' };
    }
  | { type: 'TaskClosed'; data: { taskId: string; outcome: 'COMPLETED' | 'CANCELLED'; by?: string } }
  // SLA clocks, in working days
  | {
      type: 'SlaClockStarted';
      data: {
        clockId: string;
        stage: Stage;
        startedOn: string;
        budgetWorkingDays: number;
        warningAt: string;
        deadline: string;
      };
    }
  | { type: 'SlaClockPaused'; data: { clockId: string; on: string } }
  | { type: 'SlaClockResumed'; data: { clockId: string; on: string; warningAt: string; deadline: string } }
  | {
      type: 'SlaClockRescheduled';
      data: { clockId: string; budgetWorkingDays: number; warningAt: string; deadline: string; reason: string };
    }
  | { type: 'SlaClockStopped'; data: { clockId: string; on: string } }
  | { type: 'SlaWarning'; data: { clockId: string; stage: Stage; at: string; deadline: string } }
  | { type: 'SlaBreached'; data: { clockId: string; stage: Stage; at: string; deadline: string; window: number } }
  | {
      type: 'EscalationRaised';
      data: { clockId: string; stage: Stage; level: EscalationLevel; window: number; taskId: string };
    };

export type NominationEventType = NominationEvent['type'];

/** Who did it and in which run; stored as the event's metadata (docs/architecture.md §3). */
export interface EventMetadata {
  actorId: string;
  actorRole: string;
  actorName?: string;
  actorUnitId?: string;
  workflowId?: string;
  runId?: string;
  correlationId?: string;
  causationId?: string;
  /** The dossier version and rule version the actor was looking at. */
  seenVersion?: number;
  ruleSetId?: string;
  ruleSetVersion?: number;
}

/** An event as the workflow hands it to the store: its id is made in the workflow (deterministic). */
export type EventEnvelope<E extends NominationEvent = NominationEvent> = E & {
  eventId: string;
  occurredAt: string;
  metadata: EventMetadata;
};
