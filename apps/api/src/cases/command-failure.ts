import type { NominationCommandType } from '@khen/domain';
import { PROJECTION_GAP } from '@khen/projections';
import { failureTypes, refusalFromFailure, refusalOfUpdate } from '@khen/temporal';
import { problem, ProblemException } from '../problem/problem.exception';

/**
 * What a failed command is to the client: the domain's refusal, the read model out of step (a version
 * gap: not retryable, docs/architecture.md "Version gaps"), or the error itself (503 if a part is out).
 */
export function commandFailure(err: unknown, type: NominationCommandType): unknown {
  const refusal = refusalFromFailure(err, type);
  if (refusal) return ProblemException.fromRefusal(refusal);
  if (failureTypes(err).includes(PROJECTION_GAP)) return problem('READ_MODEL_OUT_OF_SYNC');
  return err;
}

/** The problem a recorded outcome failed with, for the command's status (no case to be closed there). */
export function outcomeFailure(err: unknown): ProblemException {
  const refusal = refusalOfUpdate(err);
  if (refusal) return ProblemException.fromRefusal(refusal);
  if (failureTypes(err).includes(PROJECTION_GAP)) return problem('READ_MODEL_OUT_OF_SYNC');
  return problem('INTERNAL_ERROR');
}
