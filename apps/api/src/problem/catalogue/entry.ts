import type { RuleReference } from '@khen/domain';

/** One field's reason in a validation refusal, Vietnamese first. */
export interface FieldError {
  field: string;
  reason: string;
  reasonEn: string;
}

/** What a refusal says: Vietnamese first, English second, the field and the legal basis where one applies. */
export interface RefusalText {
  vi: string;
  en: string;
  field?: string;
  errors?: FieldError[];
  rule?: RuleReference;
  /** Further members of the problem body (e.g. the id of an unanswered command). */
  more?: Record<string, unknown>;
}

/** An edge refusal's one definition: its HTTP status and its words, from the values it names. */
export interface EdgeEntry<P> {
  status: number;
  text: (params: P) => RefusalText;
}

export const entry = <P = void>(status: number, text: (params: P) => RefusalText): EdgeEntry<P> => ({ status, text });
