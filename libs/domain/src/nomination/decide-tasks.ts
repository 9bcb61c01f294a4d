import { mayWork } from '../tasks/groups';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { Primary } from './decide-proposal';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';
import { isOfficeLeadOf } from './permissions';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;

/** The human task layer Temporal lacks: claims are serialized by the workflow, so atomic. */
export const taskCommands = {
  ClaimTask(state: NominationState, c: Of<'ClaimTask'>, ctx: DecisionContext): Primary {
    const task = state.tasks[c.taskId];
    if (!task) return refuse.taskNotFound();
    const me = ctx.actor.userId;
    if (task.claimedBy === me) return [];
    if (task.claimedBy) return refuse.taskClaimed(task.claimedBy);
    if (!mayWork(ctx.actor, task)) return refuse.notInGroup();
    return [{ type: 'TaskClaimed', data: { taskId: c.taskId, userId: me } }];
  },

  ReleaseTask(state: NominationState, c: Of<'ReleaseTask'>, ctx: DecisionContext): Primary {
    const task = state.tasks[c.taskId];
    if (!task) return refuse.taskNotFound();
    if (!task.claimedBy) return refuse.taskNotClaimed();
    if (task.claimedBy !== ctx.actor.userId && !isOfficeLeadOf(ctx.actor, state)) return refuse.taskNotClaimed();
    return [{ type: 'TaskReleased', data: { taskId: c.taskId, userId: task.claimedBy } }];
  },

  ReassignTask(state: NominationState, c: Of<'ReassignTask'>, ctx: DecisionContext): Primary {
    if (!isOfficeLeadOf(ctx.actor, state)) return refuse.notLead();
    const task = state.tasks[c.taskId];
    if (!task) return refuse.taskNotFound();
    if (task.type === 'CAST_VOTE') return refuse.notPermitted(c.type, ctx.actor.userId);
    if (!c.assignee?.trim()) return refuse.emptyField('assignee', 'người được giao', 'assignee');
    return [
      {
        type: 'TaskAssigned',
        data: { taskId: c.taskId, assignee: c.assignee.trim(), by: ctx.actor.userId, mode: 'REASSIGN' },
      },
    ];
  },

  /** The holder hands the task to someone else and stays its owner. */
  DelegateTask(state: NominationState, c: Of<'DelegateTask'>, ctx: DecisionContext): Primary {
    const task = state.tasks[c.taskId];
    if (!task) return refuse.taskNotFound();
    const me = ctx.actor.userId;
    if (task.type === 'CAST_VOTE') return refuse.notPermitted(c.type, me);
    if (task.claimedBy !== me) return refuse.taskNotClaimed();
    if (!c.to?.trim() || c.to.trim() === me)
      return refuse.emptyField('to', 'người được ủy quyền (khác bạn)', 'delegate (someone else)');
    return [
      {
        type: 'TaskAssigned',
        data: { taskId: c.taskId, assignee: c.to.trim(), owner: task.owner ?? me, by: me, mode: 'DELEGATE' },
      },
    ];
  },
};
