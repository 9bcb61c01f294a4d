import type { UploadedDocument } from './dossier-files';
import type { CouncilMember, VoteChoice } from '../ballot/tally';
import type { WorkingCalendar } from '../calendar/working-days';
import type { Achievements, SubmissionFacts } from '../eligibility/facts';
import type { AuthorityLevel } from '../organisation/levels';
import type { RuleSet } from '../rules/rule-set';
import type { DocumentRef, DraftData, ObjectionOutcome, RejectionReason } from './nomination.events';

export const ROLES = [
  'UNIT_OFFICER',
  'TDKT_OFFICE',
  'COUNCIL_MEMBER',
  'AUTHORITY',
  'ADMIN',
  'SLA_MONITOR',
  'PUBLIC',
  'SYSTEM',
] as const;
export type Role = (typeof ROLES)[number];

/** Who acts, with the scope their token grants (docs/architecture.md §5). */
export interface Actor {
  userId: string;
  role: Role;
  displayName?: string;
  /** UNIT_OFFICER: the unit they file for; others: their own unit (for recusal and display). */
  unitId?: string;
  /** TDKT_OFFICE and COUNCIL_MEMBER: the council they serve. */
  councilId?: string;
  /** AUTHORITY: the body that signs (e.g. UBND-TP) and its level. */
  authorityId?: string;
  level?: AuthorityLevel;
  /** Head of the office (reassigns, OFFICE_LEAD escalations) or chair of the council (COUNCIL_CHAIR). */
  lead?: boolean;
}

export type DraftChanges = Partial<Pick<DraftData, 'awardCode' | 'kind' | 'year' | 'nominee' | 'achievements'>>;

export type NominationCommand =
  | { type: 'EditDraft'; changes: DraftChanges }
  | { type: 'SubmitDossier'; documents: DocumentRef[] }
  | { type: 'RequestSupplement'; missing: string[]; note: string }
  | { type: 'SupplementDossier'; documents: DocumentRef[]; achievements?: Achievements }
  | { type: 'WithdrawNomination'; reason: string }
  | { type: 'AppraiseDossier'; opinion: string; sessionId?: string }
  /** The choice travels sealed (encrypted by the API, opened only to tally): no one sees it before the close. */
  | { type: 'CastVote'; sealedChoice: string }
  | { type: 'RecordWrittenOpinion'; memberId: string; sealedChoice: string }
  | { type: 'CloseBallot' }
  | {
      type: 'FileObjection';
      objectionId: string;
      content: string;
      submitterName?: string;
      contact?: string;
      /** The citizen's evidence files, as the API found them uploaded for this case (at most 3). */
      evidence?: UploadedDocument[];
    }
  | { type: 'ResolveObjection'; objectionId: string; outcome: ObjectionOutcome; note: string }
  | { type: 'IssueDecision'; decisionNumber: string; decisionDate: string; signedDocument?: DocumentRef }
  | { type: 'RejectNomination'; reasonCode: RejectionReason; reason: string }
  | { type: 'ForwardToHigherLevel'; note: string }
  | {
      type: 'RecordHigherDecision';
      outcome: 'AWARD' | 'REJECT';
      decisionNumber?: string;
      decisionDate?: string;
      signerName?: string;
      reasonCode?: RejectionReason;
      reason?: string;
    }
  | { type: 'ClaimTask'; taskId: string }
  | { type: 'ReleaseTask'; taskId: string }
  | { type: 'ReassignTask'; taskId: string; assignee: string }
  | { type: 'DelegateTask'; taskId: string; to: string }
  | { type: 'ExtendSla'; extraWorkingDays: number; reason: string }
  // Issued by the workflow itself (actor SYSTEM): timers and data it loaded.
  | { type: 'OpenBallot'; members: CouncilMember[] }
  | { type: 'CloseBallotAtDeadline' }
  /** A case restored from its stream: the open ballot's sealed choices were lost with Temporal's state. */
  | { type: 'VoidBallot' }
  | { type: 'CloseDisclosure' }
  | { type: 'SlaTick' }
  | { type: 'RecomputeClocks'; reason: string };

export type NominationCommandType = NominationCommand['type'];

/** The revealed choices of a closing ballot, unlinked from members (sorted). */
export interface RevealedBallots {
  choices: VoteChoice[];
  writtenOpinions: number;
  /** Sealed ballots that did not open (tampered or of another ballot): counted as invalid. */
  invalid: number;
  /** The sealed ballots themselves, kept (sorted, unlinked) in ReviewClosed for a recount. */
  sealed: string[];
}

/** Everything a decision may depend on besides state and command; all of it deterministic. */
export interface DecisionContext {
  /** ISO instant: workflow time inside Temporal, never the wall clock. */
  now: string;
  actor: Actor;
  /** The rule set in force now: used until the dossier is received complete, then frozen. */
  ruleSet: RuleSet;
  calendar: WorkingCalendar;
  /** Registry, holds, other nominations and quota usage, read by an activity for submissions. */
  facts?: SubmissionFacts;
  /** Opened by an activity when the ballot closes. */
  revealed?: RevealedBallots;
  /** Demo/test override of the disclosure length in milliseconds (the rules' working days otherwise). */
  disclosureOverrideMs?: number;
  /**
   * Count a ballot as the first version did (recused members outside the all-members denominator):
   * set by the workflow only while replaying a history recorded before the count over seated members.
   */
  legacyBallotCount?: boolean;
}
