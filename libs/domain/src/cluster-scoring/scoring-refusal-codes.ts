import type { RefusalKind } from '../refusal';

/**
 * Every code cluster and bloc scoring refuses with (scoring.refusals.ts) and its one kind; the decider's spec
 * produces each one. The ranking ballot also answers with the council ballot's own codes (ALREADY_VOTED,
 * MEMBER_RECUSED, QUORUM_NOT_REACHED, SEALED_BALLOT_INVALID): it is the same secret ballot.
 */
export const SCORING_REFUSAL_KINDS = {
  CRITERIA_INVALID: 'INVALID',
  CRITERION_UNKNOWN: 'INVALID',
  SCORE_ABOVE_MAXIMUM: 'INVALID',
  SCORING_EVIDENCE_REQUIRED: 'INVALID',
  SCORING_REASON_REQUIRED: 'INVALID',
  SCORE_SHEET_INCOMPLETE: 'INVALID',
  SCORING_UNIT_NOT_IN_CLUSTER: 'FORBIDDEN',
  SCORING_NOT_OWN_UNIT: 'FORBIDDEN',
  SCORING_NOT_LEADER: 'FORBIDDEN',
  SCORING_NOT_FOUND: 'NOT_FOUND',
  SCORE_SHEET_SUBMITTED: 'CONFLICT',
  SCORE_SHEET_NOT_SUBMITTED: 'CONFLICT',
  SCORING_CLOSED: 'CONFLICT',
  RANKING_BALLOT_NOT_OPEN: 'CONFLICT',
  CLUSTER_RANK_DISAGREES: 'INVALID',
} as const satisfies Record<string, RefusalKind>;

export type ScoringRefusalCode = keyof typeof SCORING_REFUSAL_KINDS;
export const SCORING_REFUSAL_CODES = Object.keys(SCORING_REFUSAL_KINDS) as ScoringRefusalCode[];
