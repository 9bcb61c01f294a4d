import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import {
  CommandAccepted, CommandRequest, HumanCommandType, NominationStartInput, nominationStateQuery, nominationUpdates,
  nominationWorkflowId, searchAttributes,
} from '@khen/workflows/nomination.contract';
import type { NominationState } from '@khen/domain';
import type { TemporalConfig } from './temporal.config';

export class NominationAlreadyExistsError extends Error {
  readonly code = 'NOMINATION_EXISTS';
}

/** Typed handles on nomination workflows: the only door the API has into Temporal. */
export class NominationGateway {
  constructor(private readonly client: Client, private readonly config: TemporalConfig) {}

  static async connect(config: TemporalConfig): Promise<NominationGateway> {
    const connection = await Connection.connect({ address: config.address });
    return new NominationGateway(new Client({ connection, namespace: config.namespace }), config);
  }

  async start(input: NominationStartInput): Promise<{ workflowId: string; runId: string }> {
    const workflowId = nominationWorkflowId(input.draft.nominationId);
    try {
      const handle = await this.client.workflow.start('nominationWorkflow', {
        taskQueue: this.config.taskQueue,
        workflowId,
        args: [{ ...input, disclosureOverrideMs: this.config.disclosureOverrideMs }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        typedSearchAttributes: [
          { key: searchAttributes.stage, value: 'UNIT_PROPOSAL' },
          { key: searchAttributes.award, value: input.draft.awardCode },
          { key: searchAttributes.unit, value: input.draft.unitId },
          { key: searchAttributes.campaign, value: input.draft.campaignId },
        ],
      });
      return { workflowId, runId: handle.firstExecutionRunId };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) throw new NominationAlreadyExistsError(workflowId);
      throw err;
    }
  }

  /** Sends a command as its Update and waits for it to be recorded (or refused). */
  async execute(nominationId: string, type: HumanCommandType, request: CommandRequest): Promise<CommandAccepted> {
    const handle = this.client.workflow.getHandle(nominationWorkflowId(nominationId));
    return handle.executeUpdate(nominationUpdates[type] as typeof nominationUpdates.SubmitDossier, { args: [request as never] });
  }

  /** Live workflow state, for operators and reconciliation (never for business reads). */
  async liveState(nominationId: string): Promise<NominationState> {
    return this.client.workflow.getHandle(nominationWorkflowId(nominationId)).query(nominationStateQuery);
  }

  async close(): Promise<void> {
    await this.client.connection.close();
  }
}
