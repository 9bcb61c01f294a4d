import { Refusal } from '../refusal';
import type { RuleSet } from '../rules/rule-set';
import type { Council, NominationEvent, Nominee } from './nomination.events';
import { refuse } from './nomination.refusals';

export interface DraftInput {
  nominationId: string;
  awardCode: string;
  kind: string;
  unitId: string;
  campaignId: string;
  nominee: Nominee;
  council: Council;
}

/** The first event of every stream, or why it cannot be drafted. */
export function draftNomination(input: DraftInput, ruleSet: RuleSet): NominationEvent | Refusal {
  const rule = ruleSet.awards[input.awardCode];
  if (!rule) return refuse.unknownAward(input.awardCode);
  if (rule.subject !== input.nominee.subject) return refuse.wrongSubject(input.awardCode);
  if (!input.nominee.name.trim()) return refuse.emptyField('nominee.name', 'tên người/tập thể được đề nghị', 'nominee name');
  return { type: 'NominationDrafted', data: { ...input, ruleSetId: ruleSet.id } };
}
