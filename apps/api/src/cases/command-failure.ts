import type { NominationCommandType } from '@khen/domain';
import { PROJECTION_GAP } from '@khen/projections';
import {
  failureTypes,
  isWorkflowGone,
  refusalFromFailure,
  refusalOfUpdate,
  STREAM_AHEAD_FAILURE,
} from '@khen/temporal';
import { problem, ProblemException } from '../problem/problem.exception';

/**
 * What a failed command is to the client: the domain's refusal, the read model out of step (a version
 * gap: not retryable, docs/architecture.md "Version gaps"), or the error itself (503 if a part is out).
 */
export function commandFailure(err: unknown, type: NominationCommandType, caseOpen: boolean): unknown {
  // The stream says the case is open, Temporal has no workflow running it (its state was lost): the case
  // waits to be resumed from its stream (docs/architecture.md, "When Temporal and the event store disagree").
  if (caseOpen && isWorkflowGone(err)) return problem('CASE_WORKFLOW_MISSING');
  const refusal = refusalFromFailure(err, type);
  if (refusal) return ProblemException.fromRefusal(refusal);
  const types = failureTypes(err);
  if (types.includes(PROJECTION_GAP)) return problem('READ_MODEL_OUT_OF_SYNC');
  if (types.includes(STREAM_AHEAD_FAILURE)) return problem('CASE_OUT_OF_STEP');
  return err;
}

/** The problem a recorded outcome failed with, for the command's status (no case to be closed there). */
export function outcomeFailure(err: unknown): ProblemException {
  const refusal = refusalOfUpdate(err);
  if (refusal) return ProblemException.fromRefusal(refusal);
  if (failureTypes(err).includes(PROJECTION_GAP)) return problem('READ_MODEL_OUT_OF_SYNC');
  if (failureTypes(err).includes(STREAM_AHEAD_FAILURE)) return problem('CASE_OUT_OF_STEP');
  return problem('INTERNAL_ERROR');
}
