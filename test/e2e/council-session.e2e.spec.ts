import { randomUUID } from 'node:crypto';
import { nominationStreamId } from '@khen/domain';
import { eventTypes, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/** A council meeting votes on a list (docs/domain.md §5.3); the head of the office extends a deadline. */
describe('council sessions and deadline extensions', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  async function filed(name: string): Promise<string> {
    const created = await s.create(users.unitOfficer, { nominee: { name, subject: 'INDIVIDUAL' } }).expect(201);
    await s.submit(users.unitOfficer, created.body.nominationId).expect(200);
    return created.body.nominationId;
  }

  it("lists a session's cases, takes each member's votes on the whole list, and closes the session's ballots", async () => {
    const session = `PHIEN-${randomUUID().slice(0, 8)}`;
    const ids = [await filed('Tạ Văn Phiên'), await filed('Tạ Thị Họp')];
    for (const id of ids) await s.appraise(users.office, id, { sessionId: session }).expect(200);
    const listed = await s.get(users.member1, `/ballot-sessions/${session}`).expect(200);
    expect(listed.body.items.map((i: { nominationId: string }) => i.nominationId).sort()).toEqual([...ids].sort());

    // Every HD-TP member who may vote (member 4, of the filer's unit, is recused).
    for (const m of [users.member1, users.member2, users.member3, users.member5]) {
      const voted = await s
        .post(m, `/ballot-sessions/${session}/votes`, {
          votes: ids.map((nominationId) => ({ nominationId, choice: 'APPROVE' })),
        })
        .expect(200);
      expect(voted.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    }
    // A second vote on the list is refused item by item, and records nothing.
    const again = await s
      .post(users.member1, `/ballot-sessions/${session}/votes`, {
        votes: [{ nominationId: ids[0], choice: 'DISAPPROVE' }],
      })
      .expect(200);
    expect(again.body.results[0]).toMatchObject({ ok: false, status: 409, code: 'ALREADY_VOTED' });

    const closed = await s.post(users.office, `/ballot-sessions/${session}/close`).expect(200);
    expect(closed.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    for (const id of ids) {
      expect((await s.view(users.office, id).expect(200)).body.state.tally).toMatchObject({
        members: 5,
        cast: 4,
        approve: 4,
        approvePercent: 80,
        passed: true,
      });
      expect((await eventTypes(stack, id)).filter((t) => t === 'VoteCast')).toHaveLength(4);
    }
  });

  it('lets the head of the office extend the running stage by working days, and no one else', async () => {
    const id = await filed('Mạc Văn Gia Hạn');
    const refused = await s
      .post(users.office2, `/nominations/${id}/sla-extensions`, { extraWorkingDays: 3, reason: 'Chờ ý kiến hiệp y' })
      .expect(403);
    expect(refused.body.code).toBe('NOT_OFFICE_LEAD');
    const before = (await s.view(users.office, id).expect(200)).body.slaDeadline as string;
    await s
      .post(users.office, `/nominations/${id}/sla-extensions`, {
        extraWorkingDays: 3,
        reason: 'Chờ ý kiến hiệp y của Sở Tài chính',
      })
      .expect(200);
    const after = (await s.view(users.office, id).expect(200)).body.slaDeadline as string;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before) + 2 * 24 * 3600 * 1000);
    const [e] = await stack.db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'SlaClockRescheduled'`, [
      nominationStreamId(id),
    ]);
    expect(e.data).toMatchObject({ budgetWorkingDays: 13, reason: 'Chờ ý kiến hiệp y của Sở Tài chính' });
  });
});
