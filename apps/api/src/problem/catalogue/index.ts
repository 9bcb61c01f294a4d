import { REFUSAL_KINDS, type RefusalCode, type RefusalKind } from '@khen/domain';
import { CASE_REFUSALS } from './cases';
import { SCORING_EDGE_REFUSALS } from './cluster-scoring';
import { DIRECTORY_EDGE_REFUSALS } from './directory';
import { CAMPAIGN_EDGE_REFUSALS } from './campaigns';
import { DOCUMENT_REFUSALS } from './documents';
import { PAPERWORK_REFUSALS } from './paperwork';
import { REFERENCE_REFUSALS } from './reference';
import { REQUEST_REFUSALS } from './request';
import { SERVICE_REFUSALS } from './service';

export type { FieldError, RefusalText } from './entry';

/**
 * The refusal catalogue (docs/architecture.md, "The refusal catalogue"): every code the API answers with
 * has one definition. The domain's codes are defined in libs/domain (REFUSAL_KINDS: one kind each, and
 * one builder each for their words); the edge's own codes are defined here, each with its one status.
 */
export const EDGE_REFUSALS = {
  ...REQUEST_REFUSALS,
  ...CASE_REFUSALS,
  ...REFERENCE_REFUSALS,
  ...DOCUMENT_REFUSALS,
  ...SERVICE_REFUSALS,
  ...DIRECTORY_EDGE_REFUSALS,
  ...CAMPAIGN_EDGE_REFUSALS,
  ...PAPERWORK_REFUSALS,
  ...SCORING_EDGE_REFUSALS,
};
export type EdgeCode = keyof typeof EDGE_REFUSALS;
export type ProblemCode = RefusalCode | EdgeCode;

/** The one place a domain refusal's kind becomes an HTTP status. */
export const STATUS_OF_KIND: Record<RefusalKind, number> = {
  CONFLICT: 409,
  INVALID: 422,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

const isDomainCode = (code: string): code is RefusalCode => Object.hasOwn(REFUSAL_KINDS, code);

/** The one HTTP status of a code, domain or edge. */
export function statusOf(code: ProblemCode): number {
  return isDomainCode(code) ? STATUS_OF_KIND[REFUSAL_KINDS[code]] : EDGE_REFUSALS[code].status;
}

/** Every code of the catalogue, domain and edge. */
export const PROBLEM_CODES: ProblemCode[] = [
  ...(Object.keys(REFUSAL_KINDS) as RefusalCode[]),
  ...(Object.keys(EDGE_REFUSALS) as EdgeCode[]),
];
