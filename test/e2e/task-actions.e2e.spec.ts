import type { Actor } from '@khen/domain';
import { CITY, flows, must } from '../support/case-flows';
import { snapshot, steps, storedEvents } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';

/**
 * Working the inbox: claim, release, reassign (the office's head or an administrator),
 * delegate (the owner stays), and completing a task as the Update it stands for. Each test works
 * fresh cases and looks only at their tasks.
 */
describe('working a task from the inbox', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  const taskOf = async (actor: Actor, id: string, type: string) => {
    const items = must(await s.tasks(actor, `?type=${type}&limit=200`), 200).body.items as {
      taskId: string;
      nominationId: string;
    }[];
    return items.find((t) => t.nominationId === id);
  };
  const act = (actor: Actor, taskId: string, action: string, body: object = {}) =>
    s.post(actor, `/tasks/${encodeURIComponent(taskId)}/${action}`, body);
  const mine = async (actor: Actor, id: string) =>
    (must(await s.tasks(actor, '?scope=mine&limit=200'), 200).body.items as { nominationId: string }[]).filter(
      (t) => t.nominationId === id,
    );

  it("claims and releases a task, and lets only the office's head or an administrator reassign it", async () => {
    const id = await flows(stack).submitted(CITY, 'Châu Văn Liêm');
    const { taskId } = (await taskOf(users.office2, id, 'APPRAISE_DOSSIER'))!;

    must(await act(users.office2, taskId, 'claim'), 200);
    expect(await mine(users.office2, id)).toEqual([
      expect.objectContaining({ taskId, claimedBy: 'ban-tdkt-2', assignee: null }),
    ]);
    expect((await act(users.office, taskId, 'release')).status).toBe(200); // the head may take a task back to the group
    expect(await taskOf(users.office2, id, 'APPRAISE_DOSSIER')).toMatchObject({ claimedBy: null });
    expect((await act(users.office2, taskId, 'release')).body).toMatchObject({ status: 409, code: 'TASK_NOT_CLAIMED' });

    const before = await snapshot(stack, id);
    const notLead = await act(users.office2, taskId, 'reassign', { assignee: 'ban-tdkt-2' });
    expect(notLead.body).toMatchObject({
      status: 403,
      code: 'NOT_OFFICE_LEAD',
      detail: expect.stringContaining('lãnh đạo Ban'),
    });
    expect(await snapshot(stack, id)).toEqual(before);

    must(await act(users.office, taskId, 'reassign', { assignee: 'ban-tdkt-2' }), 200);
    expect(await mine(users.office2, id)).toEqual([
      expect.objectContaining({ taskId, assignee: 'ban-tdkt-2', claimedBy: 'ban-tdkt-2' }),
    ]);
    // Assigned to a person, the task leaves the group's open list; the head of the office still follows it
    // there, with its assignee.
    const headsGroups = must(await s.tasks(users.office, '?scope=groups&limit=200'), 200).body.items as {
      taskId: string;
      assignee: string | null;
    }[];
    expect(headsGroups.filter((t) => t.taskId === taskId)).toEqual([
      expect.objectContaining({ taskId, assignee: 'ban-tdkt-2' }),
    ]);
    must(await act(users.admin, taskId, 'reassign', { assignee: 'ban-tdkt' }), 200);
    expect(await mine(users.office, id)).toEqual([expect.objectContaining({ taskId, assignee: 'ban-tdkt' })]);
    const assigned = (await storedEvents(stack, id)).filter((e) => e.type === 'TaskAssigned').map((e) => e.data);
    expect(assigned).toEqual([
      { taskId, assignee: 'ban-tdkt-2', by: 'ban-tdkt', mode: 'REASSIGN' },
      { taskId, assignee: 'ban-tdkt', by: 'quan-tri', mode: 'REASSIGN' },
    ]);
  });

  it('delegates a held task, keeping its owner, and the delegate completes it as the appraisal', async () => {
    const id = await flows(stack).submitted(CITY, 'Trần Quang Khải');
    const { taskId } = (await taskOf(users.office, id, 'APPRAISE_DOSSIER'))!;
    expect((await act(users.office, taskId, 'delegate', { to: 'ban-tdkt-2' })).body).toMatchObject({
      status: 409,
      code: 'TASK_NOT_CLAIMED',
    });
    must(await act(users.office, taskId, 'claim'), 200);
    must(await act(users.office, taskId, 'delegate', { to: 'ban-tdkt-2' }), 200);
    expect(await mine(users.office2, id)).toEqual([
      expect.objectContaining({ taskId, assignee: 'ban-tdkt-2', owner: 'ban-tdkt', claimedBy: 'ban-tdkt-2' }),
    ]);

    // The owner no longer holds it: completing it now is the delegate's.
    const taken = await act(users.office, taskId, 'complete', { opinion: 'Hồ sơ đầy đủ.' });
    expect(taken.body).toMatchObject({ status: 409, code: 'TASK_CLAIMED_BY_OTHER' });
    const invalid = await act(users.office2, taskId, 'complete', { opinion: '' });
    expect(invalid.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'opinion' });

    const done = must(
      await act(users.office2, taskId, 'complete', { opinion: 'Hồ sơ đầy đủ, thành tích được xác minh.' }),
      200,
    );
    expect(done.body).toMatchObject({ nominationId: id, status: 'BALLOT_OPEN' });
    const events = await storedEvents(stack, id);
    expect(events.find((e) => e.type === 'AppraisalCompleted')?.data).toEqual({
      opinion: 'Hồ sơ đầy đủ, thành tích được xác minh.',
      appraiserId: 'ban-tdkt-2',
    });
    expect(events.find((e) => e.type === 'TaskClosed' && e.data.taskId === taskId)?.data).toEqual({
      taskId,
      outcome: 'COMPLETED',
      by: 'ban-tdkt-2',
    });
    expect((await act(users.office2, taskId, 'complete', { opinion: 'Lần nữa.' })).body).toMatchObject({
      status: 404,
      code: 'TASK_NOT_FOUND',
    });

    // A member completes their vote task: a sealed vote, like POST /votes.
    const vote = (await taskOf(users.member2, id, 'CAST_VOTE'))!;
    must(await act(users.member2, vote.taskId, 'complete', { choice: 'APPROVE' }), 200);
    expect((await storedEvents(stack, id)).filter((e) => e.type === 'VoteCast').map((e) => e.data.memberId)).toEqual([
      'hd-tai-chinh',
    ]);
    expect((await s.get(users.member2, `/nominations/${id}/ballot`)).body).toMatchObject({
      open: true,
      iHaveVoted: true,
      tally: null,
    });
  });

  it("completes an appraisal as a supplement request, and the unit's supplement task as the supplement", async () => {
    const id = await flows(stack).submitted(CITY, 'Lê Văn Hưu');
    const appraisal = (await taskOf(users.office, id, 'APPRAISE_DOSSIER'))!;
    must(
      await act(users.office, appraisal.taskId, 'complete', {
        action: 'REQUEST_SUPPLEMENT',
        missing: ['BIEN_BAN_HOP'],
        note: 'Biên bản thiếu chữ ký.',
      }),
      200,
    );
    expect((await s.view(users.office, id)).body).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      state: { supplement: { missing: ['BIEN_BAN_HOP'] } },
    });

    const supplement = (await taskOf(users.unitOfficer, id, 'SUPPLEMENT_DOSSIER'))!;
    expect(supplement).toMatchObject({ candidateGroup: 'unit:SO-GD' });
    const pdf = makePdf(['Bien ban hop (da ky)']);
    must(await s.upload(users.unitOfficer, pdf, 'Biên bản họp (đã ký).pdf'), 201);
    const minutes = { code: 'BIEN_BAN_HOP', title: 'Biên bản họp (đã ký)', sha256: sha256Of(pdf) };
    must(await act(users.unitOfficer, supplement.taskId, 'complete', { documents: [minutes] }), 200);
    expect((await s.view(users.office, id)).body.status).toBe('SUBMITTED');
    const types = (await storedEvents(stack, id)).map((e) => e.type);
    expect(types.slice(-5)).toEqual([
      'DossierSupplemented',
      'SlaClockResumed',
      'SlaClockStopped',
      'TaskClosed',
      'TaskOpened',
    ]);
    expect(await taskOf(users.office, id, 'APPRAISE_DOSSIER')).toMatchObject({
      taskId: expect.stringMatching(/:APPRAISE_DOSSIER#2$/),
    });
  });
});
