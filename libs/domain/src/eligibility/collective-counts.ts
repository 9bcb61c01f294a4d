import type { FrozenRules } from '../rules/rule-set';
import type { Achievements, RegistryEntry, SubmissionFacts } from './facts';

/** Emulation titles that include «Lao động tiên tiến» (a Chiến sĩ thi đua was first an Advanced Worker that year). */
const LDTT_OR_ABOVE = new Set(['LDTT', 'CSTD_CS', 'CSTD_TINH', 'CSTD_TQ']);

/**
 * Where a collective's counts come from: the awards registry for the members it knows (by the member's
 * identifier), the unit's declaration for the others. REGISTRY: every member listed is in the registry;
 * DECLARED: no member list, or none of them in it; MIXED: some of each.
 */
export type CollectiveSource = 'REGISTRY' | 'DECLARED' | 'MIXED';

export interface CollectiveCounts {
  members: number;
  completedDuties: number;
  ldtt: number;
  cstdCs: number;
  source: CollectiveSource;
  /** Members whose titles were read from the registry; the rest were taken as declared. */
  fromRegistry: number;
  declared: number;
}

/**
 * The collective's counts for the achievement year (TTLDXS: ≥ 70 % of members «Lao động tiên tiến»). A
 * member in the registry counts by its records of that year, whatever was declared; the declared counts
 * stand only for the members the registry does not know, and never for more members than those.
 */
export function collectiveCounts(
  collective: NonNullable<Achievements['collective']>,
  memberRecords: readonly RegistryEntry[] | undefined,
  year: number,
): CollectiveCounts {
  const keys = [...new Set(collective.memberKeys ?? [])];
  const records = memberRecords ?? [];
  const known = keys.filter((k) => records.some((r) => r.nomineeKey === k));
  if (keys.length === 0 || known.length === 0)
    return { ...declaredOf(collective), source: 'DECLARED', fromRegistry: 0, declared: collective.members };
  const has = (k: string, test: (code: string) => boolean) =>
    records.some((r) => r.nomineeKey === k && r.year === year && test(r.awardCode));
  const unknown = keys.length - known.length;
  return {
    members: keys.length,
    completedDuties: Math.min(collective.completedDuties, keys.length),
    ldtt: known.filter((k) => has(k, (c) => LDTT_OR_ABOVE.has(c))).length + Math.min(collective.ldtt, unknown),
    cstdCs: known.filter((k) => has(k, (c) => c === 'CSTD_CS')).length + Math.min(collective.cstdCs, unknown),
    source: unknown === 0 ? 'REGISTRY' : 'MIXED',
    fromRegistry: known.length,
    declared: unknown,
  };
}

function declaredOf(c: NonNullable<Achievements['collective']>) {
  return { members: c.members, completedDuties: c.completedDuties, ldtt: c.ldtt, cstdCs: c.cstdCs };
}

/**
 * What a submission records of a collective's counts, for an award that asks for them: the counts and where
 * they came from. Only with facts that read the members' records (histories recorded before replay unchanged).
 */
export function countedCollective(
  achievements: Achievements,
  rules: Pick<FrozenRules, 'award'>,
  facts: Pick<SubmissionFacts, 'members'> | undefined,
  year: number,
): CollectiveCounts | undefined {
  const asks = (ps: FrozenRules['award']['prerequisites']): boolean =>
    ps.some((p) => p.type === 'COLLECTIVE_RESULTS' || (p.type === 'ANY_OF' && asks(p.options)));
  if (!achievements.collective || !facts?.members || !asks(rules.award.prerequisites)) return undefined;
  return collectiveCounts(achievements.collective, facts.members, year);
}
