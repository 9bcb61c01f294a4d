import { freezeRules, requiredDocumentsFor } from './rule-queries';
import type { RuleSet } from './rule-set';
import { SEED_RULE_SET } from './seed-rule-set';

describe('what a case takes from its rule set', () => {
  it('freezes nothing for an award the rule set does not have', () => {
    expect(freezeRules(SEED_RULE_SET, 'CSTD_HUYEN', 'CONG_TRANG')).toBeUndefined();
  });

  it("asks the award's documents for its kind, else the kind's, else none", () => {
    const award = SEED_RULE_SET.awards.CSTD_TINH!;
    expect(requiredDocumentsFor(SEED_RULE_SET, award, 'CONG_TRANG')).toEqual(award.requiredDocuments.CONG_TRANG);
    // A published rule set is data: one may lack a kind's list.
    const noKind: RuleSet = { ...SEED_RULE_SET, documentsByKind: {} as RuleSet['documentsByKind'] };
    expect(requiredDocumentsFor(noKind, { ...award, requiredDocuments: {} }, 'DOT_XUAT')).toEqual([]);
  });
});
