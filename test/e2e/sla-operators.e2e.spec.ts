import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { nominationStreamId } from '@khen/domain';
import { eventually, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const run = promisify(execFile);

/** Operators ask Temporal's visibility; monitors read the board: both must tell the same deadline. */
describe('SlaDeadline and NominationStage search attributes', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  const override = process.env.KHEN_DISCLOSURE_OVERRIDE_MS;
  beforeAll(async () => {
    // A disclosure long enough to look at it (restored after: jest reuses the process).
    process.env.KHEN_DISCLOSURE_OVERRIDE_MS = '600000';
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => {
    await stack?.close();
    if (override === undefined) delete process.env.KHEN_DISCLOSURE_OVERRIDE_MS;
    else process.env.KHEN_DISCLOSURE_OVERRIDE_MS = override;
  });

  async function listByQuery(query: string): Promise<{ execution: { workflowId: string } }[]> {
    const { stdout } = await run(process.env.TEMPORAL_CLI ?? 'temporal', [
      'workflow',
      'list',
      '--query',
      query,
      '--output',
      'json',
      '--address',
      process.env.TEMPORAL_ADDRESS!,
    ]);
    const trimmed = stdout.trim();
    return trimmed ? JSON.parse(trimmed.startsWith('[') ? trimmed : `[${trimmed.split('\n').join(',')}]`) : [];
  }

  it('keeps the stage and the SLA deadline current, so `temporal workflow list --query` agrees with the board', async () => {
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Phan Văn Tra Cứu', subject: 'INDIVIDUAL' } })
      .expect(201);
    const id: string = created.body.nominationId;
    await s.submit(users.unitOfficer, id).expect(200);
    const board = await s.get(users.slaMonitor, `/sla/board?status=all&award=BK_TINH&limit=2000`).expect(200);
    const row = board.body.items.find((i: { nominationId: string }) => i.nominationId === id);
    expect(row).toMatchObject({ stage: 'COUNCIL_REVIEW', breached: false, escalations: 0 });
    expect(row.workingDaysToBreach).toBeGreaterThanOrEqual(9);

    const workflowId = nominationStreamId(id);
    const after = new Date(Date.parse(row.deadline) + 1000).toISOString();
    const before = new Date(Date.parse(row.deadline) - 1000).toISOString();
    // Visibility is eventually consistent: poll until the upsert is indexed.
    const found = await eventually(
      () =>
        listByQuery(
          `WorkflowId = '${workflowId}' AND NominationStage = 'COUNCIL_REVIEW' AND SlaDeadline < '${after}' AND SlaDeadline > '${before}'`,
        ),
      (rows) => rows.length === 1,
      15_000,
    );
    expect(found[0].execution.workflowId).toBe(workflowId);
    expect(await listByQuery(`WorkflowId = '${workflowId}' AND SlaDeadline < '${before}'`)).toEqual([]);

    // The case moves on: the stage follows, and the disclosure clears the deadline.
    await s.appraise(users.office, id).expect(200);
    for (const m of [users.member1, users.member2, users.member3, users.member5])
      await s.vote(m, id, 'APPROVE').expect(200);
    await s.closeBallot(users.office, id).expect(200);
    await eventually(
      () => listByQuery(`WorkflowId = '${workflowId}' AND NominationStage = 'PUBLIC_DISCLOSURE'`),
      (rows) => rows.length === 1,
      15_000,
    );
    const later = await s.get(users.slaMonitor, `/sla/board?status=all&award=BK_TINH&limit=2000`).expect(200);
    expect(later.body.items.some((i: { nominationId: string }) => i.nominationId === id)).toBe(false);
  });
});
