import { Client, Connection } from '@temporalio/client';
import { fold, type NominationEvent, nominationStreamId } from '@khen/domain';
import { verifyStore } from '@khen/eventstore';
import { checkConsistency, RuleStore } from '@khen/projections';
import type { ResumeResult } from '@khen/temporal';
import { nominationStateQuery } from '@khen/workflows/nomination.contract';
import { CITY, flows, must } from '../support/case-flows';
import { freshDatabase } from '../support/fresh-database';
import { decisionNumber, eventually, eventTypes, snapshot, steps, todayVn } from '../support/nomination-steps';
import { deleteWorkflow, khen, recordBehindWorkflow } from '../support/temporal-loss';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const DISCLOSURE_MS = 6000;

/**
 * The drill of docs/architecture.md "When Temporal and the event store disagree": Temporal's state is deleted
 * under open cases at every step (and one workflow is left behind its stream, as after a restore from an
 * older backup); commands meet a clear 503/409; `reconcile` finds them, `resume` starts them again from
 * their streams, and every case goes on to its outcome with nothing lost or doubled. A database of its
 * own, so that `resume` of "every open case" touches only this suite's.
 */
describe('resume: open cases whose workflows Temporal lost', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let stack: TestStack;
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    fresh = await freshDatabase();
    await new RuleStore(fresh.ds.manager).ensureSeed();
    process.env.PGDATABASE = fresh.name;
    process.env.KHEN_DISCLOSURE_OVERRIDE_MS = String(DISCLOSURE_MS);
    stack = await startTestStack();
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.close();
    await fresh?.drop();
  });

  it('resumes each case from its stream, and each goes on to its outcome', async () => {
    const f = flows(stack);
    const s = steps(stack);
    const { office, authority, unitOfficer } = users;
    const award = async (id: string) => must(await s.award(authority, id, decisionNumber('UBND'), todayVn()), 200).body;

    // Cases at every step; one closed before the loss, one whose deadline passes while its workflow is gone.
    const [closed, awaiting] = await Promise.all([
      f.awaitingDecision(CITY, 'Khôi Phục Đã Xong'),
      f.awaitingDecision(CITY, 'Khôi Phục Chờ Ký'),
    ]);
    expect((await award(closed)).status).toBe('AWARDED');
    const draft = await f.filed(CITY, 'Khôi Phục Nháp');
    const submitted = await f.submitted(CITY, 'Khôi Phục Đã Nộp');
    const behind = await f.submitted(CITY, 'Khôi Phục Sau Bản Sao');
    const ballot = await f.ballotOpen(CITY, 'Khôi Phục Phiếu Trống');
    const voted = await f.ballotOpen(CITY, 'Khôi Phục Đã Bỏ Phiếu');
    for (const member of [users.member1, users.member2]) must(await s.vote(member, voted, 'APPROVE'), 200);
    const disclosed = await f.disclosed(CITY, 'Khôi Phục Công Khai');
    const lost = [draft, submitted, ballot, voted, disclosed, awaiting];
    const open = [...lost, behind];
    const streamOf = (id: string) =>
      stack.db.query(`SELECT event_id, hash FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
        nominationStreamId(id),
      ]) as Promise<{ event_id: string; hash: Buffer }[]>;

    // The loss: six workflows deleted (and the closed one), one left behind its stream.
    const appraisal = Object.values((await s.view(office, behind)).body.state.tasks as Record<string, any>).find(
      (t) => t.type === 'APPRAISE_DOSSIER',
    );
    await recordBehindWorkflow(stack, behind, { type: 'ClaimTask', taskId: appraisal.taskId }, office);
    for (const id of [...lost, closed]) await deleteWorkflow(client, id);
    const before = new Map(await Promise.all(open.map(async (id) => [id, await streamOf(id)] as const)));

    // A command meets the loss: 503 (workflow missing) or 409 (workflow behind), Vietnamese first; nothing recorded.
    const untouched = await snapshot(stack, submitted);
    const missing = await s.appraise(office, submitted);
    expect(missing.status).toBe(503);
    expect(missing.headers['retry-after']).toBeDefined();
    expect(missing.body).toMatchObject({ code: 'CASE_WORKFLOW_MISSING', detail: expect.stringMatching(VIETNAMESE) });
    expect(missing.body.detailEn).toContain('workflow');
    expect(await snapshot(stack, submitted)).toEqual(untouched);
    const stale = await snapshot(stack, behind);
    const outOfStep = await s.appraise(office, behind);
    expect(outOfStep.status).toBe(409);
    expect(outOfStep.body).toMatchObject({ code: 'CASE_OUT_OF_STEP', detail: expect.stringMatching(VIETNAMESE) });
    expect(await snapshot(stack, behind)).toEqual(stale);
    // Filing again under a lost case's id starts nothing.
    const again = await s.create(unitOfficer, {
      nominationId: submitted,
      nominee: { name: 'Trùng Mã', subject: 'INDIVIDUAL' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOMINATION_EXISTS');

    // reconcile finds the lost and the behind, and says how to mend them.
    const found = await khen('reconcile');
    expect(found.code).toBe(1);
    for (const id of lost) expect(found.stdout).toContain(`${id} WORKFLOW_MISSING`);
    expect(found.stdout).toContain(`${behind} WORKFLOW_BEHIND`);
    expect(found.stdout).not.toContain(closed);
    expect(found.stdout).toContain('npm run khen -- resume');

    // The disclosure's recorded end passes while its workflow is gone.
    const endsAt = Date.parse((await s.view(office, disclosed)).body.state.disclosure.endsAt);
    await new Promise((r) => setTimeout(r, Math.max(0, endsAt - Date.now() + 200)));

    const resumed = await khen('resume', '--json');
    expect(resumed.code).toBe(0);
    const results = new Map((JSON.parse(resumed.stdout).results as ResumeResult[]).map((r) => [r.nominationId, r]));
    expect([...results.keys()].sort()).toEqual([...open].sort());
    for (const id of lost) expect(results.get(id)).toMatchObject({ outcome: 'RESUMED', found: 'WORKFLOW_MISSING' });
    expect(results.get(behind)).toMatchObject({ outcome: 'RESUMED', found: 'WORKFLOW_BEHIND' });
    expect(results.get(voted)?.ballotRevoted).toBe(true);
    expect(results.get(ballot)?.ballotRevoted).toBe(false);

    // Nothing recorded by resuming: the stream before the loss is the start of the stream now.
    for (const id of open) {
      const now = await streamOf(id);
      expect(now.slice(0, before.get(id)!.length)).toEqual(before.get(id));
    }

    // The timer re-armed from the recorded deadline: the disclosure closes by itself, once, after its end.
    await s.untilStatus(office, disclosed, 'AWAITING_DECISION');
    const closedAt = (await stack.db.query(
      `SELECT data->>'closedAt' AS at FROM events WHERE stream_id = $1 AND type = 'DisclosureClosed'`,
      [nominationStreamId(disclosed)],
    )) as { at: string }[];
    expect(closedAt).toHaveLength(1);
    expect(Date.parse(closedAt[0]!.at)).toBeGreaterThanOrEqual(endsAt);
    // The ballot whose sealed choices were lost is voided and held again; the empty one goes on.
    const revote = await eventually(
      () => s.view(office, voted),
      (r) => r.body.state.ballot?.round === 2,
    );
    expect(revote.body.state.ballot).toMatchObject({ open: true, voters: [] });
    const votedTypes = await eventTypes(stack, voted);
    expect(votedTypes.filter((t) => t === 'BallotVoided')).toHaveLength(1);
    expect(votedTypes.slice(votedTypes.indexOf('BallotVoided'))).toContain('ReviewOpened');
    expect((await s.view(office, ballot)).body.state.ballot).toMatchObject({ round: 1, open: true });
    // Idempotent: a second resume finds every case in step, and each workflow runs the fold of its stream.
    const second = await khen('resume', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).resumed).toBe(0);
    for (const id of open) {
      const events = await stack.store.readStream(nominationStreamId(id));
      const folded = fold(events.map((e) => ({ type: e.type, data: e.data }) as NominationEvent));
      expect(await client.workflow.getHandle(nominationStreamId(id)).query(nominationStateQuery)).toEqual(
        JSON.parse(JSON.stringify(folded)),
      );
    }

    // Every case goes on to its outcome through the API.
    await Promise.all(
      open.map(async (id) => {
        const status = () => s.view(office, id).then((r) => r.body.status as string);
        if ((await status()) === 'DRAFT') must(await s.submit(CITY.officer, id), 200);
        if ((await status()) === 'SUBMITTED') must(await s.appraise(office, id), 200);
        if ((await status()) === 'BALLOT_OPEN') {
          for (const member of CITY.voters) must(await s.vote(member, id, 'APPROVE'), 200);
          must(await s.closeBallot(office, id), 200);
        }
        await s.untilStatus(office, id, 'AWAITING_DECISION');
        expect((await award(id)).status).toBe('AWARDED');
        expect(await client.workflow.getHandle(nominationStreamId(id)).result()).toMatchObject({ outcome: 'AWARDED' });
      }),
    );

    // Nothing lost or doubled: one filing, submission, tally and decision each; round 2 counted four votes (every member who may vote).
    for (const id of open) {
      const types = await eventTypes(stack, id);
      for (const once of ['NominationDrafted', 'DossierSubmitted', 'DisclosureClosed', 'DecisionIssued'])
        expect({ id, once, n: types.filter((t) => t === once).length }).toEqual({ id, once, n: 1 });
    }
    const [tally] = (await stack.db.query(
      `SELECT data->'tally' AS tally FROM events WHERE stream_id = $1 AND type = 'ReviewClosed'`,
      [nominationStreamId(voted)],
    )) as { tally: { cast: number; approve: number } }[];
    expect(tally!.tally).toMatchObject({ members: 5, cast: 4, approve: 4, approvePercent: 80 });
    expect(await verifyStore(stack.db)).toMatchObject({ ok: true, broken: [] });
    expect(await checkConsistency(stack.db)).toMatchObject({ ok: true, mismatches: [] });
    const after = await khen('reconcile');
    expect({ code: after.code, stdout: after.stdout }).toEqual({ code: 0, stdout: expect.stringContaining('Khớp') });
    // Nine cases walked one command at a time, four votes a ballot, two resumes: more than jest's default bound
    // on a shared machine (a bound on the run, not an assertion on its speed).
  }, 300_000);
});
