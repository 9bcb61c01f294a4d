import { type Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import {
  type Actor,
  fold,
  type NominationEvent,
  type NominationKind,
  type NominationState,
  slaDeadline,
  toCivilDate,
} from '@khen/domain';
import { EventStore } from '@khen/eventstore';
import { CalendarStore, RuleStore } from '@khen/projections';
import {
  nominationStateQuery,
  type NominationStartInput,
  nominationWorkflowId,
  type RuleContext,
  searchAttributes,
} from '@khen/workflows/nomination.contract';
import type { TemporalConfig } from './temporal.config';

/** What Temporal has of a case the stream says is open, when it is not the workflow it should be. */
export type LostWorkflow = 'WORKFLOW_MISSING' | 'WORKFLOW_CLOSED' | 'WORKFLOW_BEHIND';

/**
 * What `resume` did with a case. RESUMED: a workflow started from the stream. IN_STEP: its workflow runs at
 * the stream's version. CLOSED: the stream's case has its outcome. NO_STREAM: no event has that id.
 * ALREADY_RUNNING: another resume started it first. AHEAD: the workflow is past the stream (never expected;
 * left for an operator). NO_RULES_IN_FORCE: no rule set to give the resumed workflow.
 */
export type ResumeOutcome =
  'RESUMED' | 'IN_STEP' | 'CLOSED' | 'NO_STREAM' | 'ALREADY_RUNNING' | 'AHEAD' | 'NO_RULES_IN_FORCE';

export interface ResumeResult {
  nominationId: string;
  outcome: ResumeOutcome;
  found?: LostWorkflow;
  version: number;
  stage?: string;
  status?: string;
  /** The open ballot's sealed choices are lost: the resumed workflow voids it and the council votes again. */
  ballotRevoted?: boolean;
  runId?: string;
}

const SYSTEM: Actor = { userId: 'system', role: 'SYSTEM', displayName: 'Hệ thống Khen' };
const QUERY_MS = 5_000;

/**
 * Resumes a case whose workflow Temporal lost (docs/architecture.md, "When Temporal and the event store
 * disagree"): the event store is the record that lasts. The stream is folded; a workflow missing, closed
 * while the case is open, or behind the stream (a Temporal restored from an older backup: terminated first)
 * is started again from that state, its expected version the stream's. Nothing is appended by resuming;
 * the timers re-arm from the recorded deadlines. Idempotent: a case in step is left alone.
 */
export async function resumeCase(
  client: Client,
  ds: DataSource,
  config: TemporalConfig,
  nominationId: string,
  { recheckMs = 2_000 }: { recheckMs?: number } = {},
): Promise<ResumeResult> {
  const workflowId = nominationWorkflowId(nominationId);
  let state = await foldStream(ds, workflowId);
  if (!state) return { nominationId, outcome: 'NO_STREAM', version: 0 };
  const result = (outcome: ResumeOutcome, more: Partial<ResumeResult> = {}): ResumeResult => ({
    nominationId,
    outcome,
    version: state!.version,
    stage: state!.stage,
    status: state!.status,
    ...more,
  });
  if (state.stage === 'CLOSED') return result('CLOSED');
  const handle = client.workflow.getHandle(workflowId);
  let found: LostWorkflow;
  try {
    const { status } = await handle.describe();
    if (status.name !== 'RUNNING') found = 'WORKFLOW_CLOSED';
    else {
      const live = await liveVersion(client, workflowId);
      if (live === state.version) return result('IN_STEP');
      if (live > state.version) return result('AHEAD');
      // A case caught between its commit and its workflow's fold looks behind for a moment: look again.
      await new Promise((r) => setTimeout(r, recheckMs));
      state = (await foldStream(ds, workflowId))!;
      const again = await liveVersion(client, workflowId);
      if (again === state.version) return result('IN_STEP');
      if (again > state.version) return result('AHEAD');
      found = 'WORKFLOW_BEHIND';
      await handle.terminate(`khen resume: workflow at version ${again}, stream at ${state.version}`);
    }
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
    found = 'WORKFLOW_MISSING';
  }
  const context = await ruleContext(ds);
  if (!context) return result('NO_RULES_IN_FORCE', { found });
  const ballotRevoted =
    state.status === 'BALLOT_OPEN' &&
    !!state.ballot &&
    state.ballot.voters.length + state.ballot.writtenOpinions.length > 0;
  const input: NominationStartInput = {
    draft: draftOf(state),
    actor: SYSTEM,
    disclosureOverrideMs: config.disclosureOverrideMs,
    resume: { state, context, sealedBox: [], fromStream: true },
  };
  try {
    const started = await client.workflow.start('nominationWorkflow', {
      taskQueue: config.taskQueue,
      workflowId,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
      typedSearchAttributes: attributesOf(state),
    });
    return result('RESUMED', { found, ballotRevoted, runId: started.firstExecutionRunId });
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return result('ALREADY_RUNNING', { found });
    throw err;
  }
}

/** The open cases of the read model, or the given ones, resumed `concurrency` at a time. */
export async function resumeCases(
  client: Client,
  ds: DataSource,
  config: TemporalConfig,
  ids: readonly string[] | undefined,
  opts: { concurrency?: number; recheckMs?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ResumeResult[]> {
  const todo =
    ids ??
    (
      (await ds.query(`SELECT nomination_id FROM nominations WHERE outcome IS NULL ORDER BY nomination_id`)) as {
        nomination_id: string;
      }[]
    ).map((r) => r.nomination_id);
  const out: ResumeResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      out.push(await resumeCase(client, ds, config, todo[next++]!, opts));
      opts.onProgress?.(out.length, todo.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, todo.length) }, worker));
  return out.sort((a, b) => a.nominationId.localeCompare(b.nominationId));
}

async function foldStream(ds: DataSource, streamId: string): Promise<NominationState | undefined> {
  const events = await new EventStore(ds).readStream(streamId);
  if (events.length === 0) return undefined;
  return fold(events.map((e) => ({ type: e.type, data: e.data }) as NominationEvent));
}

async function liveVersion(client: Client, workflowId: string): Promise<number> {
  const live = await client.connection.withDeadline(Date.now() + QUERY_MS, () =>
    client.workflow.getHandle(workflowId).query(nominationStateQuery),
  );
  return live.version;
}

/** What the loadRuleContext activity gives a workflow that starts: the rules in force today and the calendars. */
async function ruleContext(ds: DataSource): Promise<RuleContext | undefined> {
  const ruleSet = await new RuleStore(ds.manager).inForce(toCivilDate(new Date()));
  return ruleSet && { ruleSet, schedules: await new CalendarStore(ds.manager).latest() };
}

/** The start input's draft (unused by a resumed run, which starts from its state): the case as it stands. */
function draftOf(s: NominationState): NominationStartInput['draft'] {
  return {
    nominationId: s.nominationId,
    awardCode: s.awardCode,
    kind: s.kind as NominationKind,
    unitId: s.unitId,
    campaignId: s.campaignId,
    year: s.year,
    nominee: s.nominee!,
    council: s.council!,
    achievements: s.achievements,
  };
}

function attributesOf(s: NominationState) {
  const deadline = slaDeadline(s);
  return [
    { key: searchAttributes.stage, value: s.stage },
    { key: searchAttributes.award, value: s.awardCode },
    { key: searchAttributes.unit, value: s.unitId },
    { key: searchAttributes.campaign, value: s.campaignId },
    ...(deadline ? [{ key: searchAttributes.slaDeadline, value: new Date(deadline) }] : []),
  ] as never;
}
