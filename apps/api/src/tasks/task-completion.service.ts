import { Injectable } from '@nestjs/common';
import { refuse } from '@khen/domain';
import { CaseCommands } from '../cases/case-commands.service';
import { BallotSealer } from '../council/ballot-sealer';
import type { Caller } from '../http/case-http';
import { PaperworkService } from '../paperwork/paperwork.service';
import { ProblemException } from '../problem/problem.exception';
import { completionFor } from './complete-task';
import { InboxService } from './inbox.service';

/** Completing a task: the open task's type picks its command, sent to the task's case. */
@Injectable()
export class TaskCompletion {
  constructor(
    private readonly inbox: InboxService,
    private readonly cases: CaseCommands,
    private readonly sealer: BallotSealer,
    private readonly paperwork: PaperworkService,
  ) {}

  async complete(taskId: string, body: Record<string, unknown>, caller: Caller) {
    const task = await this.inbox.openTask(taskId);
    if (!task) throw ProblemException.fromRefusal(refuse.taskNotFound());
    const send = await completionFor(task, body, this.sealer, (sha) =>
      this.paperwork.assertDraftOf(task.nominationId, sha),
    );
    return send(this.cases.sender(task.nominationId, caller));
  }
}
