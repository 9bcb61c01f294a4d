import { randomUUID } from 'node:crypto';
import { WorkflowUpdateStage } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Actor, NominationCommand } from '@khen/domain';
import { nominationStateQuery, nominationUpdates, nominationWorkflowId } from '@khen/workflows/nomination.contract';
import {
  DEMO_DOCUMENTS,
  DEMO_USERS,
  draftFor,
  refusalOf,
  send,
  startStubWorker,
  StubActivities,
} from '../support/stub-nomination-worker';

/**
 * The workflow's Updates on the real workflow code, with the activities stubbed in memory (Temporal
 * dev server of npm test, no PostgreSQL): commands run one at a time, a command accepted while another
 * is being recorded is decided afterwards against the state it then meets, and a refusal is an
 * ApplicationFailure of type NominationRefused that records nothing.
 */
describe('nominationWorkflow Updates (stub activities)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Awaited<ReturnType<typeof startStubWorker>>;
  const stubs = new StubActivities();

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createFromExistingServer({ address: process.env.TEMPORAL_ADDRESS });
    worker = await startStubWorker(env, stubs);
  });
  afterAll(async () => {
    await worker?.stop();
    await env?.teardown();
  });

  const handle = (id: string) => env.client.workflow.getHandle(nominationWorkflowId(id));
  const stream = (id: string) => stubs.events(nominationWorkflowId(id));
  const start = async () => {
    const id = randomUUID();
    await env.client.workflow.start('nominationWorkflow', {
      taskQueue: worker.taskQueue,
      workflowId: nominationWorkflowId(id),
      args: [{ draft: draftFor(id), actor: DEMO_USERS.unitOfficer! }],
    });
    await send(env, id, { type: 'SubmitDossier', documents: DEMO_DOCUMENTS }, DEMO_USERS.unitOfficer!);
    return id;
  };
  const startUpdate = (id: string, command: NominationCommand, actor: Actor) =>
    handle(id).startUpdate(nominationUpdates[command.type as 'ClaimTask'] as typeof nominationUpdates.ClaimTask, {
      args: [{ command, actor } as never],
      waitForStage: WorkflowUpdateStage.ACCEPTED,
    });
  const taskOf = async (id: string, type: string) => {
    const state = await handle(id).query(nominationStateQuery);
    return Object.values(state.tasks).find((t) => t.type === type)!;
  };

  it('accepts a claim while another is being recorded, then refuses it cleanly once the first has won', async () => {
    const id = await start();
    const task = await taskOf(id, 'APPRAISE_DOSSIER');
    const before = stream(id).length;
    const held = stubs.hold((i) => i.events.some((e) => e.type === 'TaskClaimed'));

    const first = await startUpdate(id, { type: 'ClaimTask', taskId: task.taskId }, DEMO_USERS.office!);
    await held.reached;
    // The validator accepts: mid-append the state it would read is about to change.
    const second = await startUpdate(id, { type: 'ClaimTask', taskId: task.taskId }, DEMO_USERS.office2!);
    held.release();

    await expect(first.result()).resolves.toMatchObject({ version: before + 1 });
    expect(await refusalOf(second.result())).toMatchObject({ code: 'TASK_ALREADY_CLAIMED', kind: 'CONFLICT' });
    const claims = stream(id).filter((e) => e.type === 'TaskClaimed');
    expect(claims.map((e) => e.data)).toEqual([{ taskId: task.taskId, userId: DEMO_USERS.office!.userId }]);
    expect(stream(id)).toHaveLength(before + 1);
    expect((await taskOf(id, 'APPRAISE_DOSSIER')).claimedBy).toBe(DEMO_USERS.office!.userId);
  });

  it('runs concurrent votes one at a time: the appends follow each other, in order, with no gap', async () => {
    const id = await start();
    await send(env, id, { type: 'AppraiseDossier', opinion: 'Hồ sơ đầy đủ.' }, DEMO_USERS.office!);
    const { ballot } = await handle(id).query(nominationStateQuery);
    const vote = (member: Actor) =>
      startUpdate(id, { type: 'CastVote', sealedChoice: stubs.seal(ballot!.ballotId, 'APPROVE') }, member);
    const held = stubs.hold((i) => i.events.some((e) => e.type === 'VoteCast'));

    const first = await vote(DEMO_USERS.member1!);
    await held.reached;
    const waiting = await Promise.all([
      vote(DEMO_USERS.member2!),
      vote(DEMO_USERS.member3!),
      vote(DEMO_USERS.member5!),
    ]);
    held.release();
    const results = await Promise.all([first, ...waiting].map((u) => u.result()));

    const events = stream(id);
    const votes = events.filter((e) => e.type === 'VoteCast').map((e) => (e.data as { memberId: string }).memberId);
    expect(votes[0]).toBe(DEMO_USERS.member1!.userId);
    expect([...votes].sort()).toEqual(['hd-chu-tich', 'hd-cong-thuong', 'hd-tai-chinh', 'hd-y-te']);
    // Each Update answers with the version its own append reached; together they cover the stream's end.
    const versions = results.map((r) => r.version).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(4);
    expect(versions[3]).toBe(events.length);
    expect(stubs.peakInFlight.get(nominationWorkflowId(id))).toBe(1);
    expect(stubs.violations).toEqual([]);
    // Every vote closed its member's task; the votes' content is nowhere in the events.
    const state = await handle(id).query(nominationStateQuery);
    expect(Object.values(state.tasks).filter((t) => t.type === 'CAST_VOTE')).toEqual([]);
    expect(JSON.stringify(events)).not.toMatch(/APPROVE/);
  });

  it('refuses a command in its validator without recording anything, not even the Update', async () => {
    const id = await start();
    await send(env, id, { type: 'AppraiseDossier', opinion: 'Hồ sơ đầy đủ.' }, DEMO_USERS.office!);
    const before = stream(id).length;
    const accepted = async () =>
      (await handle(id).fetchHistory()).events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
    const acceptedBefore = await accepted();

    const refusal = await refusalOf(
      send(env, id, { type: 'CastVote', sealedChoice: 'x'.repeat(24) }, DEMO_USERS.member4!),
    );

    expect(refusal).toMatchObject({ code: 'MEMBER_RECUSED' });
    expect(refusal.messageVi).toMatch(/[àáảãạăâđêôơư]/i);
    expect(stream(id)).toHaveLength(before);
    expect(await accepted()).toBe(acceptedBefore);
  });

  it('refuses after acceptance with the same failure type when the case has moved on meanwhile', async () => {
    const id = await start();
    const task = await taskOf(id, 'APPRAISE_DOSSIER');
    const held = stubs.hold((i) => i.events.some((e) => e.type === 'AppraisalCompleted'));

    const appraisal = await startUpdate(id, { type: 'AppraiseDossier', opinion: 'Đạt.' }, DEMO_USERS.office!);
    await held.reached;
    const supplement = await startUpdate(
      id,
      { type: 'RequestSupplement', missing: ['BIEN_BAN_HOP'], note: 'Thiếu biên bản họp.' },
      DEMO_USERS.office!,
    );
    held.release();

    await appraisal.result();
    expect(await refusalOf(supplement.result())).toMatchObject({ code: 'WRONG_STAGE', kind: 'CONFLICT' });
    expect(stream(id).map((e) => e.type)).not.toContain('SupplementRequested');
    expect(stream(id).find((e) => e.type === 'TaskClosed')).toMatchObject({
      data: { taskId: task.taskId, outcome: 'COMPLETED' },
    });
  });
});
