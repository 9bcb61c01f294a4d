import { Client, Connection } from '@temporalio/client';
import { nominationStreamId } from '@khen/domain';
import type { NominationActivities } from '@khen/workflows/nomination.contract';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * An activity whose transaction committed but whose completion never reached Temporal (the worker
 * "crashed" right after the commit) is retried with the same event ids: nothing is doubled.
 */
describe('appendEvents retried after its transaction committed', () => {
  let stack: TestStack;
  const failedOnce = new Set<string>();
  let attempts = 0;

  beforeAll(async () => {
    stack = await startTestStack({
      wrapActivities: (real): NominationActivities => ({
        ...real,
        appendEvents: async (input) => {
          attempts++;
          const result = await real.appendEvents(input);
          const key = `${input.streamId}@${input.expectedVersion}`;
          if (!failedOnce.has(key)) {
            failedOnce.add(key);
            throw new Error(`injected fault after commit at ${key}`);
          }
          return result;
        },
      }),
    });
  });
  afterAll(async () => stack?.close());

  it('records every event exactly once and the read model matches', async () => {
    const s = steps(stack);
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Đặng Thị Thu', subject: 'INDIVIDUAL' } })
      .expect(201);
    const id: string = created.body.nominationId;
    await s.submit(users.unitOfficer, id).expect(200);
    await s.appraise(users.office, id).expect(200);

    const events = await s.events(users.admin, id).expect(200);
    const expected = [
      'NominationDrafted',
      'DossierSubmitted',
      'SlaClockStarted',
      'TaskOpened',
      'AppraisalCompleted',
      'TaskClosed',
      'ReviewOpened',
      // A voting task for each of the four HD-TP members who may vote (five seats, the SO-GD one recused).
      'TaskOpened',
      'TaskOpened',
      'TaskOpened',
      'TaskOpened',
    ];
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(expected);
    const [{ n }] = await stack.db.query(`SELECT count(DISTINCT event_id)::int AS n FROM events WHERE stream_id = $1`, [
      nominationStreamId(id),
    ]);
    expect(n).toBe(expected.length);
    // Four appends (draft, submission, appraisal, ballot), each failed once after committing and succeeded on retry.
    expect(attempts).toBe(8);
    const view = await s.view(users.office, id).expect(200);
    expect(view.body).toMatchObject({ version: expected.length, status: 'BALLOT_OPEN' });
    const tasks = await stack.db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE nomination_id = $1 AND status = 'OPEN'`,
      [id],
    );
    expect(tasks[0].n).toBe(4);

    // Temporal saw the failures and retried: the history has activity attempts > 1.
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const history = await new Client({ connection }).workflow.getHandle(nominationStreamId(id)).fetchHistory();
      const retried = (history.events ?? []).filter((e) => (e.activityTaskStartedEventAttributes?.attempt ?? 1) > 1);
      expect(retried.length).toBe(4);
    } finally {
      await connection.close();
    }
  });
});
