import type { Refusal, RuleReference } from '@khen/domain';
import {
  EDGE_REFUSALS,
  statusOf,
  type EdgeCode,
  type FieldError,
  type ProblemCode,
  type RefusalText,
} from './catalogue';

export type { FieldError } from './catalogue';

/** Held by this module only: nothing else can build a problem in words of its own. */
const FROM_CATALOGUE = Symbol('from the catalogue');

/**
 * An error on its way to becoming an RFC 7807 problem body (Vietnamese first, English second). Built only
 * from the catalogue: `problem(code, …)` for the edge's codes, `fromRefusal` for the domain's.
 */
export class ProblemException extends Error {
  readonly status: number;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly extra: { field?: string; errors?: FieldError[]; rule?: RuleReference } & Record<string, unknown>;

  constructor(
    token: typeof FROM_CATALOGUE,
    readonly code: ProblemCode,
    text: RefusalText,
  ) {
    if (token !== FROM_CATALOGUE) throw new TypeError('a ProblemException is built from the catalogue');
    super(`${code}: ${text.en}`);
    this.status = statusOf(code);
    this.messageVi = text.vi;
    this.messageEn = text.en;
    this.extra = { ...text.more, field: text.field, errors: text.errors, rule: text.rule };
  }

  static fromRefusal(r: Refusal): ProblemException {
    return new ProblemException(FROM_CATALOGUE, r.code, {
      vi: r.messageVi,
      en: r.messageEn,
      field: r.field,
      rule: r.rule,
    });
  }
}

type ParamsOf<C extends EdgeCode> = Parameters<(typeof EDGE_REFUSALS)[C]['text']>[0];

/** The edge refusal of a code, in the catalogue's words: `problem('STALE_VERSION', { version })`. */
export function problem<C extends EdgeCode>(
  code: C,
  ...params: ParamsOf<C> extends void ? [] : [ParamsOf<C>]
): ProblemException {
  // Each entry's text takes its own parameters; the signature above ties them to the code.
  const text = (EDGE_REFUSALS[code].text as (p: unknown) => RefusalText)(params[0]);
  return new ProblemException(FROM_CATALOGUE, code, text);
}
