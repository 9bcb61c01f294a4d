import { toCivilDate } from '../calendar/civil-date';
import { checkEligibility } from '../eligibility/eligibility';
import { NO_FACTS, type SubmissionFacts } from '../eligibility/facts';
import { LEVEL_RANK } from '../organisation/levels';
import { quotaFor, checkQuota } from '../quota/quota';
import type { Refusal } from '../refusal';
import { freezeRules } from '../rules/rule-queries';
import type { FrozenRules, RuleSet } from '../rules/rule-set';
import type { DocumentRef, DraftData } from './nomination.events';
import { refuse, RULES } from './nomination.refusals';
import type { NominationState } from './nomination.state';

/** How far back an achievement year may go (the annual review of the year before, and late filings). */
const YEARS_BACK = 5;

/** What can be checked of a draft without the registry: the award, the subject, the kind, the level. */
export function checkDraft(
  draft: Pick<DraftData, 'awardCode' | 'kind' | 'year' | 'nominee' | 'council'>,
  ruleSet: RuleSet,
  now: string,
): Refusal | undefined {
  const award = ruleSet.awards[draft.awardCode];
  if (!award) return refuse.unknownAward(draft.awardCode);
  if (!award.subjects.includes(draft.nominee.subject)) return refuse.wrongSubject(draft.awardCode);
  if (!award.allowedKinds.includes(draft.kind)) return refuse.kindNotAllowed(draft.awardCode, draft.kind);
  // A council must either decide the award or be able to forward it upward (Law art. 83).
  const level = draft.council.level;
  const canForward = award.decidingLevels.some((l) => LEVEL_RANK[l] > LEVEL_RANK[level]);
  if (!award.decidingLevels.includes(level) && !canForward) return refuse.notCompetent(draft.awardCode, level);
  const thisYear = Number(toCivilDate(new Date(now)).slice(0, 4));
  if (!Number.isInteger(draft.year) || draft.year > thisYear || draft.year < thisYear - YEARS_BACK)
    return refuse.invalidYear(draft.year, thisYear - YEARS_BACK, thisYear);
  if (!draft.nominee.name.trim())
    return refuse.emptyField('nominee.name', 'tên người/tập thể được đề nghị', 'nominee name');
  if (!draft.nominee.key.trim())
    return refuse.emptyField('nominee.key', 'mã định danh người/tập thể được đề nghị', 'nominee identifier');
  return undefined;
}

export function missingDocuments(required: readonly string[], documents: readonly DocumentRef[]): string[] {
  const have = new Set(documents.map((d) => d.code));
  return required.filter((code) => !have.has(code));
}

/**
 * Submission validation: the rules in force, the documents, the nominee's eligibility
 * against the registry, and the unit's quota. Returns the rules to freeze, or why not.
 */
export function checkSubmission(
  state: NominationState,
  documents: DocumentRef[],
  ruleSet: RuleSet,
  facts: SubmissionFacts | undefined,
  now: string,
): FrozenRules | Refusal {
  const draft = {
    awardCode: state.awardCode,
    kind: state.kind as DraftData['kind'],
    year: state.year,
    nominee: state.nominee!,
    council: state.council!,
  };
  const draftRefusal = checkDraft(draft, ruleSet, now);
  if (draftRefusal) return draftRefusal;
  const rules = freezeRules(ruleSet, state.awardCode, draft.kind)!;
  const missing = missingDocuments(rules.requiredDocuments, [...state.documents, ...documents]);
  if (missing.length)
    return refuse.missingDocuments(
      missing,
      rules.procedure.code === 'SIMPLIFIED' ? RULES.simplified : RULES.dossier,
      ruleSet.documentTypes,
    );
  const eligibility = checkEligibilityOf(state, rules, ruleSet.awards, facts, now);
  if (eligibility) return eligibility;
  const quota = quotaFor(ruleSet, state.awardCode);
  if (quota && facts?.quota) {
    const over = checkQuota(quota, facts.quota, ruleSet.awards);
    if (over) return over;
  }
  return rules;
}

export function checkEligibilityOf(
  state: NominationState,
  rules: FrozenRules,
  awards: RuleSet['awards'],
  facts: SubmissionFacts | undefined,
  now: string,
): Refusal | undefined {
  return checkEligibility({
    nominationId: state.nominationId,
    award: rules.award,
    awards,
    chainCountingKinds: rules.chainCountingKinds,
    subject: state.nominee!.subject,
    year: state.year,
    kind: state.kind as DraftData['kind'],
    achievements: state.achievements,
    facts: facts ?? NO_FACTS,
    today: toCivilDate(new Date(now)),
  });
}
