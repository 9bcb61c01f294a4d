import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { isRefusal, refusal, type Refusal } from '@khen/domain';
import { REFUSAL_FAILURE_TYPE } from '@khen/workflows/nomination.contract';

/**
 * Turns what Temporal says about a refused Update into the domain's Refusal (codes,
 * not instanceof, survive failure serialization). Anything else is not a refusal and is rethrown.
 */
export function refusalFromFailure(err: unknown): Refusal | undefined {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const [detail] = err.cause.details ?? [];
    if (err.cause.type === REFUSAL_FAILURE_TYPE && isRefusal(detail)) return detail;
  }
  if (err instanceof WorkflowNotFoundError || isCompletedError(err)) {
    return refusal(
      'NOMINATION_CLOSED',
      'CONFLICT',
      'Hồ sơ đã kết thúc hoặc không còn tiếp nhận thao tác.',
      'The nomination is closed or no longer accepts commands.',
    );
  }
  return undefined;
}

function isCompletedError(err: unknown): boolean {
  return err instanceof Error && /workflow execution already completed/i.test(err.message);
}
