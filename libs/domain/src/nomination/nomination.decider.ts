import { isRefusal, type Refusal } from '../refusal';
import { citeInForce } from '../rules/legal-basis';
import { council } from './decide-council';
import { decision } from './decide-decision';
import { disclosure } from './decide-disclosure';
import { proposal, type Primary } from './decide-proposal';
import { sla } from './decide-sla';
import { taskCommands } from './decide-tasks';
import { derive } from './derive';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { NominationEvent } from './nomination.events';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';

export type Decision = NominationEvent[] | Refusal;

type Handlers = {
  [T in NominationCommand['type']]: (
    s: NominationState,
    c: Extract<NominationCommand, { type: T }>,
    ctx: DecisionContext,
  ) => Primary;
};
const HANDLERS: Handlers = { ...proposal, ...council, ...disclosure, ...decision, ...taskCommands, ...sla };

/**
 * decide(state, command) → events | refusal. Pure: the workflow's Update validators call it with
 * no side effect, its handlers call it again (serialized) before appending what it returns. The
 * command's own events come first, then what follows from them (disclosure, clocks, tasks).
 */
export function decide(state: NominationState, command: NominationCommand, ctx: DecisionContext): Decision {
  if (state.stage === 'CLOSED') return refuse.closed(command.type);
  const handler = HANDLERS[command.type] as (s: NominationState, c: NominationCommand, ctx: DecisionContext) => Primary;
  const primary = handler(state, command, ctx);
  if (isRefusal(primary)) return citingInForce(primary, state, ctx);
  if (primary.length === 0) return primary;
  return [...primary, ...derive(state, primary, command, ctx)];
}

/**
 * A refusal cites the legal basis of the rule set frozen in the case (the one in force before the dossier
 * is received complete): never a text that rule set does not rest on (docs/domain.md §1).
 */
function citingInForce(r: Refusal, state: NominationState, ctx: DecisionContext): Refusal {
  const basis = state.rules?.legalBasis ?? ctx.ruleSet.legalBasis;
  return r.rule ? { ...r, rule: citeInForce(r.rule, basis) } : r;
}
