import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { isRefusal, refuse, type NominationCommandType, type Refusal } from '@khen/domain';
import { REFUSAL_FAILURE_TYPE } from '@khen/workflows/nomination.contract';

/**
 * Turns what Temporal says about a refused Update into the domain's Refusal (codes,
 * not instanceof, survive failure serialization). Anything else is not a refusal and is rethrown.
 */
export function refusalFromFailure(err: unknown, command: NominationCommandType): Refusal | undefined {
  const refused = refusalOfUpdate(err);
  if (refused) return refused;
  // The case's workflow is gone or finished: the domain's own words for a closed case.
  if (isWorkflowGone(err)) return refuse.closed(command);
  return undefined;
}

/** Temporal has no running workflow for the case: none at all, or one that has finished. */
export function isWorkflowGone(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError || isCompletedError(err);
}

/**
 * The failure type of an append whose expected version is not the stream's (WrongExpectedVersionError's
 * code): the workflow is behind its stream, as when Temporal was restored from an older backup.
 */
export const STREAM_AHEAD_FAILURE = 'WRONG_EXPECTED_VERSION';

/** The Refusal an Update failed with (an ApplicationFailure of type NominationRefused), if it did. */
export function refusalOfUpdate(err: unknown): Refusal | undefined {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const [detail] = err.cause.details ?? [];
    if (err.cause.type === REFUSAL_FAILURE_TYPE && isRefusal(detail)) return detail;
  }
  return undefined;
}

/** The failure types along an error's causes (an Update's ActivityFailure's ApplicationFailure…). */
export function failureTypes(err: unknown): string[] {
  const types: string[] = [];
  for (let e = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++)
    if (e instanceof ApplicationFailure && e.type) types.push(e.type);
  return types;
}

function isCompletedError(err: unknown): boolean {
  return err instanceof Error && /workflow execution already completed/i.test(err.message);
}
