import { Client, Connection } from '@temporalio/client';
import { loadTemporalConfig } from '@khen/temporal';
import { randomUUID } from 'node:crypto';
import { seedSlaDemoCases, slaDemoCasesWithIds } from '../../scripts/demo/demo-sla-cases';

import { eventTypes, eventually, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

// Ids of this suite's own: the browser suite loads the same cases on the Temporal server all suites share.
const DEMO_SLA_CASES = slaDemoCasesWithIds([randomUUID(), randomUUID()]);

/** The demo's SLA cases (npm start): the board shows one warned and one breached case, from the demo's own loader. */
describe('demo data for the SLA board', () => {
  let stack: TestStack;
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    stack = await startTestStack();
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.close();
  });

  it('loads a warned and a breached case, each with a running workflow, and a second load changes nothing', async () => {
    const config = { ...loadTemporalConfig(), taskQueue: stack.taskQueue };
    const first = await seedSlaDemoCases(stack.db, client, config, new Date(), DEMO_SLA_CASES);
    expect(first.map((r) => r.outcome)).toEqual(['RESUMED', 'RESUMED']);

    const s = steps(stack);
    const ids = DEMO_SLA_CASES.map((c) => c.nominationId);
    const board = await eventually(
      () => s.get(users.slaMonitor, `/sla/board?status=all&limit=2000`),
      (r) => ids.every((id) => r.body.items?.some((i: { nominationId: string }) => i.nominationId === id)),
    );
    const row = (id: string) => board.body.items.find((i: { nominationId: string }) => i.nominationId === id);
    expect(DEMO_SLA_CASES.map((c) => row(c.nominationId).state)).toEqual(['WARNED', 'BREACHED']);
    expect(row(ids[0]!)).toMatchObject({ breached: false, caseNumber: expect.stringMatching(/^HS-\d{4}-\d{6}$/) });
    expect(row(ids[1]!)).toMatchObject({ breached: true, escalations: expect.any(Number) });

    // The breached case's workflow fired its passed timers at once: the breach and its escalation are recorded.
    await eventually(
      () => eventTypes(stack, ids[1]!),
      (types) => types.includes('SlaBreached'),
    );
    const [breachedView] = await Promise.all([s.view(users.office, ids[1]!)]);
    expect(breachedView.body.status).toBe('SUBMITTED');

    const again = await seedSlaDemoCases(stack.db, client, config, new Date(), DEMO_SLA_CASES);
    expect(again.map((r) => r.outcome)).toEqual(['IN_STEP', 'IN_STEP']);
  });
});
