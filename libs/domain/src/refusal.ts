import { DIRECTORY_REFUSAL_KINDS } from './directory/directory-refusal-codes';
import { INITIATIVE_REFUSAL_KINDS } from './initiatives/initiative-refusal-codes';
import { SCORING_REFUSAL_KINDS } from './cluster-scoring/scoring-refusal-codes';
import { CAMPAIGN_REFUSAL_KINDS } from './campaigns/campaign-refusal-codes';

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

/**
 * What kind of "no" a refusal is. The edge reads it once (apps/api/src/problem/catalogue.ts): 409 conflict,
 * 422 invalid content, 403 not permitted, 404 not found.
 */
export type RefusalKind = 'CONFLICT' | 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * Every code the domain refuses with, and its one kind. A code never changes kind, so the edge gives it
 * one HTTP status (docs/architecture.md, "The refusal catalogue"). Each code's messages, field and legal
 * basis are written once, by its builder (`refuse`, `refuseEligibility`, `checkQuota`); the table test
 * produces every code by a scenario.
 */
const NOMINATION_REFUSAL_KINDS = {
  // the case and its stage
  NOMINATION_CLOSED: 'CONFLICT',
  WRONG_STAGE: 'CONFLICT',
  NOT_OWN_UNIT: 'FORBIDDEN',
  ACTION_NOT_PERMITTED: 'FORBIDDEN',
  FIELD_REQUIRED: 'INVALID',
  INVALID_DATE: 'INVALID',
  INVALID_YEAR: 'INVALID',
  // the dossier against the rules in force
  NO_RULES_IN_FORCE: 'INVALID',
  UNKNOWN_AWARD: 'INVALID',
  WRONG_SUBJECT: 'INVALID',
  KIND_NOT_ALLOWED: 'INVALID',
  AUTHORITY_NOT_COMPETENT: 'INVALID',
  MISSING_DOCUMENTS: 'INVALID',
  DOCUMENT_NOT_UPLOADED: 'INVALID',
  DOSSIER_TOO_LARGE: 'INVALID',
  // eligibility and quotas
  NOMINEE_ON_HOLD: 'INVALID',
  ALREADY_AWARDED: 'INVALID',
  DUPLICATE_NOMINATION: 'CONFLICT',
  ONE_ACHIEVEMENT_ONE_AWARD: 'INVALID',
  PREREQUISITE_NOT_MET: 'INVALID',
  OVER_QUOTA: 'INVALID',
  // the council's secret ballot
  NOT_A_COUNCIL_MEMBER: 'FORBIDDEN',
  MEMBER_RECUSED: 'CONFLICT',
  ALREADY_VOTED: 'CONFLICT',
  BALLOT_CLOSED: 'CONFLICT',
  QUORUM_NOT_REACHED: 'CONFLICT',
  SEALED_BALLOT_INVALID: 'INVALID',
  // disclosure and objections
  DISCLOSURE_NOT_OPEN: 'CONFLICT',
  DISCLOSURE_NOT_ENDED: 'CONFLICT',
  OBJECTION_UNRESOLVED: 'CONFLICT',
  OBJECTION_NOT_FOUND: 'NOT_FOUND',
  OBJECTION_ALREADY_RESOLVED: 'CONFLICT',
  // the decision
  NOT_THE_AUTHORITY: 'FORBIDDEN',
  AUTHORITY_MUST_FORWARD: 'INVALID',
  NO_HIGHER_LEVEL: 'INVALID',
  DECISION_NUMBER_TAKEN: 'CONFLICT',
  UNKNOWN_REJECTION_REASON: 'INVALID',
  DECISION_NOT_PDF: 'INVALID',
  // tasks
  TASK_NOT_FOUND: 'NOT_FOUND',
  TASK_ALREADY_CLAIMED: 'CONFLICT',
  TASK_NOT_CLAIMED: 'CONFLICT',
  TASK_CLAIMED_BY_OTHER: 'CONFLICT',
  NOT_IN_CANDIDATE_GROUP: 'FORBIDDEN',
  NOT_OFFICE_LEAD: 'FORBIDDEN',
  // SLA
  INVALID_EXTENSION: 'INVALID',
} as const satisfies Record<string, RefusalKind>;

/**
 * The nomination's codes, the directory's (directory/directory-refusal-codes.ts), the initiative registry's,
 * cluster scoring's (cluster-scoring/scoring-refusal-codes.ts) and the campaigns' (campaigns/), each with its one kind.
 */
export const REFUSAL_KINDS = {
  ...NOMINATION_REFUSAL_KINDS,
  ...DIRECTORY_REFUSAL_KINDS,
  ...INITIATIVE_REFUSAL_KINDS,
  ...SCORING_REFUSAL_KINDS,
  ...CAMPAIGN_REFUSAL_KINDS,
} as const;
export type RefusalCode = keyof typeof REFUSAL_KINDS;
/** The nomination's codes (libs/domain/src/refusal-codes.spec.ts produces each one). */
export const NOMINATION_REFUSAL_CODES = Object.keys(NOMINATION_REFUSAL_KINDS) as RefusalCode[];
/** Every code the domain refuses with: the nomination's, the directory's, the initiative registry's and the campaigns'. */
export const REFUSAL_CODES = Object.keys(REFUSAL_KINDS) as RefusalCode[];

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

/** A refusal of a code; its kind comes from the code (REFUSAL_KINDS), never from the caller. */
export function refusal(
  code: RefusalCode,
  messageVi: string,
  messageEn: string,
  extra: { field?: string; rule?: RuleReference } = {},
): Refusal {
  return { refused: true, code, kind: REFUSAL_KINDS[code], messageVi, messageEn, ...extra };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as Refusal).refused === true;
}
