import type { RuleSet } from '../api/types';

/** Documents a dossier needs for an award and kind (the award's own list, else the kind's default). */
export function requiredDocuments(rules: RuleSet | null, awardCode: string, kind: string): string[] {
  if (!rules) return [];
  const award = rules.awards[awardCode] as { requiredDocuments?: Record<string, string[]> } | undefined;
  const byKind: Record<string, string[] | undefined> = rules.documentsByKind;
  return award?.requiredDocuments?.[kind] ?? byKind[kind] ?? [];
}
