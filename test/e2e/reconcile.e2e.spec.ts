import { Client, Connection } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reconcileCases, type ProjectedCase } from '@khen/temporal';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const run = promisify(execFile);
const CLI = join(__dirname, '../../dist/apps/cli/src/khen.js');

/** Reconciliation with Temporal: the projection against each workflow's live state. */
describe('reconcile', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  it('finds a deliberately desynchronised case and only that one', async () => {
    const ids: string[] = [];
    for (const name of ['Đồng Bộ Một', 'Đồng Bộ Hai']) {
      const created = await s.create(users.unitOfficer, { nominee: { name, subject: 'INDIVIDUAL' } }).expect(201);
      await s.submit(users.unitOfficer, created.body.nominationId).expect(200);
      ids.push(created.body.nominationId);
    }
    const load = (only: string[]) =>
      stack.db.query(
        `SELECT nomination_id AS "nominationId", version, stage, status, outcome FROM nominations WHERE nomination_id = ANY($1) ORDER BY nomination_id`,
        [only],
      ) as Promise<ProjectedCase[]>;
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const client = new Client({ connection });
      expect(await reconcileCases(client, await load(ids), { reload: load, recheckMs: 200 })).toEqual([]);
      await stack.db.query(
        `UPDATE nominations SET status = 'AWAITING_DECISION', stage = 'FINAL_DECISION' WHERE nomination_id = $1`,
        [ids[1]],
      );
      const mismatches = await reconcileCases(client, await load(ids), { reload: load, recheckMs: 200 });
      expect(mismatches).toEqual([
        {
          nominationId: ids[1],
          kind: 'STATE_DIFFERS',
          projection: expect.objectContaining({ stage: 'FINAL_DECISION', status: 'AWAITING_DECISION' }),
          temporal: expect.objectContaining({ stage: 'COUNCIL_REVIEW', status: 'SUBMITTED' }),
        },
      ]);
      const cli = await run(process.execPath, [CLI, 'reconcile', ...ids]).catch((e) => e);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain(`${ids[1]} STATE_DIFFERS`);
      expect(cli.stdout).not.toContain(ids[0]);
    } finally {
      await connection.close();
    }
  });
});
