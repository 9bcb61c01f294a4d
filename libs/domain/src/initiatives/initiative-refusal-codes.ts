import type { RefusalKind } from '../refusal';

/** Every code the initiative registry refuses with (initiative.refusals.ts) and its one kind; the decider's spec covers each one. */
export const INITIATIVE_REFUSAL_KINDS = {
  INITIATIVE_FIELD_REQUIRED: 'INVALID',
  INITIATIVE_UNIT_UNKNOWN: 'INVALID',
  INITIATIVE_NOT_OWN_UNIT: 'FORBIDDEN',
  INITIATIVE_DATE_INVALID: 'INVALID',
  INITIATIVE_AUTHOR_TWICE: 'INVALID',
  INITIATIVE_EXISTS: 'CONFLICT',
  INITIATIVE_NOT_FOUND: 'NOT_FOUND',
  INITIATIVE_ALREADY_ASSESSED: 'CONFLICT',
  ASSESSOR_IS_AUTHOR: 'FORBIDDEN',
} as const satisfies Record<string, RefusalKind>;
export type InitiativeRefusalCode = keyof typeof INITIATIVE_REFUSAL_KINDS;
export const INITIATIVE_REFUSAL_CODES = Object.keys(INITIATIVE_REFUSAL_KINDS) as InitiativeRefusalCode[];
