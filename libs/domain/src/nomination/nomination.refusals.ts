import { ballotRefusals } from './refusals/ballot.refusals';
import { caseRefusals } from './refusals/case.refusals';
import { decisionRefusals } from './refusals/decision.refusals';
import { documentRefusals } from './refusals/document.refusals';
import { taskRefusals } from './refusals/task.refusals';

export { RULES } from './refusals/basis';

/**
 * The nomination's refusals, one builder per code (its messages, field and legal basis); the code's kind
 * comes from REFUSAL_KINDS. Split by seam under ./refusals.
 */
export const refuse = { ...caseRefusals, ...ballotRefusals, ...decisionRefusals, ...documentRefusals, ...taskRefusals };
