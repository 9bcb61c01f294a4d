import { CITY, flows, must } from '../support/case-flows';
import { snapshot, steps, storedEvents } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Races the workflow must serialize (docs/architecture.md §2): Updates run one at a time, and a command that
 * lost the race is re-decided against the state it now meets and refused cleanly.
 */
describe('concurrent commands on one case', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  it('records one vote when a member sends the same vote eight times at once; the seven others are ALREADY_VOTED', async () => {
    const id = await flows(stack).ballotOpen(CITY, 'Vương Thị Ngọc');
    const answers = await Promise.all(Array.from({ length: 8 }, () => s.vote(users.member1, id, 'APPROVE')));

    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(7).fill('ALREADY_VOTED'));
    const votes = (await storedEvents(stack, id)).filter((e) => e.type === 'VoteCast');
    expect(votes.map((e) => e.data.memberId)).toEqual(['hd-chu-tich']);

    // The case goes on normally: the other members vote and the ballot tallies one ballot per member.
    must(await s.vote(users.member2, id, 'APPROVE'), 200);
    must(await s.vote(users.member3, id, 'DISAPPROVE'), 200);
    must(await s.closeBallot(users.office, id), 200);
    // Three of the five seated members took part (the quorum, 50 % of five, is three): 2/5 = 40 % approve.
    expect((await s.view(users.office, id)).body.state.tally).toMatchObject({
      members: 5,
      cast: 3,
      approve: 2,
      disapprove: 1,
      approvePercent: 40,
      passed: false,
    });
  });

  it('records every vote when four members vote at the same moment (none lost, none answered 500)', async () => {
    // While one vote is being appended, the others wait for the case; all four are valid and must be recorded.
    for (const name of ['Tạ Văn Phúc', 'Lò Thị Sen']) {
      const id = await flows(stack).ballotOpen(CITY, name);
      const answers = await Promise.all(CITY.voters.map((m) => s.vote(m, id, 'APPROVE')));
      expect(answers.map((r) => `${r.status} ${r.body.code ?? ''}`.trim())).toEqual(['200', '200', '200', '200']);
      const votes = (await storedEvents(stack, id)).filter((e) => e.type === 'VoteCast');
      expect(votes.map((e) => e.data.memberId).sort()).toEqual([
        'hd-chu-tich',
        'hd-cong-thuong',
        'hd-tai-chinh',
        'hd-y-te',
      ]);
    }
  });

  it('lets one of two office members claim the same appraisal at the same moment; the other gets TASK_ALREADY_CLAIMED', async () => {
    // Three cases, three races: each one must have exactly one winner.
    const ids = await Promise.all(
      ['Kiều Văn Lâm', 'Mạc Thị Thoa', 'Quách Văn Sơn'].map((name) => flows(stack).submitted(CITY, name)),
    );
    for (const id of ids) {
      const [task] = (await s.tasks(users.office, `?type=APPRAISE_DOSSIER&limit=200`)).body.items.filter(
        (t: { nominationId: string }) => t.nominationId === id,
      );
      const path = `/tasks/${encodeURIComponent(task.taskId)}/claim`;
      const [a, b] = await Promise.all([s.post(users.office, path), s.post(users.office2, path)]);

      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winner = a.status === 200 ? users.office : users.office2;
      expect(loser.body).toMatchObject({
        code: 'TASK_ALREADY_CLAIMED',
        detail: expect.stringContaining(winner.userId),
      });
      const claims = (await storedEvents(stack, id)).filter((e) => e.type === 'TaskClaimed');
      expect(claims.map((e) => e.data)).toEqual([{ taskId: task.taskId, userId: winner.userId }]);
      const { tasks } = await snapshot(stack, id);
      expect(tasks.find((t: { task_id: string }) => t.task_id === task.taskId)).toMatchObject({
        status: 'OPEN',
        claimed_by: winner.userId,
      });
    }
  });
});
