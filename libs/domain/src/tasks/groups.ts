import type { Actor } from '../nomination/nomination.commands';
import { groups } from './task-types';

/** The candidate groups an actor works for (docs/architecture.md §5 scopes). */
export function actorGroups(actor: Actor): string[] {
  switch (actor.role) {
    case 'UNIT_OFFICER':
      return actor.unitId ? [groups.unit(actor.unitId)] : [];
    case 'TDKT_OFFICE':
      if (!actor.councilId) return [];
      return actor.lead
        ? [groups.office(actor.councilId), `office-lead:${actor.councilId}`]
        : [groups.office(actor.councilId)];
    case 'COUNCIL_MEMBER':
      if (!actor.councilId) return [];
      return actor.lead
        ? [groups.council(actor.councilId), `council-chair:${actor.councilId}`]
        : [groups.council(actor.councilId)];
    case 'AUTHORITY':
      return actor.authorityId ? [groups.authority(actor.authorityId)] : [];
    default:
      return [];
  }
}

/** Administrators and SLA monitors see every task (monitors read only). */
export const seesAllTasks = (actor: Actor) => actor.role === 'ADMIN' || actor.role === 'SLA_MONITOR';

/** May this actor work the task: its assignee, or a member of its group when nobody is assigned. */
export function mayWork(actor: Actor, task: { candidateGroup: string; assignee?: string }): boolean {
  if (task.assignee) return task.assignee === actor.userId;
  return actorGroups(actor).includes(task.candidateGroup);
}
