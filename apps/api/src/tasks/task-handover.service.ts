import { Injectable } from '@nestjs/common';
import { refuse } from '@khen/domain';
import { CaseCommands } from '../cases/case-commands.service';
import type { Caller } from '../http/case-http';
import { ProblemException } from '../problem/problem.exception';
import { InboxService } from './inbox.service';
import { TaskHolders } from './task-holders';

/** Handing a task over (reassigned, delegated): only to a person who may hold it, then an Update on its case. */
@Injectable()
export class TaskHandover {
  constructor(
    private readonly inbox: InboxService,
    private readonly cases: CaseCommands,
    private readonly holders: TaskHolders,
  ) {}

  /** An open task's candidate group; none when there is no such open task (the case then refuses). */
  private async groupOf(taskId: string): Promise<string | undefined> {
    return (await this.inbox.openTask(taskId))?.candidateGroup;
  }

  /** The people who may take the task over (404 when there is no such open task). */
  async holdersOf(taskId: string) {
    const group = await this.groupOf(taskId);
    if (!group) throw ProblemException.fromRefusal(refuse.taskNotFound());
    return { taskId, candidateGroup: group, people: await this.holders.eligible(group) };
  }

  async reassign(taskId: string, assignee: string, caller: Caller) {
    const group = await this.groupOf(taskId);
    if (group) await this.holders.assertEligible(group, assignee, 'assignee');
    return this.cases.sendOnTask(taskId, caller, 'ReassignTask', () => ({ taskId, assignee }));
  }

  async delegate(taskId: string, to: string, caller: Caller) {
    const group = await this.groupOf(taskId);
    if (group) await this.holders.assertEligible(group, to, 'to');
    return this.cases.sendOnTask(taskId, caller, 'DelegateTask', () => ({ taskId, to }));
  }
}
