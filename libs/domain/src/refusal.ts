import type { DirectoryRefusalCode } from './directory/directory-refusal-codes';

/**
 * A refusal is a value, not an exception: a stable code that survives Temporal's
 * failure serialization, a Vietnamese message first, an English one second, and the rule it applies.
 */
export interface RuleReference {
  /** e.g. "Luật Thi đua, khen thưởng số 06/2022/QH15" */
  legalBasis: string;
  /** e.g. "Điều 84" */
  article?: string;
}

/** Every code the domain refuses with; the table test covers each one. */
export const REFUSAL_CODES = [
  // the case and its stage
  'NOMINATION_CLOSED',
  'WRONG_STAGE',
  'NOT_OWN_UNIT',
  'ACTION_NOT_PERMITTED',
  'FIELD_REQUIRED',
  'INVALID_DATE',
  'INVALID_YEAR',
  // the dossier against the rules in force
  'NO_RULES_IN_FORCE',
  'UNKNOWN_AWARD',
  'WRONG_SUBJECT',
  'KIND_NOT_ALLOWED',
  'AUTHORITY_NOT_COMPETENT',
  'MISSING_DOCUMENTS',
  // eligibility and quotas
  'NOMINEE_ON_HOLD',
  'ALREADY_AWARDED',
  'DUPLICATE_NOMINATION',
  'ONE_ACHIEVEMENT_ONE_AWARD',
  'PREREQUISITE_NOT_MET',
  'OVER_QUOTA',
  // the council's secret ballot
  'NOT_A_COUNCIL_MEMBER',
  'MEMBER_RECUSED',
  'ALREADY_VOTED',
  'BALLOT_CLOSED',
  'QUORUM_NOT_REACHED',
  'SEALED_BALLOT_INVALID',
  // disclosure and objections
  'DISCLOSURE_NOT_OPEN',
  'DISCLOSURE_NOT_ENDED',
  'OBJECTION_UNRESOLVED',
  'OBJECTION_NOT_FOUND',
  'OBJECTION_ALREADY_RESOLVED',
  // the decision
  'NOT_THE_AUTHORITY',
  'AUTHORITY_MUST_FORWARD',
  'NO_HIGHER_LEVEL',
  'DECISION_NUMBER_TAKEN',
  'UNKNOWN_REJECTION_REASON',
  // tasks
  'TASK_NOT_FOUND',
  'TASK_ALREADY_CLAIMED',
  'TASK_NOT_CLAIMED',
  'TASK_CLAIMED_BY_OTHER',
  'NOT_IN_CANDIDATE_GROUP',
  'NOT_OFFICE_LEAD',
  // SLA
  'INVALID_EXTENSION',
] as const;
/** The nomination's codes and the directory's (directory/directory-refusal-codes.ts). */
export type RefusalCode = (typeof REFUSAL_CODES)[number] | DirectoryRefusalCode;

/** How the edge reads a refusal: 409 conflict, 422 invalid content, 403 not permitted, 404 not found. */
export type RefusalKind = 'CONFLICT' | 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND';

export interface Refusal {
  refused: true;
  code: RefusalCode;
  kind: RefusalKind;
  messageVi: string;
  messageEn: string;
  /** The request field the refusal is about, when there is one. */
  field?: string;
  rule?: RuleReference;
}

export function refusal(
  code: RefusalCode,
  kind: RefusalKind,
  messageVi: string,
  messageEn: string,
  extra: { field?: string; rule?: RuleReference } = {},
): Refusal {
  return { refused: true, code, kind, messageVi, messageEn, ...extra };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).refused === true;
}
