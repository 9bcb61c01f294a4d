import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { nominationOfTask, refuse } from '@khen/domain';
import type { NominationView } from '@khen/projections';
import { NominationGateway } from '@khen/temporal';
import {
  NEEDS_FACTS,
  type CommandAccepted,
  type CommandBody,
  type CommandOf,
  type HumanCommandType,
} from '@khen/workflows/nomination.contract';
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import type { Caller } from '../http/case-http';
import { problem, ProblemException } from '../problem/problem.exception';
import { CaseFacts } from './case-facts';
import { CaseReads } from './case-reads.service';
import { commandFailure, outcomeFailure } from './command-failure';
import { NOMINATION_GATEWAY } from './nomination-gateway.provider';

/** Builds a command's body from the case as the caller may see it (read once, by the pipeline). */
export type CommandBuilder<T extends HumanCommandType> = (view: NominationView) => CommandBody<T>;

/** Sends a command of a type, given its builder: what a task's form or a decision form turns into. */
export type Send = <T extends HumanCommandType>(type: T, build: CommandBuilder<T>) => Promise<CommandAccepted>;

/**
 * The one command pipeline of the edge (docs/architecture.md, "The edge pipeline"). Commands go
 * HTTP → Temporal Update, never straight to PostgreSQL (§2). Before sending, the case is read once (404
 * and read scope, If-Match), and the facts the validator needs are read, so that most refusals happen
 * synchronously in the validator and leave no trace at all.
 */
@Injectable()
export class CaseCommands {
  constructor(
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly reads: CaseReads,
    private readonly facts: CaseFacts,
  ) {}

  async send<T extends HumanCommandType>(
    caseId: string,
    caller: Caller,
    type: T,
    build: CommandBuilder<T>,
  ): Promise<CommandAccepted> {
    const { actor, correlationId, ifMatch } = caller;
    const view = await this.reads.get(caseId, actor.role === 'PUBLIC' ? undefined : actor);
    if (ifMatch !== undefined && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(view.version))
      throw problem('STALE_VERSION', { version: view.version });
    // { ...body, type } is the command of type T; TypeScript cannot see that for a generic T.
    const command = { ...build(view), type } as CommandOf<T>;
    const facts = NEEDS_FACTS.has(type) ? await this.facts.of(view.state, command) : undefined;
    const commandId = randomUUID();
    let answer;
    try {
      answer = await this.gateway.execute(
        caseId,
        type,
        { command, actor, correlationId, facts, seenVersion: view.version },
        {
          commandId,
          withinMs: this.config.commandAnswerMs,
          acceptedWithinMs: this.config.commandAcceptedWaitMs,
        },
      );
    } catch (err) {
      throw commandFailure(err, type, !view.outcome);
    }
    if (!answer.answered)
      throw problem('COMMAND_NOT_ANSWERED', { nominationId: caseId, commandId, progress: answer.progress });
    return answer.accepted;
  }

  /** A task command goes to the case that owns the task. */
  sendOnTask<T extends HumanCommandType>(taskId: string, caller: Caller, type: T, build: CommandBuilder<T>) {
    const nominationId = nominationOfTask(taskId);
    if (!nominationId) throw ProblemException.fromRefusal(refuse.taskNotFound());
    return this.send(nominationId, caller, type, build);
  }

  /** The senders of one case, for forms that pick their command (a task's completion, a decision). */
  sender(caseId: string, caller: Caller): Send {
    return (type, build) => this.send(caseId, caller, type, build);
  }

  /** What became of a command that was not answered in time (the caller may read the case). */
  async status(caseId: string, commandId: string, caller: Caller) {
    await this.reads.get(caseId, caller.actor);
    const status = await this.gateway.commandStatus(caseId, commandId);
    switch (status.state) {
      case 'RECORDED':
        return { commandId, state: status.state, result: status.accepted };
      case 'REFUSED': {
        const refused = outcomeFailure(status.failure);
        return {
          commandId,
          state: status.state,
          code: refused.code,
          detail: refused.messageVi,
          detailEn: refused.messageEn,
        };
      }
      case 'LOST':
        throw problem('COMMAND_NOT_FOUND', { commandId });
      default:
        return { commandId, state: status.state };
    }
  }
}
