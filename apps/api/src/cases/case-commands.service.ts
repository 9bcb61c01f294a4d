import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nominationOfTask, toCivilDate, type Actor, type NominationCommand, type SubmissionFacts } from '@khen/domain';
import { loadSubmissionFacts, RuleStore } from '@khen/projections';
import { NominationGateway, refusalFromFailure } from '@khen/temporal';
import type { CommandAccepted, HumanCommandType } from '@khen/workflows/nomination.contract';
import { ProblemException } from '../problem/problem.exception';
import { CaseReads } from './case-reads.service';
import { NOMINATION_GATEWAY } from './nomination-gateway.provider';

const NEEDS_FACTS = new Set<HumanCommandType>(['SubmitDossier', 'SupplementDossier', 'IssueDecision']);

export const taskNotFound = (taskId: string) =>
  new ProblemException(404, 'TASK_NOT_FOUND', `Không tìm thấy công việc ${taskId}.`, `Task ${taskId} not found.`, {
    field: 'taskId',
  });

/**
 * Commands go HTTP → Temporal Update, never straight to PostgreSQL (docs/architecture.md §2). Before sending,
 * the API reads what the validator needs (facts, the stale-version check), so that most refusals
 * happen synchronously in the validator and leave no trace at all.
 */
@Injectable()
export class CaseCommands {
  private readonly rules: RuleStore;

  constructor(
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    private readonly reads: CaseReads,
    private readonly db: DataSource,
  ) {
    this.rules = new RuleStore(db.manager);
  }

  async execute(
    id: string,
    type: HumanCommandType,
    command: NominationCommand,
    actor: Actor,
    correlationId: string,
    ifMatch?: string,
  ): Promise<CommandAccepted> {
    const view = await this.reads.get(id, actor.role === 'PUBLIC' ? undefined : actor);
    if (ifMatch !== undefined && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(view.version)) {
      throw new ProblemException(
        412,
        'STALE_VERSION',
        `Hồ sơ đã thay đổi (phiên bản hiện tại ${view.version}); vui lòng tải lại.`,
        `The nomination changed (current version ${view.version}); reload it.`,
        { field: 'If-Match' },
      );
    }
    const facts = NEEDS_FACTS.has(type) ? await this.facts(view.state) : undefined;
    try {
      return await this.gateway.execute(id, type, { command, actor, correlationId, facts, seenVersion: view.version });
    } catch (err) {
      const refusal = refusalFromFailure(err);
      if (refusal) throw ProblemException.fromRefusal(refusal);
      throw err;
    }
  }

  /** A task command goes to the case that owns the task. */
  async executeOnTask(
    taskId: string,
    type: HumanCommandType,
    command: NominationCommand,
    actor: Actor,
    correlationId: string,
  ): Promise<CommandAccepted> {
    const nominationId = nominationOfTask(taskId);
    if (!nominationId) throw taskNotFound(taskId);
    return this.execute(nominationId, type, command, actor, correlationId);
  }

  private async facts(state: {
    nominationId: string;
    nominee?: { key: string };
    unitId: string;
    campaignId: string;
    awardCode: string;
  }): Promise<SubmissionFacts | undefined> {
    const ruleSet = await this.rules.inForce(toCivilDate(new Date()));
    if (!ruleSet || !state.nominee) return undefined;
    return loadSubmissionFacts(
      this.db.manager,
      {
        nominationId: state.nominationId,
        nomineeKey: state.nominee.key,
        unitId: state.unitId,
        campaignId: state.campaignId,
        awardCode: state.awardCode,
      },
      ruleSet,
    );
  }
}
