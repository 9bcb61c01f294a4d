/**
 * A refusal is a value, not an exception (style.md §8): a stable code that survives Temporal's
 * failure serialization, a Vietnamese message first, an English one second, and the rule it applies.
 */
export interface RuleReference {
  /** e.g. "Luật Thi đua, khen thưởng số 06/2022/QH15" */
  legalBasis: string;
  /** e.g. "Điều 84" */
  article?: string;
}

/** How the edge should read a refusal: 409 state conflict, 422 invalid content, 403 not permitted. */
export type RefusalKind = 'CONFLICT' | 'INVALID' | 'FORBIDDEN';

export interface Refusal {
  refused: true;
  code: string;
  kind: RefusalKind;
  messageVi: string;
  messageEn: string;
  /** The request field the refusal is about, when there is one. */
  field?: string;
  rule?: RuleReference;
}

export function refusal(
  code: string,
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
