import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { bulkWorkflowId, type BulkFilingInput } from '@khen/workflows/bulk-filing.contract';
import {
  calendarChangedSignal,
  type CommandAccepted,
  type CommandRequest,
  type HumanCommandType,
  type NominationStartInput,
  nominationStateQuery,
  nominationUpdates,
  nominationWorkflowId,
  searchAttributes,
} from '@khen/workflows/nomination.contract';
import type { NominationState } from '@khen/domain';
import type { TemporalConfig } from './temporal.config';

export class NominationAlreadyExistsError extends Error {
  readonly code = 'NOMINATION_EXISTS';
}

/** Typed handles on the workflows: the only door the API has into Temporal. */
export class NominationGateway {
  constructor(
    readonly client: Client,
    private readonly config: TemporalConfig,
  ) {}

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

  /** Starts a bulk filing; the same file again finds the running or finished one (idempotent). */
  async startBulk(input: Omit<BulkFilingInput, 'disclosureOverrideMs'>): Promise<{ started: boolean }> {
    try {
      await this.client.workflow.start('bulkFilingWorkflow', {
        taskQueue: this.config.taskQueue,
        workflowId: bulkWorkflowId(input.bulkId),
        args: [{ ...input, disclosureOverrideMs: this.config.disclosureOverrideMs }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      return { started: true };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { started: false };
      throw err;
    }
  }

  /** Sends a command as its Update and waits for it to be recorded (or refused). */
  async execute(nominationId: string, type: HumanCommandType, request: CommandRequest): Promise<CommandAccepted> {
    const handle = this.client.workflow.getHandle(nominationWorkflowId(nominationId));
    return handle.executeUpdate(nominationUpdates[type] as typeof nominationUpdates.SubmitDossier, {
      args: [request as never],
    });
  }

  /**
   * Tells every running case that the calendar changed, so their deadlines move: one batch
   * operation of the Temporal server (no loop of ours over the cases).
   */
  async broadcastCalendarChanged(reason: string): Promise<string> {
    const jobId = randomUUID();
    const payload = this.client.options.loadedDataConverter.payloadConverter.toPayload({ reason });
    await this.client.workflowService.startBatchOperation({
      namespace: this.config.namespace,
      jobId,
      reason: `calendar: ${reason}`,
      visibilityQuery: `WorkflowType = 'nominationWorkflow' AND ExecutionStatus = 'Running'`,
      signalOperation: { signal: calendarChangedSignal.name, input: { payloads: [payload] }, identity: 'khen-api' },
    });
    return jobId;
  }

  /** Live workflow state, for operators and reconciliation (never for business reads). */
  async liveState(nominationId: string): Promise<NominationState> {
    return this.client.workflow.getHandle(nominationWorkflowId(nominationId)).query(nominationStateQuery);
  }

  async close(): Promise<void> {
    await this.client.connection.close();
  }
}
