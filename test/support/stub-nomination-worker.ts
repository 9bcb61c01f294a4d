import { randomUUID } from 'node:crypto';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import {
  type Actor,
  type DraftInput,
  type EventEnvelope,
  isRefusal,
  type NominationCommand,
  type Refusal,
  SEED_RULE_SET,
  type SlaAlert,
  type VoteChoice,
} from '@khen/domain';
import { loadBallotKey, openBallotBox, sealChoice } from '@khen/temporal';
import {
  type AppendEventsInput,
  type AppendEventsOutput,
  type CommandAccepted,
  type NominationActivities,
  nominationUpdates,
  nominationWorkflowId,
  REFUSAL_FAILURE_TYPE,
} from '@khen/workflows/nomination.contract';
import { workflowSource } from '../../apps/worker/src/temporal/workflow-source';
import { DEMO_COUNCIL, DEMO_DOCUMENTS, DEMO_USERS } from '../../scripts/demo/demo-directory';

export { DEMO_DOCUMENTS, DEMO_USERS };

/** An append the test holds back: `reached` when the workflow calls it, then it waits for `release()`. */
export interface HeldAppend {
  reached: Promise<AppendEventsInput>;
  release(): void;
}

/**
 * The workflow's activities with the store kept in memory: appendEvents keeps each stream in order,
 * ignores replays by event id like the real store, and records any call that would have been a
 * concurrency bug (two appends to one stream at once, or a version that does not follow). The rules
 * are the seed rule set, the council is the demo council, and the ballot box opens with the real
 * sealing code; nothing reaches PostgreSQL.
 */
export class StubActivities implements NominationActivities {
  readonly streams = new Map<string, EventEnvelope[]>();
  readonly violations: string[] = [];
  readonly boxesOpened: { ballotId: string; sealed: string[]; writtenOpinions: string[] }[] = [];
  readonly alerts: SlaAlert[] = [];
  /** The most appends ever in flight at once, per stream: 1 when the workflow serializes its commands. */
  readonly peakInFlight = new Map<string, number>();
  private inFlight = new Map<string, number>();
  private holds: {
    match: (i: AppendEventsInput) => boolean;
    reached: (i: AppendEventsInput) => void;
    gate: Promise<void>;
  }[] = [];
  private readonly key = loadBallotKey();

  events(streamId: string): EventEnvelope[] {
    return this.streams.get(streamId) ?? [];
  }

  /** Holds the next append whose input matches until the test releases it. */
  hold(match: (input: AppendEventsInput) => boolean): HeldAppend {
    let release!: () => void;
    let reached!: (i: AppendEventsInput) => void;
    const gate = new Promise<void>((r) => (release = r));
    const reachedP = new Promise<AppendEventsInput>((r) => (reached = r));
    this.holds.push({ match, reached, gate });
    return { reached: reachedP, release };
  }

  appendEvents = async (input: AppendEventsInput): Promise<AppendEventsOutput> => {
    const running = (this.inFlight.get(input.streamId) ?? 0) + 1;
    this.inFlight.set(input.streamId, running);
    this.peakInFlight.set(input.streamId, Math.max(this.peakInFlight.get(input.streamId) ?? 0, running));
    try {
      const held = this.holds.findIndex((h) => h.match(input));
      if (held >= 0) {
        const [h] = this.holds.splice(held, 1);
        h!.reached(input);
        await h!.gate;
      }
      const stream = this.streams.get(input.streamId) ?? [];
      const known = new Set(stream.map((e) => e.eventId));
      if (input.events.every((e) => known.has(e.eventId)))
        return { nextExpectedVersion: stream.length, appended: false };
      if (input.expectedVersion !== stream.length) {
        this.violations.push(
          `${input.streamId}: expected version ${input.expectedVersion}, stream at ${stream.length}`,
        );
        throw ApplicationFailure.nonRetryable('expected version mismatch', 'StubConcurrencyViolation');
      }
      this.streams.set(input.streamId, [...stream, ...input.events]);
      return { nextExpectedVersion: stream.length + input.events.length, appended: true };
    } finally {
      this.inFlight.set(input.streamId, (this.inFlight.get(input.streamId) ?? 1) - 1);
    }
  };

  loadRuleContext = async () => ({ ruleSet: SEED_RULE_SET, schedules: [] });

  loadSubmissionContext = async () => ({ ruleSet: SEED_RULE_SET, facts: { registry: [], holds: [], pending: [] } });

  loadCouncilMembers = async () => DEMO_COUNCIL.members.map(({ memberId, unitId }) => ({ memberId, unitId }));

  openBallotBox = async (input: { ballotId: string; sealed: string[]; writtenOpinions: string[] }) => {
    this.boxesOpened.push(input);
    return openBallotBox(this.key, input.ballotId, input.sealed, input.writtenOpinions);
  };

  notifySla = async (alert: SlaAlert) => {
    this.alerts.push(alert);
  };

  seal(ballotId: string, choice: VoteChoice): string {
    return sealChoice(this.key, ballotId, choice);
  }
}

/** The real workflow code (the bundle npm test builds, else bundled now) on a Worker with the stubs. */
export async function startStubWorker(
  env: TestWorkflowEnvironment,
  stubs: StubActivities,
): Promise<{ taskQueue: string; stop(): Promise<void> }> {
  const taskQueue = `stub-${randomUUID()}`;
  // The SDK's INFO lines (worker state changes) would bury the test output; warnings still show.
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed in this test file's process
  }
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    activities: stubs,
    ...workflowSource(process.env.TEMPORAL_WORKFLOW_BUNDLE),
  });
  const running = worker.run();
  return {
    taskQueue,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    },
  };
}

/** A city Bằng khen for a teacher of SO-GD: the demo council votes on it (member 4 is recused). */
export function draftFor(nominationId: string): DraftInput {
  return {
    nominationId,
    awardCode: 'BK_TINH',
    kind: 'CONG_TRANG',
    unitId: 'SO-GD',
    campaignId: 'TONG-KET-2026',
    year: 2026,
    nominee: { key: `STUB-${nominationId}`, name: 'Nguyễn Thị Lan', subject: 'INDIVIDUAL', unitId: 'SO-GD' },
    council: { councilId: 'HD-TP', level: 'PROVINCE', authorityId: 'UBND-TP' },
    achievements: {},
  };
}

type UpdateType = keyof typeof nominationUpdates;

/** Sends a command as its Update and waits for the handler's answer. */
export function send(
  env: TestWorkflowEnvironment,
  nominationId: string,
  command: NominationCommand,
  actor: Actor,
): Promise<CommandAccepted> {
  const update = nominationUpdates[command.type as UpdateType] as typeof nominationUpdates.SubmitDossier;
  return env.client.workflow
    .getHandle(nominationWorkflowId(nominationId))
    .executeUpdate(update, { args: [{ command, actor } as never] });
}

/** The Refusal an Update failed with (type NominationRefused), or a test failure if it failed otherwise. */
export async function refusalOf(p: Promise<unknown>): Promise<Refusal> {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof WorkflowUpdateFailedError)) throw new Error(`expected a refused Update, got ${String(err)}`);
  const cause = err.cause;
  if (!(cause instanceof ApplicationFailure) || cause.type !== REFUSAL_FAILURE_TYPE)
    throw new Error(`expected an ApplicationFailure of type ${REFUSAL_FAILURE_TYPE}, got ${String(cause)}`);
  const detail: unknown = cause.details?.[0];
  if (!isRefusal(detail)) throw new Error(`the failure carries no Refusal: ${JSON.stringify(cause.details)}`);
  return detail;
}
