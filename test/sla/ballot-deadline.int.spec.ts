import 'reflect-metadata';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '@khen/domain';
import { loadBallotKey, sealChoice } from '@khen/temporal';
import { nominationStateQuery, nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import { startTimeSkippingWorker, type TimeSkippingWorker } from '../support/time-skipping-worker';

/**
 * A secret ballot closes by the secretary or at its deadline: past the deadline the
 * workflow closes it by itself as soon as the quorum is there, never before.
 */
describe('a ballot closes at its deadline once the quorum is reached (time-skipping server, June 2031)', () => {
  let env: TestWorkflowEnvironment;
  let stack: TimeSkippingWorker;
  let db: DataSource;
  const taskQueue = `ballot-${randomUUID()}`;
  const key = loadBallotKey();

  beforeAll(async () => {
    stack = await startTimeSkippingWorker('2031-06-02T02:00:00Z', { taskQueue });
    ({ env, db } = stack);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const handle = (id: string) => env.client.workflow.getHandle(nominationWorkflowId(id));
  const vote = async (id: string, member: Actor) => {
    const state = await handle(id).query(nominationStateQuery);
    return stack.send(
      id,
      'CastVote',
      { type: 'CastVote', sealedChoice: sealChoice(key, state.ballot!.ballotId, 'APPROVE') },
      member,
    );
  };

  it('stays open without a quorum after the deadline, then closes itself on the vote that reaches it', async () => {
    const id = await stack.fileAndSubmit('Quách Thị Hạn Chót', 2030);
    await stack.send(id, 'AppraiseDossier', { type: 'AppraiseDossier', opinion: 'Đạt' }, DEMO_USERS.office);
    const opened = await handle(id).query(nominationStateQuery);
    // Monday 02/06/2031 + 5 working days: the ballot's deadline is the end of Monday 09/06.
    expect(opened.ballot).toMatchObject({ open: true, deadline: '2031-06-09T17:00:00.000Z' });
    await vote(id, DEMO_USERS.member1);

    await env.sleep(10 * 24 * 3600 * 1000);
    // The quorum of an all-members rule is half of the five seated members, the recused one included: 3.
    // One vote, then two: below it, the deadline passed and the ballot waits.
    expect((await handle(id).query(nominationStateQuery)).ballot?.open).toBe(true);
    await vote(id, DEMO_USERS.member2);
    await env.sleep(1000);
    expect((await handle(id).query(nominationStateQuery)).ballot?.open).toBe(true);

    await vote(id, DEMO_USERS.member3);
    await env.sleep(1000);
    const [closed] = await db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'ReviewClosed'`, [
      nominationWorkflowId(id),
    ]);
    expect(closed.data).toMatchObject({
      closedBy: 'DEADLINE',
      tally: { members: 5, eligible: 4, cast: 3, approve: 3, quorumNeeded: 3, quorumReached: true },
    });
  });
});
