import type { Refusal, RefusalKind, RuleReference } from '@khen/domain';

/** How the edge reads a refusal (refusal.ts): 409 conflict, 422 invalid content, 403 not permitted, 404 not found. */
const STATUS_OF_KIND: Record<RefusalKind, number> = { CONFLICT: 409, INVALID: 422, FORBIDDEN: 403, NOT_FOUND: 404 };

export interface FieldError {
  field: string;
  reason: string;
  reasonEn: string;
}

/** An error on its way to becoming an RFC 7807 problem body (Vietnamese first, English second). */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly extra: { field?: string; errors?: FieldError[]; rule?: RuleReference } = {},
  ) {
    super(`${code}: ${messageEn}`);
  }

  static fromRefusal(r: Refusal): ProblemException {
    const status = STATUS_OF_KIND[r.kind];
    return new ProblemException(status, r.code, r.messageVi, r.messageEn, { field: r.field, rule: r.rule });
  }
}
