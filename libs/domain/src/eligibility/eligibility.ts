import type { CivilDate } from '../calendar/civil-date';
import type { NominationKind } from '../organisation/kinds';
import type { Refusal } from '../refusal';
import type { AwardRule, Prerequisite, RuleSet, Subject } from '../rules/rule-set';
import { INITIATIVE_SCOPES, RATINGS } from '../rules/rule-set';
import { clusterRankFor } from '../cluster-scoring/cluster-rank';
import { collectiveCounts } from './collective-counts';
import { countInitiatives } from './initiative-counts';
import { describePrerequisite } from './prerequisite-text';
import { refuseEligibility } from './eligibility.refusals';
import { refuseCampaign } from '../campaigns/campaign.refusals';
import type { Achievements, Hold, SubmissionFacts } from './facts';

export interface EligibilityInput {
  nominationId: string;
  award: AwardRule;
  awards: RuleSet['awards'];
  chainCountingKinds: NominationKind[];
  subject: Subject;
  year: number;
  kind: NominationKind;
  achievements: Achievements;
  facts: SubmissionFacts;
  today: CivilDate;
}

export const activeHolds = (holds: readonly Hold[], today: CivilDate): Hold[] =>
  holds.filter((h) => h.since <= today && (!h.until || today <= h.until));

/**
 * Whether the nominee may receive the award: no hold (Law art. 5), one achievement one award,
 * and every prerequisite of the award met (Law art. 21–28, 73–75).
 */
export function checkEligibility(input: EligibilityInput): Refusal | undefined {
  const { award, facts, year, nominationId } = input;
  const [hold] = activeHolds(facts.holds, input.today);
  if (hold) return refuseEligibility.onHold(hold);

  // An extraordinary feat is its own achievement: several in a year are not duplicates.
  const same = (r: { awardCode: string; year: number; kind: NominationKind }) =>
    r.awardCode === award.code && r.year === year && r.kind === input.kind && input.kind !== 'DOT_XUAT';
  if (facts.registry.some(same)) return refuseEligibility.alreadyAwarded(award, year);
  const others = facts.pending.filter((p) => p.nominationId !== nominationId);
  if (others.some(same)) return refuseEligibility.duplicateNomination(award, year);
  // One achievement, one award: a year's merit earns one commendation (Law art. 5, Decree 152).
  if (award.category === 'COMMENDATION' && input.kind === 'CONG_TRANG') {
    const isCommendation = (code: string) => input.awards[code]?.category === 'COMMENDATION';
    const same = [...facts.registry, ...others].find(
      (r) => r.year === year && r.kind === 'CONG_TRANG' && isCommendation(r.awardCode),
    );
    if (same)
      return refuseEligibility.oneAchievementOneAward(
        input.awards[same.awardCode] ?? { nameVi: same.awardCode, nameEn: same.awardCode },
        year,
      );
  }
  // A recorded cluster result replaces the declared rank; a declaration that disagrees with it is refused.
  if (award.prerequisites.some((p) => p.type === 'CLUSTER_LEAD')) {
    const { disagrees } = clusterRankFor(input.achievements, facts, year);
    if (disagrees) return disagrees;
  }
  for (const p of award.prerequisites) {
    if (p.appliesTo && !p.appliesTo.includes(input.subject)) continue;
    // Registration (docs/campaigns.md): its own refusal, naming the campaign.
    if (p.type === 'REGISTERED') {
      if (!meets(p, input))
        return refuseCampaign.registrationRequired(
          { vi: award.nameVi, en: award.nameEn },
          facts.registration!.campaignId,
        );
      continue;
    }
    if (!meets(p, input))
      return refuseEligibility.prerequisite(award, describePrerequisite(p, input.awards, year), p.rule);
  }
  return undefined;
}

function meets(p: Prerequisite, input: EligibilityInput): boolean {
  const { year, achievements: a, facts } = input;
  const counts = facts.registry.filter((r) => input.chainCountingKinds.includes(r.kind));
  const isGranted = (code: string, y: number) => counts.some((r) => r.awardCode === code && r.year === y);
  // The achievement year's title may be decided in the same campaign: a pending nomination counts.
  const pendingFor = (code: string, y: number) =>
    facts.pending.some(
      (r) =>
        r.awardCode === code &&
        r.year === y &&
        r.nominationId !== input.nominationId &&
        input.chainCountingKinds.includes(r.kind),
    );
  switch (p.type) {
    case 'RATING': {
      const min = RATINGS.indexOf(p.minimum);
      return range(year - p.years + 1, year).every((y) =>
        a.ratings?.some((r) => r.year === y && RATINGS.indexOf(r.rating) >= min),
      );
    }
    case 'CHAIN':
      return range(0, p.count - 1)
        .map((i) => year - i * p.everyYears)
        .every((y) => isGranted(p.awardCode, y) || (y === year && pendingFor(p.awardCode, y)));
    case 'AWARDS_WITHIN': {
      const granted = counts.filter(
        (r) => r.awardCode === p.awardCode && r.year > year - p.withinYears && r.year <= year,
      ).length;
      const pendingNow = isGranted(p.awardCode, year) ? 0 : Number(pendingFor(p.awardCode, year));
      return granted + pendingNow >= p.count;
    }
    case 'SAME_YEAR_AWARD':
      return (
        facts.registry.some((r) => r.awardCode === p.awardCode && r.year === year) || pendingFor(p.awardCode, year)
      );
    case 'INITIATIVE': {
      const min = INITIATIVE_SCOPES.indexOf(p.scope);
      // The registry's recognised initiatives, and the declared ones it does not know (flagged on submission).
      const { fromRegistry, declaredOnly } = countInitiatives(a.initiatives, facts);
      return [...fromRegistry, ...declaredOnly].some(
        (i) => INITIATIVE_SCOPES.indexOf(i.scope) >= min && i.year <= year && i.year > year - 3,
      );
    }
    case 'COLLECTIVE_RESULTS': {
      if (!a.collective) return false;
      const c = collectiveCounts(a.collective, facts.members, year);
      if (c.members <= 0) return false;
      return (
        (c.completedDuties * 100) / c.members >= p.completedDutiesPercent &&
        (c.ldtt * 100) / c.members >= p.ldttPercent &&
        c.cstdCs >= p.minCstdCs
      );
    }
    case 'CLUSTER_LEAD':
      return clusterRankFor(a, facts, year).rank === 1;
    case 'REGISTERED':
      // Read only when the nomination's campaign takes registrations (absent otherwise, and in older histories).
      return !facts.registration || facts.registration.awardCodes.includes(input.award.code);
    case 'ANY_OF':
      return p.options.some((o) => meets(o, input));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
