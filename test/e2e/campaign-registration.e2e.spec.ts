import { randomUUID } from 'node:crypto';
import { addCivilDays } from '@khen/domain';
import { checkConsistency, rebuildProjection } from '@khen/projections';
import { campaignWorkflowId } from '@khen/workflows/campaign.contract';
import { Client, Connection } from '@temporalio/client';
import { loadTemporalConfig } from '@khen/temporal';
import { DEPARTMENT, must } from '../support/case-flows';
import { steps, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * A campaign launched with registration and evaluation windows (docs/campaigns.md): its workflow follows it,
 * units register the titles they aim for before the deadline (late, foreign, other-unit and twice refused in
 * Vietnamese, nothing recorded), and «Lao động tiên tiến» — whose registration the rule set requires — is refused
 * to a nominee the school did not register and accepted for one it did.
 */
describe('campaign lifecycle and registration (đăng ký thi đua)', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const run = randomUUID().slice(0, 6).toUpperCase();
  const campaignId = `DK-${run}`;
  const lateId = `DKL-${run}`;
  const today = todayVn();
  const day = (n: number) => addCivilDays(today, n);
  const lan = { subject: 'INDIVIDUAL', name: 'Phạm Thị Đăng Ký', key: `T-${run}-dang-ky` };
  const other = { subject: 'INDIVIDUAL', name: 'Hồ Văn Chưa Đăng', key: `T-${run}-chua-dang` };
  const path = `/campaigns/${campaignId}/registrations`;
  const stream = `registration-${campaignId}.THPT-CVA`;
  const count = async (streamId: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [streamId]))[0].n as number;
  const launch = (id: string, windows: object) =>
    s.post(users.admin, '/directory/campaigns', {
      campaignId: id,
      name: `Đợt thi đua có đăng ký ${id}`,
      unitId: 'SO-GD',
      kind: 'ANNUAL',
      year: Number(today.slice(0, 4)),
      filingOpensOn: day(-10),
      filingClosesOn: day(300),
      awards: ['LDTT', 'CSTD_CS', 'TTLDTT'],
      councilId: 'HD-SO-GD',
      reason: 'Phát động đợt thi đua có đăng ký',
      ...windows,
    });

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  it('refuses windows out of order in Vietnamese, recording nothing', async () => {
    const res = await launch(`DKX-${run}`, {
      registrationOpensOn: day(-5),
      registrationClosesOn: day(10),
      evaluationOpensOn: day(5),
      evaluationClosesOn: day(40),
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'CAMPAIGN_WINDOW_INVALID', field: 'evaluationOpensOn' });
    expect(res.body.detail).toContain('phải sau hạn chót đăng ký thi đua');
    expect(await count(`campaign-DKX-${run}`)).toBe(0);
  });

  it('launches a campaign with its windows, and its workflow follows it', async () => {
    const res = must(
      await launch(campaignId, {
        registrationOpensOn: day(-5),
        registrationClosesOn: day(10),
        evaluationOpensOn: day(20),
        evaluationClosesOn: day(40),
      }),
      201,
    );
    expect(res.body.state).toMatchObject({ registrationClosesOn: day(10), evaluationClosesOn: day(40) });
    const connection = await Connection.connect({ address: loadTemporalConfig().address });
    try {
      const description = await new Client({ connection }).workflow
        .getHandle(campaignWorkflowId(campaignId))
        .describe();
      expect(description).toMatchObject({ type: 'campaignWorkflow', taskQueue: stack.taskQueue });
      expect(description.status.name).toBe('RUNNING');
    } finally {
      await connection.close();
    }
  });

  it('registers a person of the school for «Lao động tiên tiến»; the list answers its version as the ETag', async () => {
    const res = must(await s.post(DEPARTMENT.officer, path, { awardCode: 'LDTT', nominee: lan }), 201);
    expect(res.body).toMatchObject({
      campaignId,
      unitId: 'THPT-CVA',
      awardCode: 'LDTT',
      nominee: lan,
      status: 'REGISTERED',
      registeredOn: today,
      version: 1,
    });
    expect(res.headers.etag).toBe('"1"');
    const mine = must(await s.get(DEPARTMENT.officer, path), 200);
    expect(mine.body.items.map((r: { nominee: { key: string } }) => r.nominee.key)).toEqual([lan.key]);
    expect(mine.headers.etag).toBe('"1"');
  });

  it('refuses a title not in the campaign, another unit, the same title and person twice and a stale If-Match', async () => {
    const before = await count(stream);
    const foreign = await s.post(DEPARTMENT.officer, path, { awardCode: 'BK_TINH', nominee: other });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ code: 'REGISTRATION_AWARD_NOT_IN_CAMPAIGN', field: 'awardCode' });
    expect(foreign.body.detail).toContain('Đợt thi đua không xét danh hiệu "BK_TINH"');

    const elsewhere = await s.post(DEPARTMENT.officer, path, { unitId: 'SO-GD', awardCode: 'LDTT', nominee: other });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ code: 'REGISTRATION_NOT_OWN_UNIT', field: 'unitId' });
    expect(elsewhere.body.detail).toContain('chỉ đăng ký thi đua cho đơn vị mình');
    expect(await count(`registration-${campaignId}.SO-GD`)).toBe(0);

    const twice = await s.post(DEPARTMENT.officer, path, { awardCode: 'LDTT', nominee: lan });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'REGISTRATION_DUPLICATE' });
    expect(twice.body.detail).toContain('«Phạm Thị Đăng Ký» đã được đăng ký danh hiệu "LDTT"');

    const stale = await stack
      .http()
      .post(`/api${path}`)
      .set('Authorization', `Bearer ${stack.token(DEPARTMENT.officer)}`)
      .set('If-Match', '"0"')
      .send({ awardCode: 'CSTD_CS', nominee: lan });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'REGISTRATIONS_CHANGED', field: 'If-Match' });
    expect(await count(stream)).toBe(before);
  });

  it('refuses a registration after the deadline (Việt Nam date), recording nothing', async () => {
    must(
      await launch(lateId, {
        registrationOpensOn: day(-30),
        registrationClosesOn: day(-1),
        evaluationOpensOn: day(5),
        evaluationClosesOn: day(20),
      }),
      201,
    );
    const late = await s.post(DEPARTMENT.officer, `/campaigns/${lateId}/registrations`, {
      awardCode: 'LDTT',
      nominee: lan,
    });
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ code: 'REGISTRATION_NOT_OPEN', field: 'campaignId' });
    expect(late.body.detail).toContain('Đã quá hạn đăng ký thi đua');
    expect(await count(`registration-${lateId}.THPT-CVA`)).toBe(0);
  });

  it("shows an officer their own unit only, the TĐKT office every unit's", async () => {
    must(
      await s.post(users.officeSoGd, path, {
        unitId: 'SO-GD',
        awardCode: 'TTLDTT',
        nominee: { subject: 'COLLECTIVE', name: 'Sở Giáo dục và Đào tạo', key: `T-${run}-so` },
      }),
      201,
    );
    const office = must(await s.get(users.officeSoGd, path), 200);
    expect(office.body.items.map((r: { unitId: string }) => r.unitId).sort()).toEqual(['SO-GD', 'THPT-CVA']);
    const officer = must(await s.get(DEPARTMENT.officer, path), 200);
    expect(officer.body.items.map((r: { unitId: string }) => r.unitId)).toEqual(['THPT-CVA']);
    expect((await s.get(DEPARTMENT.officer, `${path}?unitId=SO-GD`)).status).toBe(403);
  });

  it('refuses to submit «Lao động tiên tiến» for a nominee not registered, and accepts the registered one', async () => {
    const file = async (nominee: typeof lan) =>
      must(
        await s.create(DEPARTMENT.officer, {
          campaignId,
          councilId: DEPARTMENT.councilId,
          awardCode: 'LDTT',
          nominee: { subject: nominee.subject, name: nominee.name, key: nominee.key },
          achievements: { ratings: [{ year: Number(today.slice(0, 4)), rating: 'HOAN_THANH_TOT' }] },
          year: Number(today.slice(0, 4)),
        }),
        201,
      ).body.nominationId as string;
    const unregistered = await file(other);
    const refused = await s.submit(DEPARTMENT.officer, unregistered);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'REGISTRATION_REQUIRED', field: 'nominee' });
    expect(refused.body.detail).toContain('Chưa đăng ký thi đua: «Lao động tiên tiến» chỉ được đề nghị khi');
    expect(
      (
        await stack.db.query(
          `SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'DossierSubmitted'`,
          [`nomination-${unregistered}`],
        )
      )[0].n,
    ).toBe(0);

    const registered = await file(lan);
    must(await s.submit(DEPARTMENT.officer, registered), 200);
  });

  it('withdraws a registration with a reason; the list shows it withdrawn, and a second withdrawal is refused', async () => {
    const mine = must(await s.get(DEPARTMENT.officer, path), 200);
    const id = mine.body.items[0].registrationId as string;
    const withdrawn = must(
      await s.post(DEPARTMENT.officer, `${path}/${id}/withdrawal`, { reason: 'Chuyển công tác' }),
      200,
    );
    expect(withdrawn.body).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Chuyển công tác', version: 2 });
    const again = await s.post(DEPARTMENT.officer, `${path}/${id}/withdrawal`, { reason: 'Lần nữa' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REGISTRATION_ALREADY_WITHDRAWN');
    expect((await s.post(DEPARTMENT.officer, `${path}/${randomUUID()}/withdrawal`, { reason: 'x' })).status).toBe(404);
  });

  it('is a read model rebuilt from the streams, which the consistency check compares', async () => {
    const read = () =>
      stack.db.query(
        `SELECT registration_id, unit_id, award_code, nominee_key, status, registered_on::text, withdrawn_on::text, state, stream_version
         FROM campaign_registrations WHERE campaign_id = $1 ORDER BY registration_id`,
        [campaignId],
      );
    const ours = (r: Awaited<ReturnType<typeof checkConsistency>>) =>
      r.mismatches.filter((m) => m.table === 'campaign_registrations');
    const before = await read();
    expect(before.length).toBe(2);
    expect(ours(await checkConsistency(stack.db))).toEqual([]);
    await stack.db.query(
      `UPDATE campaign_registrations SET state = jsonb_set(state, '{awardCode}', '"CSTD_CS"') WHERE campaign_id = $1 AND unit_id = 'SO-GD'`,
      [campaignId],
    );
    // The row folded afresh (expected) and the live one (actual), each whole.
    const award = (r: unknown) => (r as { state?: { awardCode?: string } } | null)?.state?.awardCode;
    const drift = ours(await checkConsistency(stack.db));
    expect(drift.map((m) => [award(m.expected), award(m.actual)])).toEqual([
      [expect.not.stringMatching(/^CSTD_CS$/), undefined],
      [undefined, 'CSTD_CS'],
    ]);
    await rebuildProjection(stack.db, 'registrations');
    expect(await read()).toEqual(before);
  });
});
