import type { NominationKind } from '../organisation/kinds';
import type { Stage } from '../stages';
import type { AwardRule, FrozenRules, Procedure, RuleSet } from './rule-set';

/** The procedure a nomination of this award and kind follows (docs/domain.md §4). */
export function procedureFor(ruleSet: RuleSet, award: AwardRule, kind: NominationKind): Procedure {
  const code = ruleSet.simplifiedKinds.includes(kind) ? 'SIMPLIFIED' : award.procedure;
  return ruleSet.procedures[code];
}

/** Documents the dossier must hold for this award and kind (Law art. 84, art. 85). */
export function requiredDocumentsFor(ruleSet: RuleSet, award: AwardRule, kind: NominationKind): string[] {
  return award.requiredDocuments[kind] ?? ruleSet.documentsByKind[kind] ?? [];
}

/** Stage budgets: the award's, overridden by the kind's (e.g. extraordinary awards are fast). */
export function slaBudgetsFor(
  ruleSet: RuleSet,
  award: AwardRule,
  kind: NominationKind,
): Partial<Record<Stage, number>> {
  return { ...award.slaWorkingDays, ...(ruleSet.slaByKind[kind] ?? {}) };
}

/** The part of a rule set a nomination keeps to its end, frozen when its dossier is received complete. */
export function freezeRules(ruleSet: RuleSet, awardCode: string, kind: NominationKind): FrozenRules | undefined {
  const award = ruleSet.awards[awardCode];
  if (!award) return undefined;
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    legalBasis: ruleSet.legalBasis,
    award,
    procedure: procedureFor(ruleSet, award, kind),
    requiredDocuments: requiredDocumentsFor(ruleSet, award, kind),
    slaWorkingDays: slaBudgetsFor(ruleSet, award, kind),
    sla: ruleSet.sla,
    chainCountingKinds: ruleSet.chainCountingKinds,
  };
}

/**
 * The version in force on a civil date: the latest effectiveFrom on or before it (the highest
 * version among equals), unless its own effectiveTo has passed. Undefined when none applies.
 */
export function ruleSetInForce<R extends Pick<RuleSet, 'effectiveFrom' | 'effectiveTo' | 'version'>>(
  versions: readonly R[],
  date: string,
): R | undefined {
  const candidates = versions
    .filter((v) => v.effectiveFrom <= date)
    .sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom ? b.version - a.version : a.effectiveFrom < b.effectiveFrom ? 1 : -1,
    );
  const latest = candidates[0];
  return latest && (!latest.effectiveTo || date < latest.effectiveTo) ? latest : undefined;
}
