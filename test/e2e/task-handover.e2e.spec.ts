import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';
import { CITY, flows, must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Handing a task over (reassign by the head of the office, delegate by its holder): the person is picked
 * from those who may hold it (GET /api/tasks/{taskId}/holders); anybody else is refused 422 with nothing
 * recorded, so that no task vanishes from every inbox. The head of the office sees the tasks others hold.
 * A task back from a supplement returns to the officer who asked for it.
 */
describe('task hand-over to eligible people only', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let f: ReturnType<typeof flows>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    f = flows(stack);
  });
  afterAll(() => stack?.close());

  const appraisalOf = async (id: string) => {
    const items = (await s.tasks(users.office, '?type=APPRAISE_DOSSIER&limit=200').expect(200)).body.items as {
      taskId: string;
      nominationId: string;
      assignee: string | null;
      claimedBy: string | null;
    }[];
    return items.find((t) => t.nominationId === id);
  };

  it('lists the people who may hold an appraisal: the council office, not the unit or the council', async () => {
    const id = await f.submitted(CITY, 'Hoàng Văn Giao');
    const task = (await appraisalOf(id))!;
    const res = await s.get(users.office, `/tasks/${encodeURIComponent(task.taskId)}/holders`).expect(200);
    const ids = (res.body.people as { userId: string; displayName: string }[]).map((p) => p.userId);
    expect(ids).toEqual(expect.arrayContaining([users.office.userId, users.office2.userId]));
    expect(ids).not.toContain(users.unitOfficer.userId);
    expect(ids).not.toContain(users.member1.userId);
    expect(ids).not.toContain(users.officeSoGd.userId);
    expect(res.body.people[0]).toHaveProperty('displayName');
    await s.get(users.office, `/tasks/${encodeURIComponent(`${id}:NOPE#1`)}/holders`).expect(404);
  });

  it.each([
    ['an unknown user', 'khong-co-ai'],
    ['somebody outside the task group', 'hd-tai-chinh'],
    ['another council office', 'tdkt-so-gd'],
  ])('refuses to reassign or delegate to %s (422, nothing recorded)', async (_what, who) => {
    const id = await f.submitted(CITY, `Người Thử ${who}`);
    const task = (await appraisalOf(id))!;
    const before = (await s.events(users.admin, id).expect(200)).body.length;
    const path = `/tasks/${encodeURIComponent(task.taskId)}`;
    const reassign = await s.post(users.office, `${path}/reassign`, { assignee: who }).expect(422);
    expect(reassign.body).toMatchObject({ code: 'ASSIGNEE_NOT_ELIGIBLE', field: 'assignee' });
    expect(reassign.body.detail).toContain('không phải là người có thể nhận việc này');
    must(await s.post(users.office2, `${path}/claim`), 200);
    const delegate = await s.post(users.office2, `${path}/delegate`, { to: who }).expect(422);
    expect(delegate.body).toMatchObject({ code: 'ASSIGNEE_NOT_ELIGIBLE', field: 'to' });
    expect((await s.events(users.admin, id).expect(200)).body.length).toBe(before + 1); // the claim only
    expect((await appraisalOf(id))?.claimedBy).toBe(users.office2.userId);
  });

  it('reassigns to an eligible officer, and the head of the office still sees the task the other holds', async () => {
    const id = await f.submitted(CITY, 'Trịnh Văn Theo Dõi');
    const task = (await appraisalOf(id))!;
    must(
      await s.post(users.office, `/tasks/${encodeURIComponent(task.taskId)}/reassign`, {
        assignee: users.office2.userId,
      }),
      200,
    );
    const seen = await appraisalOf(id);
    expect(seen).toMatchObject({ taskId: task.taskId, assignee: users.office2.userId });
    const mine = (await s.tasks(users.office2, '?scope=mine&limit=200').expect(200)).body.items as {
      taskId: string;
    }[];
    expect(mine.map((t) => t.taskId)).toContain(task.taskId);
  });

  it('after the unit supplements, the appraisal returns to the officer who asked', async () => {
    const id = await f.submitted(CITY, 'Phùng Thị Bổ Sung');
    const task = (await appraisalOf(id))!;
    must(await s.post(users.office2, `/tasks/${encodeURIComponent(task.taskId)}/claim`), 200);
    must(await s.requestSupplement(users.office2, id, ['BIEN_BAN_HOP']), 200);
    must(
      await s.supplement(
        users.unitOfficer,
        id,
        DEMO_DOCUMENTS.filter((d) => d.code === 'BIEN_BAN_HOP'),
      ),
      200,
    );
    const back = (await appraisalOf(id))!;
    expect(back.taskId).not.toBe(task.taskId);
    expect(back.assignee).toBe(users.office2.userId);
    const office2Mine = (await s.tasks(users.office2, '?scope=mine&limit=200').expect(200)).body.items as {
      taskId: string;
    }[];
    expect(office2Mine.map((t) => t.taskId)).toContain(back.taskId);
    // Not offered to the rest of the office as an unclaimed group task.
    const other = { ...users.office2, userId: 'ban-tdkt-3', displayName: 'Cán bộ khác' };
    await stack.signIn(other);
    const groups = (await s.tasks(other, '?scope=groups&limit=200').expect(200)).body.items as { taskId: string }[];
    expect(groups.map((t) => t.taskId)).not.toContain(back.taskId);
  });
});
