import type { FrozenRules, InitiativeScope } from '../rules/rule-set';
import type { Achievements, SubmissionFacts } from './facts';

/**
 * Where the initiatives a prerequisite counts come from (docs/initiatives.md): the initiative registry for those
 * the council recognised, the unit's declaration for the others. REGISTRY: every initiative counted is in the
 * registry; DECLARED: none is; MIXED: some of each. A declared initiative not found in the registry still counts,
 * and is named for the appraiser to verify.
 */
export type InitiativeSource = 'REGISTRY' | 'DECLARED' | 'MIXED';

export interface CountedInitiative {
  title: string;
  scope: InitiativeScope;
  year: number;
  /** The registry's initiative id, for one the registry knows. */
  initiativeId?: string;
}

export interface InitiativeCounts {
  source: InitiativeSource;
  /** The registry's initiatives of the nominee (the declaration of one of them is read as the registry's). */
  fromRegistry: CountedInitiative[];
  /** Declared initiatives not found in the registry: counted as declared, for the appraiser to verify. */
  declaredOnly: CountedInitiative[];
}

/** Titles compared as people write them: case, spacing and Unicode form aside. */
export const sameInitiativeTitle = (a: string, b: string) => normalise(a) === normalise(b);
const normalise = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * The initiatives that count for a nominee: the registry's recognised ones, and the declared ones the registry does
 * not know. Without facts read from the registry (histories recorded before), the declaration alone, as before.
 */
export function countInitiatives(
  declared: Achievements['initiatives'],
  facts: Pick<SubmissionFacts, 'initiatives'> | undefined,
): InitiativeCounts {
  const registry = facts?.initiatives ?? [];
  const fromRegistry = registry.map((r) => ({
    title: r.title,
    scope: r.scope,
    // A recognition counts in the year it was made (the prerequisites' «within N years»).
    year: Number(r.recognisedOn.slice(0, 4)),
    initiativeId: r.initiativeId,
  }));
  const declaredOnly = (declared ?? [])
    .filter((d) => !registry.some((r) => sameInitiativeTitle(r.title, d.title)))
    .map((d) => ({ title: d.title, scope: d.scope, year: d.year }));
  const source: InitiativeSource =
    declaredOnly.length === 0 ? 'REGISTRY' : fromRegistry.length === 0 ? 'DECLARED' : 'MIXED';
  return { source, fromRegistry, declaredOnly };
}

/**
 * What a submission records of the initiatives it counted, for an award that asks for one: the registry's and the
 * declared ones, and where they came from. Only with facts that read the registry (older histories replay unchanged).
 */
export function countedInitiatives(
  achievements: Achievements,
  rules: Pick<FrozenRules, 'award'>,
  facts: Pick<SubmissionFacts, 'initiatives'> | undefined,
): InitiativeCounts | undefined {
  const asks = (ps: FrozenRules['award']['prerequisites']): boolean =>
    ps.some((p) => p.type === 'INITIATIVE' || (p.type === 'ANY_OF' && asks(p.options)));
  if (!facts?.initiatives || !asks(rules.award.prerequisites)) return undefined;
  const counts = countInitiatives(achievements.initiatives, facts);
  if (counts.fromRegistry.length === 0 && counts.declaredOnly.length === 0) return undefined;
  return counts;
}
