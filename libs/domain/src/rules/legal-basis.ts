import type { RuleReference } from '../refusal';

/** The texts the rules cite (docs/domain.md §1). */
export const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
export const DECREE = 'Nghị định 152/2025/NĐ-CP';
export const OLD_DECREE = 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)';
export const HANOI_RULES = 'Quyết định 32/2024/QĐ-UBND của UBND thành phố Hà Nội';
export const LABOUR_CODE = 'Bộ luật Lao động 2019';

export const law = (article: string): RuleReference => ({ legalBasis: LAW, article });
export const decree = (article: string): RuleReference => ({ legalBasis: DECREE, article });
