import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { eventually, steps } from '../support/nomination-steps';
import { startTestStack, TestStack, users } from '../support/test-stack';

const AWARDED_SEQUENCE = [
  'NominationDrafted', 'DossierSubmitted', 'AppraisalCompleted', 'ReviewOpened', 'VoteCast', 'VoteCast', 'VoteCast',
  'ReviewClosed', 'DisclosureOpened', 'DisclosureClosed', 'DecisionIssued',
];

describe('a nomination over HTTP → Temporal → worker → PostgreSQL', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  async function throughBallot(choices: ('APPROVE' | 'DISAPPROVE')[]): Promise<string> {
    const created = await s.create(users.unitOfficer).expect(201);
    const id: string = created.body.nominationId;
    await s.submit(users.unitOfficer, id).expect(200);
    await s.appraise(users.office, id).expect(200);
    const voters = [users.member1, users.member2, users.member3];
    for (const [i, choice] of choices.entries()) await s.vote(voters[i], id, choice).expect(200);
    await s.closeBallot(users.office, id).expect(200);
    return id;
  }

  it('reaches AWARDED with the exact event sequence and read model', async () => {
    const id = await throughBallot(['APPROVE', 'APPROVE', 'DISAPPROVE']);
    // The disclosure timer (durable, test override of the working days) moves the case on by itself.
    await eventually(() => s.view(users.office, id).then((r) => r.body.status), (st) => st === 'AWAITING_DECISION');
    const decided = await s.award(users.authority, id).expect(200);
    expect(decided.body).toMatchObject({ stage: 'CLOSED', status: 'AWARDED', version: AWARDED_SEQUENCE.length });

    const events = await s.events(users.admin, id).expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(AWARDED_SEQUENCE);
    expect(events.body.map((e: { streamVersion: number }) => e.streamVersion)).toEqual(AWARDED_SEQUENCE.map((_, i) => i + 1));
    // Each hash links to the one before it.
    for (let i = 1; i < events.body.length; i++) expect(events.body[i].prevHash).toBe(events.body[i - 1].hash);
    // Secret ballot: the stream as served never pairs a member with a choice.
    for (const e of events.body.filter((x: { type: string }) => x.type === 'VoteCast')) expect(e.data.choice).toBeUndefined();

    const view = await s.view(users.office, id).expect(200);
    expect(view.headers.etag).toBe(`"${AWARDED_SEQUENCE.length}"`);
    expect(view.body).toMatchObject({
      nominationId: id, stage: 'CLOSED', status: 'AWARDED', outcome: 'AWARDED', awardCode: 'LDTT', unitId: 'SO-GD',
      nomineeName: 'Nguyễn Thị Lan', version: AWARDED_SEQUENCE.length,
    });
    expect(view.body.state.tally).toMatchObject({ members: 4, recused: 1, eligible: 3, cast: 3, approve: 2, disapprove: 1, passed: true });
    expect(view.body.state.ballot.recused).toEqual(['hd-giao-duc']);
    expect(view.body.state.decision).toMatchObject({ decisionNumber: '125/QĐ-UBND', decisionDate: '2026-12-20', signerId: users.authority.userId });

    await recordHistory(stack, id, 'awarded');
  });

  it('is REJECTED when the ballot fails, and the workflow completes', async () => {
    const id = await throughBallot(['APPROVE', 'DISAPPROVE', 'DISAPPROVE']);
    const view = await s.view(users.office, id).expect(200);
    expect(view.body).toMatchObject({ stage: 'CLOSED', status: 'REJECTED', outcome: 'REJECTED' });
    expect(view.body.state.rejection).toMatchObject({ stage: 'COUNCIL_REVIEW', reasonCode: 'BALLOT_FAILED' });
    const events = await s.events(users.admin, id).expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual([
      'NominationDrafted', 'DossierSubmitted', 'AppraisalCompleted', 'ReviewOpened', 'VoteCast', 'VoteCast', 'VoteCast',
      'ReviewClosed', 'NominationRejected',
    ]);
    await recordHistory(stack, id, 'rejected-by-ballot');
  });

  it('refuses commands the rules forbid, with a code and Vietnamese and English reasons, and records nothing', async () => {
    const created = await s.create(users.unitOfficer).expect(201);
    const id: string = created.body.nominationId;

    const incomplete = await s.submit(users.unitOfficer, id, []).expect(422);
    expect(incomplete.body).toMatchObject({ code: 'MISSING_DOCUMENTS', field: 'documents', status: 422 });
    expect(incomplete.body.detail).toContain('thiếu tài liệu bắt buộc');
    expect(incomplete.body.detailEn).toContain('lacks required documents');

    const early = await s.award(users.authority, id).expect(409);
    expect(early.body.code).toBe('WRONG_STAGE');

    await s.submit(users.unitOfficer, id).expect(200);
    await s.appraise(users.office, id).expect(200);
    await s.vote(users.member1, id, 'APPROVE').expect(200);
    const before = await snapshot(id);

    expect((await s.vote(users.member1, id, 'DISAPPROVE').expect(409)).body.code).toBe('ALREADY_VOTED');
    expect((await s.vote(users.member4, id, 'APPROVE').expect(409)).body.code).toBe('MEMBER_RECUSED');
    expect((await s.closeBallot(users.office, id).expect(409)).body.code).toBe('QUORUM_NOT_REACHED');
    expect((await s.vote(users.unitOfficer, id, 'APPROVE').expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await s.post(users.member2, `/${id}/votes`, { choice: 'MAYBE' }).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', field: 'choice' });
    await stack.http().post(`/api/nominations/${id}/votes`).send({ choice: 'APPROVE' }).expect(401);
    const stale = await s.post(users.office, `/${id}/ballot/close`).set('If-Match', '"1"').expect(412);
    expect(stale.body.code).toBe('STALE_VERSION');

    expect(await snapshot(id)).toEqual(before);
  });

  it('answers 404 for an unknown case and 400 for a malformed id, never 500', async () => {
    await s.view(users.office, '00000000-0000-4000-8000-000000000000').expect(404);
    await s.view(users.office, 'not-a-uuid').expect(400);
    const unknownAward = await s.create(users.unitOfficer, { awardCode: 'KHONG_CO' }).expect(422);
    expect(unknownAward.body.code).toBe('UNKNOWN_AWARD');
  });

  it('publishes its OpenAPI document with every command route', async () => {
    const doc = await stack.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining([
      '/api/nominations', '/api/nominations/{id}', '/api/nominations/{id}/events', '/api/nominations/{id}/submit',
      '/api/nominations/{id}/appraisal', '/api/nominations/{id}/votes', '/api/nominations/{id}/ballot/close', '/api/nominations/{id}/decision',
    ]));
  });

  async function snapshot(id: string) {
    const [row] = await stack.db.query(`SELECT version, state FROM nominations WHERE nomination_id = $1`, [id]);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM events WHERE stream_id = $1`, [`nomination-${id}`]);
    return { row, count };
  }
});

/** With KHEN_RECORD_HISTORIES=1 the run saves the Temporal histories that the replay test replays. */
async function recordHistory(stack: TestStack, nominationId: string, name: string): Promise<void> {
  if (process.env.KHEN_RECORD_HISTORIES !== '1') return;
  const workflowId = `nomination-${nominationId}`;
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  try {
    await new Client({ connection }).workflow.getHandle(workflowId).result();
  } finally {
    await connection.close();
  }
  // The CLI's JSON is the format Worker.runReplayHistory reads.
  const json = execFileSync(process.env.TEMPORAL_CLI ?? 'temporal', [
    'workflow', 'show', '--workflow-id', workflowId, '--output', 'json', '--address', process.env.TEMPORAL_ADDRESS!,
  ]);
  writeFileSync(join(__dirname, '../histories', `${name}.json`), json);
}
