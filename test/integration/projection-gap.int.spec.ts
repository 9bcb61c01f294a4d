import { Client, Connection } from '@temporalio/client';
import { loadTemporalConfig } from '@khen/temporal';
import { nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { CITY, flows, must } from '../support/case-flows';
import { snapshot, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * A version gap in the case projection (its row out of step with its stream) is not retryable
 * (docs/architecture.md, "Version gaps"): the append fails once, the command is answered 500
 * READ_MODEL_OUT_OF_SYNC instead of hanging while the activity is retried forever, nothing is
 * recorded, and the case takes commands again once its row is mended.
 */
describe('a version gap in the case projection', () => {
  let stack: TestStack;
  let temporal: Client;

  beforeAll(async () => {
    stack = await startTestStack();
    const config = loadTemporalConfig();
    temporal = new Client({
      connection: await Connection.connect({ address: config.address }),
      namespace: config.namespace,
    });
  });
  afterAll(async () => {
    await temporal?.connection.close();
    await stack?.close();
  });

  const setRowVersion = (id: string, version: number) =>
    stack.db.query(`UPDATE nominations SET state = jsonb_set(state, '{version}', $2::jsonb) WHERE nomination_id = $1`, [
      id,
      JSON.stringify(version),
    ]);

  it('fails the append once, answers 500 READ_MODEL_OUT_OF_SYNC, records nothing, and recovers once mended', async () => {
    const s = steps(stack);
    const id = await flows(stack).filed(CITY, 'Lạc Thị Phiên Bản');
    await setRowVersion(id, 0);
    const before = await snapshot(stack, id);

    const res = await s.submit(users.unitOfficer, id).timeout({ response: 10_000 });
    expect(res.body).toMatchObject({ status: 500, code: 'READ_MODEL_OUT_OF_SYNC' });
    expect(await snapshot(stack, id)).toEqual(before);

    // One attempt, failed as not retryable, with the gap's own failure type.
    const history = await temporal.workflow.getHandle(nominationWorkflowId(id)).fetchHistory();
    const failed = (history.events ?? []).flatMap((e) =>
      e.activityTaskFailedEventAttributes ? [e.activityTaskFailedEventAttributes] : [],
    );
    expect(failed).toHaveLength(1);
    expect(failed[0].failure?.applicationFailureInfo).toMatchObject({
      type: 'PROJECTION_VERSION_GAP',
      nonRetryable: true,
    });
    const started = (history.events ?? []).flatMap((e) =>
      e.activityTaskStartedEventAttributes ? [e.activityTaskStartedEventAttributes.attempt] : [],
    );
    expect(started.at(-1)).toBe(1);

    // Mended (as a rebuild of the projection would), the same command is recorded.
    await setRowVersion(id, 1);
    expect(must(await s.submit(users.unitOfficer, id), 200).body).toMatchObject({ status: 'SUBMITTED', version: 4 });
  });
});
