import type { Refusal, RuleReference } from '@khen/domain';

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
    const status = r.kind === 'CONFLICT' ? 409 : r.kind === 'FORBIDDEN' ? 403 : 422;
    return new ProblemException(status, r.code, r.messageVi, r.messageEn, { field: r.field, rule: r.rule });
  }
}
