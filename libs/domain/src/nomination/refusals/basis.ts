import type { RuleReference } from '../../refusal';
import { DECREE, decree, law } from '../../rules/legal-basis';

/** The legal basis the nomination's refusals cite. */
export const RULES = {
  dossier: law('Điều 84'),
  simplified: law('Điều 85'),
  competence: law('Điều 83'),
  ballot: { legalBasis: DECREE, article: 'Bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng' } as RuleReference,
  disclosure: decree('Điều 44'),
};
