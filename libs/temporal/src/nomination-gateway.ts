import {
  Client,
  Connection,
  isGrpcServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { bulkWorkflowId, type BulkFilingInput } from '@khen/workflows/bulk-filing.contract';
import { campaignChangedSignal, campaignWorkflowId } from '@khen/workflows/campaign.contract';
import {
  calendarChangedSignal,
  type CommandAccepted,
  type CommandOf,
  type CommandRequest,
  type HumanCommandType,
  type NominationStartInput,
  nominationStateQuery,
  nominationWorkflowId,
  searchAttributes,
  updateOf,
} from '@khen/workflows/nomination.contract';
import type { NominationState } from '@khen/domain';
import type { TemporalConfig } from './temporal.config';

export class NominationAlreadyExistsError extends Error {
  readonly code = 'NOMINATION_EXISTS';
}

/**
 * How far an unanswered command got, as Temporal knows it. PENDING: the server holds it, no worker has
 * taken it, nothing is recorded (it is decided when a worker answers). IN_PROGRESS: the case accepted it
 * and is recording it. LOST: Temporal has no trace of it (it never arrived, or the server dropped it):
 * nothing is recorded, send it again. UNCONFIRMED: Temporal did not say in time; ask again.
 */
export type CommandProgress = 'PENDING' | 'IN_PROGRESS' | 'LOST' | 'UNCONFIRMED';

/** The answer to a command within its bound: the case's answer, or how far the command got. */
export type CommandAnswer =
  { answered: true; accepted: CommandAccepted } | { answered: false; progress: CommandProgress };

/** What Temporal knows of a command sent earlier, by its id. */
export type CommandStatus =
  | { state: 'RECORDED'; accepted: CommandAccepted }
  | { state: 'REFUSED'; failure: unknown }
  | { state: Exclude<CommandProgress, 'UNCONFIRMED'> };

/** UpdateWorkflowExecutionLifecycleStage of the Temporal API: 1 admitted, 2 accepted, 3 completed. */
const STAGE = { ADMITTED: 1, ACCEPTED: 2, COMPLETED: 3 } as const;
/** gRPC status codes the gateway reads. */
const GRPC = { DEADLINE_EXCEEDED: 4, NOT_FOUND: 5 } as const;
/** Kept from the bound for asking how far an unanswered command got. */
const PROGRESS_CHECK_MS = 1_000;

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

  /**
   * The campaign's workflow reads its schedule again (docs/campaigns.md): signalled when it runs, started when
   * it does not (launched, or a finished run and the dates moved on).
   */
  async followCampaign(campaignId: string): Promise<void> {
    await this.client.workflow.signalWithStart('campaignWorkflow', {
      taskQueue: this.config.taskQueue,
      workflowId: campaignWorkflowId(campaignId),
      args: [{ campaignId }],
      signal: campaignChangedSignal,
      signalArgs: [],
    });
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

  /**
   * Sends a command as its Update (id `commandId`) and waits for the case's answer, at most `withinMs`: a
   * command no worker answers in time is not waited for (docs/architecture.md, "The edge pipeline"). A
   * refusal is thrown as Temporal reports it (see refusalFromFailure).
   */
  async execute<T extends HumanCommandType>(
    nominationId: string,
    type: T,
    request: CommandRequest<CommandOf<T>>,
    { commandId, withinMs, acceptedWithinMs = 0 }: { commandId: string; withinMs: number; acceptedWithinMs?: number },
  ): Promise<CommandAnswer> {
    const handle = this.client.workflow.getHandle(nominationWorkflowId(nominationId));
    const deadline = Date.now() + withinMs;
    try {
      const accepted = await this.client.connection.withDeadline(deadline - PROGRESS_CHECK_MS, () =>
        handle.executeUpdate(updateOf(type), { args: [request], updateId: commandId }),
      );
      return { answered: true, accepted };
    } catch (err) {
      if (!(err instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) throw err;
    }
    const status = await this.commandStatus(nominationId, commandId, Math.max(deadline - Date.now(), 200)).catch(
      (err: unknown) => {
        if (isGrpcServiceError(err) && err.code === GRPC.DEADLINE_EXCEEDED) return { state: 'UNCONFIRMED' as const };
        throw err;
      },
    );
    if (status.state === 'RECORDED') return { answered: true, accepted: status.accepted };
    if (status.state === 'REFUSED') throw status.failure;
    if (status.state === 'IN_PROGRESS' && acceptedWithinMs > 0) {
      // The case accepted it: a worker is answering, only slowly (a loaded machine). Waiting a little
      // longer is kinder than a 503 for a command that is being recorded; no worker at all stays bounded.
      try {
        const accepted = await this.client.connection.withDeadline(Date.now() + acceptedWithinMs, () =>
          handle.getUpdateHandle<CommandAccepted>(commandId).result(),
        );
        return { answered: true, accepted };
      } catch (err) {
        if (!(err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) && !isDeadline(err)) throw err;
      }
    }
    return { answered: false, progress: status.state };
  }

  /** What Temporal knows of a command by its id, asked without waiting for it (at most `withinMs`). */
  async commandStatus(nominationId: string, commandId: string, withinMs = 2_000): Promise<CommandStatus> {
    const workflowId = nominationWorkflowId(nominationId);
    let stage: number | null | undefined;
    try {
      ({ stage } = await this.client.connection.withDeadline(Date.now() + withinMs, () =>
        this.client.workflowService.pollWorkflowExecutionUpdate({
          namespace: this.config.namespace,
          updateRef: { workflowExecution: { workflowId }, updateId: commandId },
          identity: this.client.options.identity,
          waitPolicy: { lifecycleStage: STAGE.ADMITTED },
        }),
      ));
    } catch (err) {
      if (isGrpcServiceError(err) && err.code === GRPC.NOT_FOUND) return { state: 'LOST' };
      throw err;
    }
    if (stage === STAGE.COMPLETED) {
      try {
        const accepted = await this.client.workflow
          .getHandle(workflowId)
          .getUpdateHandle<CommandAccepted>(commandId)
          .result();
        return { state: 'RECORDED', accepted };
      } catch (failure) {
        return { state: 'REFUSED', failure };
      }
    }
    return { state: stage === STAGE.ACCEPTED ? 'IN_PROGRESS' : 'PENDING' };
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

const isDeadline = (err: unknown) => isGrpcServiceError(err) && err.code === GRPC.DEADLINE_EXCEEDED;
