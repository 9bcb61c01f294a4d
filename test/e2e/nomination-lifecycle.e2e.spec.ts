import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { nominationStreamId } from '@khen/domain';
import { EVENT_SEQUENCES } from '../support/event-sequences';
import { eventTypes, eventually, snapshot, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/** The whole arrow for one case: every domain event, clock and task in the order they happened. */
const AWARDED_SEQUENCE = EVENT_SEQUENCES.AWARDED;

describe('a nomination over HTTP → Temporal → worker → PostgreSQL', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  async function throughBallot(choices: ('APPROVE' | 'DISAPPROVE')[], name = 'Nguyễn Thị Lan'): Promise<string> {
    const created = await s.create(users.unitOfficer, { nominee: { name, subject: 'INDIVIDUAL' } }).expect(201);
    const id: string = created.body.nominationId;
    await s.submit(users.unitOfficer, id).expect(200);
    const appraised = await s.appraise(users.office, id).expect(200);
    expect(appraised.body.status).toBe('BALLOT_OPEN');
    // HD-TP seats five; member 4 (SO-GD, the filer's unit) is recused: these four may vote.
    const voters = [users.member1, users.member2, users.member3, users.member5];
    for (const [i, choice] of choices.entries()) await s.vote(voters[i], id, choice).expect(200);
    await s.closeBallot(users.office, id).expect(200);
    return id;
  }

  it('reaches AWARDED with the exact event sequence, read model, registry entry and no vote choice anywhere', async () => {
    const id = await throughBallot(['APPROVE', 'APPROVE', 'APPROVE', 'APPROVE']);
    // The disclosure timer (durable, test override of the working days) moves the case on by itself.
    await eventually(
      async () => (await s.view(users.office, id)).body.status,
      (st) => st === 'AWAITING_DECISION',
    );
    const decided = await s.award(users.authority, id, `E2E-${id.slice(0, 8)}/QĐ-UBND`).expect(200);
    expect(decided.body).toMatchObject({ stage: 'CLOSED', status: 'AWARDED', version: AWARDED_SEQUENCE.length });

    // The council's office sees the whole chain; any other reader gets the events naming a voter without the
    // name, its actor and its hash (and the next event without its link), so that no hash gives a name back.
    const events = await s.events(users.office, id).expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(AWARDED_SEQUENCE);
    for (let i = 1; i < events.body.length; i++) expect(events.body[i].prevHash).toBe(events.body[i - 1].hash);
    const audited = (await s.events(users.admin, id).expect(200)).body as {
      type: string;
      hash: string | null;
      data: { memberId?: string | null };
    }[];
    expect(audited.filter((e) => e.type === 'VoteCast').map((e) => [e.data.memberId, e.hash])).toEqual(
      Array(4).fill([null, null]),
    );
    // Secret ballot: nothing stored pairs a member with a choice, not even the raw events.
    const raw = await stack.db.query(`SELECT data::text AS d FROM events WHERE stream_id = $1`, [
      nominationStreamId(id),
    ]);
    expect(raw.map((r: { d: string }) => r.d).join()).not.toMatch(/"choice"/);

    const view = await s.view(users.office, id).expect(200);
    expect(view.headers.etag).toBe(`"${AWARDED_SEQUENCE.length}"`);
    expect(view.body).toMatchObject({
      stage: 'CLOSED',
      outcome: 'AWARDED',
      awardCode: 'BK_TINH',
      unitId: 'SO-GD',
      nomineeName: 'Nguyễn Thị Lan',
      councilId: 'HD-TP',
    });
    expect(view.body.state.tally).toMatchObject({
      // Counted over every seated member (recused included): 4 of 5 = 80 %, at least the 80 % asked.
      counting: 'SEATED_MEMBERS',
      members: 5,
      recused: 1,
      eligible: 4,
      cast: 4,
      approve: 4,
      denominator: 5,
      approvePercent: 80,
      passed: true,
      rule: { percent: 80, denominator: 'ALL_MEMBERS' },
    });
    expect(view.body.state.ballot.recused).toEqual([
      { memberId: 'hd-giao-duc', reason: expect.stringContaining('Cùng đơn vị') },
    ]);
    // The seed document (version 1), or a later version of it: test/integration/rules-admin publishes one in the same
    // database, changing only an award this suite does not file. The Bằng khen's own rule is the seed's either way.
    expect(view.body.state.rules).toMatchObject({
      ruleSetId: 'VN-2025-07',
      award: { code: 'BK_TINH', ballot: { percent: 80, denominator: 'ALL_MEMBERS' } },
    });
    const [entry] = await stack.db.query(
      `SELECT award_code, year, source FROM award_registry WHERE nomination_id = $1`,
      [id],
    );
    expect(entry).toEqual({ award_code: 'BK_TINH', year: 2026, source: 'EVENT' });
    const open = await stack.db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE nomination_id = $1 AND status = 'OPEN'`,
      [id],
    );
    expect(open[0].n).toBe(0);

    await recordHistory(stack, id, 'awarded');
  });

  it('is REJECTED when the ballot fails, and the workflow completes', async () => {
    const id = await throughBallot(['APPROVE', 'DISAPPROVE', 'APPROVE', 'APPROVE'], 'Trần Văn Bình');
    const view = await s.view(users.office, id).expect(200);
    expect(view.body).toMatchObject({ stage: 'CLOSED', status: 'REJECTED', outcome: 'REJECTED' });
    expect(view.body.state.rejection).toMatchObject({ stage: 'COUNCIL_REVIEW', reasonCode: 'BALLOT_FAILED' });
    // 3 approvals of the 5 seated members: 60 % < 80 %.
    expect(view.body.state.tally).toMatchObject({
      approve: 3,
      disapprove: 1,
      denominator: 5,
      approvePercent: 60,
      passed: false,
    });
    expect((await eventTypes(stack, id)).slice(-3)).toEqual(['ReviewClosed', 'NominationRejected', 'SlaClockStopped']);
    await recordHistory(stack, id, 'rejected-by-ballot');
  });

  it('refuses commands the rules forbid, with a code and Vietnamese and English reasons, and records nothing', async () => {
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Lê Văn Cường', subject: 'INDIVIDUAL' } })
      .expect(201);
    const id: string = created.body.nominationId;

    const incomplete = await s.submit(users.unitOfficer, id, []).expect(422);
    expect(incomplete.body).toMatchObject({
      code: 'MISSING_DOCUMENTS',
      field: 'documents',
      status: 422,
      rule: { article: 'Điều 84' },
    });
    expect(incomplete.body.detail).toContain('thiếu tài liệu bắt buộc');
    expect(incomplete.body.detailEn).toContain('lacks required documents');

    expect((await s.award(users.authority, id)).status).toBe(409);
    await s.submit(users.unitOfficer, id).expect(200);
    await s.appraise(users.office, id).expect(200);
    await s.vote(users.member1, id, 'APPROVE').expect(200);
    const before = await snapshot(stack, id);

    expect((await s.vote(users.member1, id, 'DISAPPROVE')).body.code).toBe('ALREADY_VOTED');
    expect((await s.vote(users.member4, id, 'APPROVE')).body.code).toBe('MEMBER_RECUSED');
    expect((await s.closeBallot(users.office, id)).body.code).toBe('QUORUM_NOT_REACHED');
    expect((await s.vote(users.unitOfficer, id, 'APPROVE')).status).toBe(403);
    const bad = await s.post(users.member2, `/nominations/${id}/votes`, { choice: 'MAYBE' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'choice' });
    await stack.http().post(`/api/nominations/${id}/votes`).send({ choice: 'APPROVE' }).expect(401);
    const stale = await stack
      .http()
      .post(`/api/nominations/${id}/ballot/close`)
      .set('Authorization', s.as(users.office))
      .set('If-Match', '"1"')
      .expect(412);
    expect(stale.body.code).toBe('STALE_VERSION');

    expect(await snapshot(stack, id)).toEqual(before);
  });

  it('answers 404 for an unknown or foreign case and 400 for a malformed id, never 500', async () => {
    await s.view(users.office, '00000000-0000-4000-8000-000000000000').expect(404);
    await s.view(users.office, 'not-a-uuid').expect(400);
    const unknownAward = await s.create(users.unitOfficer, { awardCode: 'KHONG_CO' }).expect(422);
    expect(unknownAward.body.code).toBe('UNKNOWN_AWARD');
    const notCompetent = await s.create(users.unitOfficer, { awardCode: 'LDTT' }).expect(422);
    expect(notCompetent.body).toMatchObject({ code: 'AUTHORITY_NOT_COMPETENT', field: 'councilId' });
  });

  it('publishes its OpenAPI document with every command route', async () => {
    const doc = await stack.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/nominations',
        '/api/nominations/{id}',
        '/api/nominations/{id}/events',
        '/api/nominations/{id}/submit',
        '/api/nominations/{id}/appraisal',
        '/api/nominations/{id}/votes',
        '/api/nominations/{id}/ballot/close',
        '/api/nominations/{id}/decision',
        '/api/tasks',
        '/api/tasks/{taskId}/claim',
        '/api/public/disclosures',
        '/api/rules',
        '/api/bulk-filings',
      ]),
    );
  });
});

/**
 * With KHEN_RECORD_HISTORIES set the run saves the Temporal histories that the replay test replays: as
 * `<name>.json` for `1`, else as `<name>-<value>.json` (a new shape recorded beside the old ones).
 */
async function recordHistory(_stack: TestStack, nominationId: string, name: string): Promise<void> {
  const tag = process.env.KHEN_RECORD_HISTORIES;
  if (!tag) return;
  const workflowId = nominationStreamId(nominationId);
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  try {
    await new Client({ connection }).workflow.getHandle(workflowId).result();
  } finally {
    await connection.close();
  }
  // The CLI's JSON is the format Worker.runReplayHistory reads.
  const json = execFileSync(process.env.TEMPORAL_CLI ?? 'temporal', [
    'workflow',
    'show',
    '--workflow-id',
    workflowId,
    '--output',
    'json',
    '--address',
    process.env.TEMPORAL_ADDRESS!,
  ]);
  writeFileSync(join(__dirname, '../histories', tag === '1' ? `${name}.json` : `${name}-${tag}.json`), json);
}
