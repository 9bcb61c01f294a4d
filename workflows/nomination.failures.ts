import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '@khen/domain';
import { REFUSAL_FAILURE_TYPE } from './nomination.contract';

/** A refused command as the Update's failure: type NominationRefused, the Refusal in its details. */
export function refusalFailure(r: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: REFUSAL_FAILURE_TYPE,
    message: `${r.code}: ${r.messageEn}`,
    details: [r],
    nonRetryable: true,
  });
}

/** A system command that lost a race (the case moved on meanwhile) is simply not needed. */
export function ignoreRefusal(err: unknown): void {
  if (err instanceof ApplicationFailure && err.type === REFUSAL_FAILURE_TYPE) return;
  throw err;
}

export function commandMismatch(expected: string): Refusal {
  return {
    refused: true,
    code: 'ACTION_NOT_PERMITTED',
    kind: 'INVALID',
    field: 'command.type',
    messageVi: `Lệnh không khớp với thao tác ${expected}.`,
    messageEn: `Command does not match update ${expected}.`,
  };
}
