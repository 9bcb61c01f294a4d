import type { RuleReference } from '../refusal';

/** The texts the rules cite (docs/domain.md §1). */
export const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
export const DECREE = 'Nghị định 152/2025/NĐ-CP';
export const HANOI_RULES = 'Quyết định 32/2024/QĐ-UBND của UBND thành phố Hà Nội';
export const LABOUR_CODE = 'Bộ luật Lao động 2019';

export const law = (article: string): RuleReference => ({ legalBasis: LAW, article });
export const decree = (article: string): RuleReference => ({ legalBasis: DECREE, article });

/** The texts a rule set's legal basis names, e.g. "Luật …; Nghị định …" → both. */
export const basisTexts = (legalBasis: string): string[] =>
  legalBasis
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Whether a citation names only texts of this legal basis (one of them, several, or all). */
export function citesWithin(ref: RuleReference, legalBasis: string): boolean {
  const texts = new Set(basisTexts(legalBasis));
  const cited = basisTexts(ref.legalBasis);
  return cited.length > 0 && cited.every((t) => texts.has(t));
}

/**
 * A citation as a case may give it (docs/domain.md §1): a text of the rule set frozen in the case, or
 * that rule set's legal basis as a whole when the citation names a text the rule set does not rest on.
 */
export const citeInForce = (ref: RuleReference, legalBasis: string): RuleReference =>
  citesWithin(ref, legalBasis) ? ref : { legalBasis };
