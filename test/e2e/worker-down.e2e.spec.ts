import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { loadTemporalConfig } from '@khen/temporal';
import { nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import { CITY, flows, must } from '../support/case-flows';
import { eventTypes, eventually, snapshot, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * A command while no worker answers (docs/architecture.md, "The edge pipeline"): the API waits for the
 * case's answer only as long as its bound (KHEN_COMMAND_ANSWER_MS, 8 s), then answers 503 with
 * Retry-After, records nothing, and says where to learn the outcome. The client can tell a pending
 * command (Temporal holds it; it is decided when a worker answers) from a lost one (no trace: 404).
 * The bound is checked by behaviour: the client gives up after 10 s, so a later answer fails the test.
 */
const CLIENT_GIVES_UP_MS = 10_000;

describe('a command that no worker answers', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let temporal: Client;
  let revived: INestApplicationContext | undefined;
  let id: string;
  let commandUrl: string;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    const config = loadTemporalConfig();
    temporal = new Client({
      connection: await Connection.connect({ address: config.address }),
      namespace: config.namespace,
    });
    id = await flows(stack).filed(CITY, 'Hà Thị Vắng Thợ');
    // The stack's worker is the only one polling its task queue: from here on, nobody answers this case.
    await stack.worker.close();
  });
  afterAll(async () => {
    await stack?.api.close();
    await revived?.close();
    await temporal?.connection.close();
    await stack?.db.destroy();
  });

  it('answers 503 with Retry-After within the bound, records nothing, and names the command to ask about', async () => {
    const before = await snapshot(stack, id);
    const res = await stack
      .http()
      .post(`/api/nominations/${id}/submit`)
      .set('Authorization', `Bearer ${stack.token(users.unitOfficer)}`)
      .timeout({ response: CLIENT_GIVES_UP_MS })
      .send({ documents: DEMO_DOCUMENTS });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body).toMatchObject({ code: 'COMMAND_NOT_ANSWERED', progress: 'PENDING' });
    expect(res.body.detail).toContain('chưa được ghi nhận');
    commandUrl = res.body.commandUrl;
    expect(commandUrl).toBe(`/api/nominations/${id}/commands/${res.body.commandId}`);

    // Nothing recorded: not in the store, not in the read model, not even as an accepted Update in Temporal.
    expect(await snapshot(stack, id)).toEqual(before);
    const history = await temporal.workflow.getHandle(nominationWorkflowId(id)).fetchHistory();
    expect(history.events?.some((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toBe(false);
  });

  it('tells a pending command from a lost one', async () => {
    const pending = must(await s.get(users.unitOfficer, commandUrl.replace(/^\/api/, '')), 200);
    expect(pending.body).toEqual({ commandId: commandUrl.split('/').pop(), state: 'PENDING' });
    const lost = await s.get(users.unitOfficer, `/nominations/${id}/commands/${randomUUID()}`);
    expect(lost.body).toMatchObject({ status: 404, code: 'COMMAND_NOT_FOUND' });
    // Only those who may read the case may ask.
    expect((await s.get(users.schoolOfficer, commandUrl.replace(/^\/api/, ''))).status).toBe(404);
  });

  it('decides the pending command once, when a worker answers again; the command URL then says so', async () => {
    revived = await NestFactory.createApplicationContext(WorkerModule.forRoot({ taskQueue: stack.taskQueue }), {
      logger: ['error'],
    });
    await revived.init();
    const done = await eventually(
      () => s.get(users.unitOfficer, commandUrl.replace(/^\/api/, '')),
      (r) => r.body.state !== 'PENDING' && r.body.state !== 'IN_PROGRESS',
      60_000,
    );
    expect(done.body).toMatchObject({ state: 'RECORDED', result: { nominationId: id, status: 'SUBMITTED' } });
    expect((await eventTypes(stack, id)).filter((t) => t === 'DossierSubmitted')).toHaveLength(1);
    // The case answers as usual again.
    expect(must(await s.appraise(users.office, id), 200).body.status).toBe('BALLOT_OPEN');
  });
});
