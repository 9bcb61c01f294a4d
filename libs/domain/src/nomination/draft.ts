import { type Refusal } from '../refusal';
import type { RuleSet } from '../rules/rule-set';
import type { DraftData, NominationEvent } from './nomination.events';
import { checkDraft } from './submission';

export type DraftInput = Omit<DraftData, 'ruleSetId' | 'caseNumber'>;

/** The first event of every stream, or why it cannot be drafted (checked before anything starts). */
export function draftNomination(input: DraftInput, ruleSet: RuleSet, now: string): NominationEvent | Refusal {
  return (
    checkDraft(input, ruleSet, now) ?? {
      type: 'NominationDrafted',
      data: { ...input, achievements: input.achievements ?? {}, ruleSetId: ruleSet.id },
    }
  );
}
