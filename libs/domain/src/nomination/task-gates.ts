import type { Refusal } from '../refusal';
import type { Actor } from './nomination.commands';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';

/** Completing a task is its matching command: refused while somebody else holds the task. */
export function claimGate(state: NominationState, slot: string, actor: Actor): Refusal | undefined {
  const task = Object.values(state.tasks).find((t) => t.slot === slot);
  if (task?.claimedBy && task.claimedBy !== actor.userId) return refuse.taskClaimedByOther(task.claimedBy);
  return undefined;
}
