import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { type Actor, fold, type NominationCommand, toCivilDate } from '@khen/domain';
import {
  nominationStateQuery,
  nominationWorkflowId,
  SEARCH_ATTRIBUTE_REGISTRATIONS,
} from '@khen/workflows/nomination.contract';
import {
  DEMO_DOCUMENTS,
  DEMO_USERS,
  draftFor,
  send,
  startStubWorker,
  StubActivities,
} from '../support/stub-nomination-worker';

const ROOT = join(__dirname, '../..');
/**
 * The server suggests continue-as-new once a run's history holds this many events. A run starts with
 * 3 (started, task scheduled, task started), so its first workflow task is never told to continue; any
 * later one is. Each command therefore ends its run, and the next command meets a new run.
 */
const SUGGEST_AT_EVENTS = 5;
const DISCLOSURE_MS = 3000;

/**
 * Continue-as-new, made deterministic: a Temporal dev server of its own (the CLI npm test installs,
 * TEMPORAL_CLI) started with `limit.historyCount.suggestContinueAsNew` set low, so that
 * `workflowInfo().continueAsNewSuggested` comes true after every command, as it would after thousands
 * of events in production. No workflow code or input exists for the test's sake. The activities are
 * stubs in memory; the events they receive carry the run id that appended them.
 */
describe('nominationWorkflow continues as new without losing anything (stub activities)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Awaited<ReturnType<typeof startStubWorker>>;
  const stubs = new StubActivities();

  beforeAll(async () => {
    const cli = process.env.TEMPORAL_CLI ?? join(ROOT, '.tools/venv/bin/temporal');
    if (!existsSync(cli)) throw new Error(`no Temporal CLI at ${cli}: run the suite with npm test, which installs it`);
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: cli },
        extraArgs: [
          '--dynamic-config-value',
          `limit.historyCount.suggestContinueAsNew=${SUGGEST_AT_EVENTS}`,
          ...SEARCH_ATTRIBUTE_REGISTRATIONS.flatMap((r) => ['--search-attribute', r]),
        ],
      },
    });
    worker = await startStubWorker(env, stubs);
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
  });

  it('carries the state, the open tasks and the sealed ballots into each new run, and re-arms its timers', async () => {
    const id = randomUUID();
    const workflowId = nominationWorkflowId(id);
    const handle = env.client.workflow.getHandle(workflowId);
    const { unitOfficer, office, member1, member2, member3, member5, authority } = DEMO_USERS as Record<string, Actor>;
    const events = () => stubs.events(workflowId);
    const runOf = (type: string) => events().find((e) => e.type === type)!.metadata.runId;
    /** The state a run resumed with is the fold of every event appended so far, by any run. */
    const expectCarried = async () =>
      expect(await handle.query(nominationStateQuery)).toEqual(JSON.parse(JSON.stringify(fold(events()))));
    const step = async (command: NominationCommand, actor: Actor) => {
      await send(env, id, command, actor);
      await expectCarried();
    };

    const first = await env.client.workflow.start('nominationWorkflow', {
      taskQueue: worker.taskQueue,
      workflowId,
      args: [{ draft: draftFor(id), actor: unitOfficer!, disclosureOverrideMs: DISCLOSURE_MS }],
    });
    await step({ type: 'SubmitDossier', documents: DEMO_DOCUMENTS }, unitOfficer!);
    await step({ type: 'AppraiseDossier', opinion: 'Hồ sơ đầy đủ.' }, office!);
    const opened = await handle.query(nominationStateQuery);
    const voteTasks = Object.values(opened.tasks).filter((t) => t.type === 'CAST_VOTE');
    // Five seated members, the SO-GD one recused: four vote tasks.
    expect(voteTasks.map((t) => t.assignee).sort()).toEqual([
      'hd-chu-tich',
      'hd-cong-thuong',
      'hd-tai-chinh',
      'hd-y-te',
    ]);

    // Four different ciphertexts of the same choice: each must reach the box, none may be lost or doubled.
    const sealed = [member1!, member2!, member3!, member5!].map(() => stubs.seal(opened.ballot!.ballotId, 'APPROVE'));
    await step({ type: 'CastVote', sealedChoice: sealed[0]! }, member1!);
    // The other members' vote tasks came over as they were: same ids, assignees and due dates.
    const afterOne = await handle.query(nominationStateQuery);
    expect(Object.values(afterOne.tasks).filter((t) => t.type === 'CAST_VOTE')).toEqual(
      voteTasks.filter((t) => t.assignee !== member1!.userId),
    );
    await step({ type: 'CastVote', sealedChoice: sealed[1]! }, member2!);
    await step({ type: 'CastVote', sealedChoice: sealed[2]! }, member3!);
    await step({ type: 'CastVote', sealedChoice: sealed[3]! }, member5!);
    await step({ type: 'CloseBallot' }, office!);

    // The box opened in a later run than the first vote, with every sealed choice of the earlier runs.
    expect(runOf('ReviewClosed')).not.toBe(runOf('VoteCast'));
    expect(stubs.boxesOpened).toHaveLength(1);
    expect([...stubs.boxesOpened[0]!.sealed].sort()).toEqual([...sealed].sort());
    expect(events().find((e) => e.type === 'ReviewClosed')).toMatchObject({
      data: { passed: true, tally: { members: 5, cast: 4, approve: 4, approvePercent: 80 } },
    });

    // The disclosure's timer was armed in the run that opened it; a new run re-arms it and closes it.
    await waitFor(() => events().some((e) => e.type === 'DisclosureClosed'), 30_000);
    expect(runOf('DisclosureClosed')).not.toBe(runOf('DisclosureOpened'));
    // The timer's append is in the store before its answer reaches the workflow: query once it has.
    await waitFor(async () => (await handle.query(nominationStateQuery)).version === events().length, 10_000);
    await expectCarried();

    await send(
      env,
      id,
      { type: 'IssueDecision', decisionNumber: '7/QĐ-UBND', decisionDate: toCivilDate(new Date()) },
      authority!,
    );
    const result = await handle.result();
    expect(result).toMatchObject({ nominationId: id, outcome: 'AWARDED', version: events().length });

    // One stream, appended in order by many runs, each of which ended by continuing as new.
    const runs = [...new Set(events().map((e) => e.metadata.runId))];
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(runs[0]).toBe(first.firstExecutionRunId);
    expect(stubs.violations).toEqual([]);
    const firstHistory = await env.client.workflow.getHandle(workflowId, runs[0]).fetchHistory();
    expect(firstHistory.events!.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
  });
});

async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
