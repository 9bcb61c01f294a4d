import type { VoteChoice } from '../ballot/tally';
import type { WorkingCalendar } from '../calendar/working-days';
import type { RuleSet } from '../rules/rule-set';
import type { DocumentRef, RejectionReason } from './nomination.events';

export const ROLES = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR', 'SYSTEM'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role;
  displayName?: string;
  unitId?: string;
  councilId?: string;
}

export type NominationCommand =
  | { type: 'SubmitDossier'; documents: DocumentRef[] }
  | { type: 'RequestSupplement'; missing: string[]; note: string }
  | { type: 'SupplementDossier'; documents: DocumentRef[] }
  | { type: 'AppraiseDossier'; opinion: string }
  | { type: 'CastVote'; choice: VoteChoice }
  | { type: 'CloseBallot' }
  | { type: 'CloseDisclosure' }
  | { type: 'IssueDecision'; decisionNumber: string; decisionDate: string }
  | { type: 'RejectNomination'; reasonCode: RejectionReason; reason: string }
  | { type: 'WithdrawNomination'; reason: string };

export type NominationCommandType = NominationCommand['type'];

/** Everything a decision may depend on besides state and command; all of it deterministic. */
export interface DecisionContext {
  /** ISO instant: workflow time inside Temporal, never the wall clock. */
  now: string;
  actor: Actor;
  ruleSet: RuleSet;
  calendar: WorkingCalendar;
  /** Demo/test override of the disclosure length in milliseconds (the rules' working days otherwise). */
  disclosureOverrideMs?: number;
}
