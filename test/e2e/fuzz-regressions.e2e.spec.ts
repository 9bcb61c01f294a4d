import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { WorkflowFailedError } from '@temporalio/client';
import { loadTemporalConfig, NominationGateway } from '@khen/temporal';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { CITY, flows } from '../support/case-flows';
import { nominee, snapshot, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * The 500s (and the hung case) the API fuzzer found (test/e2e/fuzz.e2e.spec.ts), one test each:
 * every one is now a 4xx with a problem body, and nothing is recorded.
 */
describe('regressions found by the API fuzzer', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  const problem = (status: number, code: string) => expect.objectContaining({ status, code });
  const holdsOf = async (key: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM nominee_holds WHERE nominee_key = $1`, [key]))[0].n;
  const registryOf = async (key: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM award_registry WHERE nominee_key = $1`, [key]))[0].n;

  it('refuses a date that matches yyyy-MM-dd but does not exist (was a PostgreSQL error: 500)', async () => {
    const key = `FZ-${randomUUID().slice(0, 8)}`;
    for (const since of ['2026-13-45', '2026-02-30', '0000-01-01']) {
      const res = await s.post(users.admin, '/holds', {
        nomineeKey: key,
        type: 'DISCIPLINE',
        since,
        reference: 'QĐ kỷ luật số 1/QĐ-KL',
      });
      expect({ since, body: res.body }).toEqual({ since, body: problem(400, 'VALIDATION_FAILED') });
    }
    const entry = {
      nomineeKey: key,
      nomineeName: 'Nguyễn Văn Mờ',
      awardCode: 'BK_TINH',
      year: 2020,
      kind: 'CONG_TRANG',
      unitId: 'SO-GD',
      decisionNumber: '1/QĐ',
      decisionDate: '2020-02-31',
      authorityId: 'UBND-TP',
    };
    expect((await s.post(users.admin, '/registry/imports', { entries: [entry] })).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    expect(await holdsOf(key)).toBe(0);
    expect(await registryOf(key)).toBe(0);
    // Instants in queries: same rule.
    expect((await s.get(users.office, '/tasks?dueBefore=2026-02-30T00:00:00Z')).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    expect((await s.get(users.admin, '/nominations?from=2026-02-30')).body).toEqual(problem(400, 'VALIDATION_FAILED'));
    expect((await s.get(users.admin, '/nominations?to=0000-01-01T00:00:00Z')).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    // Year 0 is a day to JavaScript and none to PostgreSQL: a day in a query is refused before it reaches the store.
    for (const path of ['/rules/current?date=0000-01-01', '/directory/councils/HD-TP/members?on=0000-01-01'])
      expect({ path, body: (await s.get(users.admin, path)).body }).toEqual({
        path,
        body: problem(400, 'VALIDATION_FAILED'),
      });
    // The days that exist still pass.
    expect((await s.get(users.office, '/tasks?dueBefore=2028-02-29T00:00:00Z')).status).toBe(200);
    expect((await s.get(users.admin, '/directory/councils/HD-TP/members?on=2026-02-28')).status).toBe(200);
  });

  it('refuses a list item that is not an object (was a NOT NULL violation: 500)', async () => {
    const key = `FZ-${randomUUID().slice(0, 8)}`;
    expect((await s.post(users.admin, '/registry/imports', { entries: [[]] })).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    expect((await s.post(users.admin, '/registry/imports', { entries: [null, 'x'] })).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    expect(await registryOf(key)).toBe(0);
    const id = (await s.create(users.unitOfficer, { nominee: nominee('Đỗ Thị Danh Sách') }).expect(201)).body
      .nominationId;
    expect((await s.submit(users.unitOfficer, id, [[]] as never)).body).toEqual(problem(400, 'VALIDATION_FAILED'));
    expect((await s.post(users.member1, '/ballot-sessions/PHIEN-1/votes', { votes: [[]] })).body).toEqual(
      problem(400, 'VALIDATION_FAILED'),
    );
    expect((await s.view(users.unitOfficer, id)).body).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('refuses a weight or points written in exponent form, like 1e-7, by name (class-validator threw: 500)', async () => {
    const campaignId = `FZ-${randomUUID().slice(0, 8).toUpperCase()}`;
    for (const weight of [1e-7, 2.5e-3, 0.015]) {
      const res = await s.post(users.admin, '/directory/campaigns', {
        campaignId,
        name: 'Đợt thử tiêu chí',
        unitId: 'UBND-TP',
        kind: 'ANNUAL',
        year: 2026,
        filingOpensOn: '2026-01-01',
        filingClosesOn: '2026-12-31',
        awards: ['BK_TINH'],
        councilId: 'HD-TP',
        criteria: [{ criterionId: 'TC-1', name: 'Tiêu chí', weight, maxPoints: 10 }],
        reason: 'Thử số mũ',
      });
      expect({ weight, status: res.status, code: res.body.code }).toEqual({
        weight,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(JSON.stringify(res.body.errors)).toContain('criteria.0.weight');
    }
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
      `campaign-${campaignId}`,
    ]);
    expect(n).toBe(0);
  });

  it('refuses integers beyond what PostgreSQL or the calendar can take (was 500)', async () => {
    for (const path of ['/rules/99999999999', '/rules/0', '/rules/-1'])
      expect((await s.get(users.admin, path)).body).toEqual(problem(400, 'OUT_OF_RANGE'));
    // OUT_OF_RANGE, as for any integer path parameter: INVALID_YEAR is the domain's 422 (one code, one status).
    for (const year of ['-5', '0', '99999999', '10000'])
      expect((await s.get(users.admin, `/calendar/${year}`)).body).toEqual(problem(400, 'OUT_OF_RANGE'));
    const before = (await stack.db.query(`SELECT count(*)::int AS n FROM calendar_schedules`))[0].n;
    expect(
      (await s.post(users.admin, '/calendar/10000', { daysOff: [], workingWeekendDays: [], source: 'x' })).body,
    ).toEqual(problem(400, 'OUT_OF_RANGE'));
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM calendar_schedules`))[0].n).toBe(before);
    expect((await s.get(users.admin, '/rules/1')).status).toBe(200);
    expect((await s.get(users.admin, '/calendar/2026')).status).toBe(200);
  });

  it('refuses a NUL character anywhere: body, query, path (PostgreSQL text cannot hold one; a draft with one hung forever)', async () => {
    const nominationId = randomUUID();
    const created = await s.create(users.unitOfficer, {
      nominationId,
      nominee: { name: 'Lê\u0000Văn', subject: 'INDIVIDUAL' },
    });
    expect(created.body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    expect(created.body.field).toBe('nominee.name');
    // No workflow was started for it: the same id files normally.
    expect((await s.create(users.unitOfficer, { nominationId, nominee: nominee('Lê Văn') })).status).toBe(201);
    expect((await s.put(users.office, '/tasks/views/a%00b', {})).body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    expect((await s.get(users.admin, '/nominations?nominee=a%00b')).body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    expect((await s.get(users.admin, '/registry?nomineeKey=a%00b')).body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    expect((await s.post(users.admin, '/rules', { id: 'a\u0000' })).body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    // Half of a UTF-16 pair: PostgreSQL's JSON refuses it too (the fuzzer found a 500 for "\udfff").
    const lone = await s.create(users.unitOfficer, { nominationId: randomUUID(), nominee: nominee('Lê \udfffVăn') });
    expect(lone.body).toEqual(problem(400, 'INVALID_CHARACTERS'));
    expect(lone.body.field).toBe('nominee.name');
    const csv = 'Họ và tên,Đối tượng,Danh hiệu,Hình thức\r\n"Nguyễn\u0000Lan",INDIVIDUAL,BK_TINH,CONG_TRANG\r\n';
    const bulk = await stack
      .http()
      .post('/api/bulk-filings?campaignId=TONG-KET-2026&councilId=HD-TP')
      .set('Authorization', s.as(users.unitOfficer))
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(bulk.body).toEqual(problem(400, 'INVALID_CHARACTERS'));
  });

  it('answers a body over the limit 413 and an unsupported charset 415, as problems, before and after authentication (was 500)', async () => {
    const big = JSON.stringify({ reason: 'Ư'.repeat(200_000) });
    const id = randomUUID();
    for (const auth of [s.as(users.unitOfficer), undefined]) {
      const req = stack.http().post(`/api/nominations/${id}/withdrawal`).set('Content-Type', 'application/json');
      if (auth) req.set('Authorization', auth);
      const res = await req.send(big);
      expect(res.status).toBe(413);
      expect(res.body).toEqual(problem(413, 'PAYLOAD_TOO_LARGE'));
    }
    const objection = await stack
      .http()
      .post(`/api/public/disclosures/${id}/objections`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ content: '🏅'.repeat(10_000) }));
    expect(objection.body).toEqual(problem(413, 'PAYLOAD_TOO_LARGE'));
    const latin1 = await stack
      .http()
      .post(`/api/nominations/${id}/appraisal`)
      .set('Authorization', s.as(users.office))
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"opinion":"x"}');
    expect(latin1.body).toEqual(problem(415, 'UNSUPPORTED_MEDIA_TYPE'));
  });

  it('refuses a correctly signed token whose claims carry a NUL', async () => {
    const config = loadApiConfig();
    const token = await new SignJWT({ role: 'UNIT_OFFICER', unitId: 'SO-GD' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cb\u0000so-gd')
      .setIssuer(config.jwtIssuer)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(config.jwtSecret));
    const res = await stack.http().put('/api/tasks/views/mine').set('Authorization', `Bearer ${token}`).send({});
    expect(res.body).toEqual(problem(401, 'UNAUTHENTICATED'));
  });

  it('fails a workflow whose events PostgreSQL refuses, instead of retrying the append forever (worker)', async () => {
    // Past the API's checks (a client of the gateway itself): the draft's name holds a NUL.
    const gateway = await NominationGateway.connect(loadTemporalConfig());
    try {
      const nominationId = randomUUID();
      const { workflowId } = await gateway.start({
        actor: users.unitOfficer,
        correlationId: `fz-${nominationId}`,
        draft: {
          nominationId,
          awardCode: 'BK_TINH',
          kind: 'CONG_TRANG',
          unitId: 'SO-GD',
          campaignId: 'TONG-KET-2026',
          year: 2026,
          achievements: {},
          nominee: { name: 'Trần\u0000Thị', subject: 'INDIVIDUAL', key: `FZ-${nominationId}`, unitId: 'SO-GD' },
          council: { councilId: 'HD-TP', level: 'PROVINCE', authorityId: 'UBND-TP' },
        },
      });
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        gateway.client.workflow
          .getHandle(workflowId)
          .result()
          .then(
            () => 'completed',
            (err) => err,
          ),
        new Promise((r) => {
          timer = setTimeout(() => r('still running after 30 s'), 30_000);
        }),
      ]).finally(() => clearTimeout(timer));
      expect(outcome).toBeInstanceOf(WorkflowFailedError);
      const failure = outcome as WorkflowFailedError;
      const cause = failure.cause as Error & { cause?: Error };
      expect(String(cause?.cause?.message ?? cause?.message)).toMatch(/data exception 22P05/);
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [workflowId]);
      expect(n).toBe(0);
    } finally {
      await gateway.close();
    }
  });

  it('refuses a task form whose unknown field holds a "constructor" key (class-transformer threw: 500)', async () => {
    const id = await flows(stack).ballotOpen(CITY, 'Lục Thị Hàm Dựng');
    const [{ task_id: task }] = await stack.db.query(
      `SELECT task_id FROM tasks WHERE nomination_id = $1 AND task_type = 'CAST_VOTE' AND assignee = $2`,
      [id, users.member2.userId],
    );
    const before = await snapshot(stack, id);
    const res = await s.post(users.member2, `/tasks/${encodeURIComponent(task)}/complete`, {
      '': { prototype: 'x', constructor: 'y' },
    });
    expect(res.body).toEqual(problem(400, 'VALIDATION_FAILED'));
    expect(await snapshot(stack, id)).toEqual(before);
  });
});
