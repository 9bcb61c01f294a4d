import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type Actor,
  decide,
  fold,
  isRefusal,
  type NominationCommand,
  type NominationEvent,
  nominationStreamId,
  vietnamCalendar,
} from '@khen/domain';
import { RuleStore } from '@khen/projections';
import type { TestStack } from './test-stack';

const run = promisify(execFile);
const CLI = join(__dirname, '../../dist/apps/cli/src/khen.js');

/** Runs the operator CLI as an operator would, with the suite's database, Temporal and task queue. */
export async function khen(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/**
 * Temporal's state lost under a case, as when its database is deleted or retention removed it: the
 * execution is deleted (terminated first if running), and only the event store remembers the case.
 */
export async function deleteWorkflow(client: Client, nominationId: string): Promise<void> {
  const workflowId = nominationStreamId(nominationId);
  await client.workflowService.deleteWorkflowExecution({
    namespace: client.options.namespace,
    workflowExecution: { workflowId },
  });
  for (const until = Date.now() + 90_000; ;) {
    try {
      await client.workflow.getHandle(workflowId).describe();
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return;
      throw err;
    }
    if (Date.now() > until) throw new Error(`${workflowId} still known to Temporal after deletion`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The stream gets ahead of its workflow, as after Temporal is restored from an older backup: the events a
 * lost run had recorded (here: the decider's answer to a command) are in the store, the workflow never saw them.
 */
export async function recordBehindWorkflow(
  stack: TestStack,
  nominationId: string,
  command: NominationCommand,
  actor: Actor,
): Promise<NominationEvent[]> {
  const streamId = nominationStreamId(nominationId);
  const stored = await stack.store.readStream(streamId);
  const state = fold(stored.map((e) => ({ type: e.type, data: e.data }) as NominationEvent));
  const ruleSet = await new RuleStore(stack.db.manager).inForce(new Date().toISOString().slice(0, 10));
  const now = new Date().toISOString();
  const events = decide(state, command, { now, actor, ruleSet: ruleSet!, calendar: vietnamCalendar([]) });
  if (isRefusal(events) || events.length === 0)
    throw new Error(`the lost run's command was refused: ${JSON.stringify(events)}`);
  await stack.store.append(
    streamId,
    state.version,
    events.map((e) => ({
      eventId: randomUUID(),
      type: e.type,
      data: e.data,
      metadata: {
        actorId: actor.userId,
        actorRole: actor.role,
        actorName: actor.displayName,
        workflowId: streamId,
        runId: 'run-lost-with-the-restored-backup',
        occurredAt: now,
      },
    })),
  );
  return events;
}
