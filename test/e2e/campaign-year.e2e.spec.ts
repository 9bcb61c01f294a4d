import { randomUUID } from 'node:crypto';
import { addCivilDays, toCivilDate, VIETNAM_CALENDAR, workingDaysBetween, type Actor } from '@khen/domain';
import { CITY, DEPARTMENT, flows, must, type Venue } from '../support/case-flows';
import { steps, todayVn } from '../support/nomination-steps';
import { awardToday } from '../support/report-fixtures';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-documents';

/**
 * One campaign year, end to end, through the API only: the city launches an emulation campaign with its
 * registration and evaluation windows and its scoring criteria; the units of a cluster register and score
 * themselves; the leader adjusts a score, the members vote the ranking; the leader's flag nomination is
 * drafted from the result and awarded. A school's initiative is recognised and then carries a «Chiến sĩ thi
 * đua cơ sở» that is refused without it. The year's report says what the events say, counted here.
 */
describe('one campaign year: launch, registration, cluster scoring, the flag, an initiative, the report', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const run = randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
  const year = 2026;
  const today = todayVn();
  const day = (n: number) => addCivilDays(today, n);
  const unit = (x: string) => `NAM${run}-${x}`;
  const [A, B, C] = [unit('A'), unit('B'), unit('C')];
  const officer = (u: string): Actor => ({
    userId: `cb-${u.toLowerCase()}`,
    role: 'UNIT_OFFICER',
    unitId: u,
    displayName: `Cán bộ ${u}`,
  });
  const clusterId = `CUMNAM${run}`;
  const campaignId = `NAM-${run}`;
  const base = `/cluster-scoring/${clusterId}/${campaignId}`;
  const why = `Kế hoạch thi đua năm ${year}`;
  const evidence = DEMO_DOCUMENTS[0]!.sha256;
  let flagId: string;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    for (const u of [A, B, C])
      must(
        await s.post(users.admin, '/directory/units', {
          unitId: u,
          name: `Sở ${u}`,
          kind: 'DEPARTMENT',
          level: 'DEPARTMENT',
          parentId: 'UBND-TP',
          activeFrom: `${year}-01-01`,
          reason: why,
        }),
        201,
      );
    for (const u of [A, B, C]) await stack.signIn(officer(u));
    must(
      await s.post(users.admin, '/directory/clusters', {
        clusterId,
        name: `Cụm thi đua ${run}`,
        kind: 'CLUSTER',
        councilId: 'HD-TP',
        reason: why,
      }),
      201,
    );
    must(
      await s.put(users.admin, `/directory/clusters/${clusterId}/years/${year}`, {
        members: [A, B, C],
        leaderId: A,
        reason: why,
      }),
      200,
    );
  });
  afterAll(async () => stack?.close());

  it('launches the campaign with its windows and criteria, and its units register the titles they aim for', async () => {
    const launched = must(
      await s.post(users.admin, '/directory/campaigns', {
        campaignId,
        name: `Phong trào thi đua năm ${year} (${run})`,
        unitId: 'UBND-TP',
        kind: 'ANNUAL',
        year,
        filingOpensOn: day(-30),
        filingClosesOn: day(300),
        registrationOpensOn: day(-10),
        registrationClosesOn: day(10),
        evaluationOpensOn: day(20),
        evaluationClosesOn: day(60),
        awards: ['CO_TINH', 'BK_TINH'],
        councilId: 'HD-TP',
        criteria: [
          { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ chính trị', weight: 2, maxPoints: 40, evidence: 'Báo cáo' },
          { criterionId: 'TC-2', name: 'Tổ chức phong trào thi đua', weight: 1, maxPoints: 20 },
        ],
        reason: why,
      }),
      201,
    ).body;
    expect(launched.state).toMatchObject({ registrationClosesOn: day(10), criteria: [{ criterionId: 'TC-1' }, {}] });
    for (const u of [A, B, C])
      must(
        await s.post(officer(u), `/campaigns/${campaignId}/registrations`, {
          awardCode: 'CO_TINH',
          nominee: { subject: 'COLLECTIVE', name: `Sở ${u}`, key: u },
        }),
        201,
      );
    const all = must(await s.get(users.office, `/campaigns/${campaignId}/registrations`), 200).body;
    expect(all.items.map((r: { unitId: string }) => r.unitId).sort()).toEqual([A, B, C]);
    // A unit sees its own registrations only.
    const mine = must(await s.get(officer(B), `/campaigns/${campaignId}/registrations`), 200).body;
    expect(mine.items.map((r: { unitId: string }) => r.unitId)).toEqual([B]);
  });

  it('has the cluster score itself, the leader adjust one score, the members vote, and records the ranking', async () => {
    const score = async (u: string, criterionId: string, points: number) =>
      must(
        await s.put(officer(u), `${base}/sheets/${u}/scores/${criterionId}`, { points, documents: [evidence] }),
        200,
      );
    await score(A, 'TC-1', 37);
    await score(A, 'TC-2', 17);
    await score(B, 'TC-1', 38);
    await score(B, 'TC-2', 19);
    await score(C, 'TC-1', 30);
    await score(C, 'TC-2', 15);
    // Above the criterion's maximum: refused, nothing recorded.
    const above = await s.put(officer(C), `${base}/sheets/${C}/scores/TC-2`, { points: 21, documents: [evidence] });
    expect({ status: above.status, code: above.body.code }).toEqual({ status: 422, code: 'SCORE_ABOVE_MAXIMUM' });
    for (const u of [A, B, C]) must(await s.post(officer(u), `${base}/sheets/${u}/submit`), 200);
    // B claimed 38 on TC-1 without the evidence for it: the leader takes it to 33, with the reason.
    must(
      await s.post(officer(A), `${base}/sheets/${B}/adjustments`, {
        criterionId: 'TC-1',
        points: 33,
        reason: 'Một chỉ tiêu chưa có minh chứng',
      }),
      200,
    );
    const opened = must(await s.post(officer(A), `${base}/ballot`), 200).body;
    // A: 37×2+17 = 91; B: 33×2+19 = 85; C: 30×2+15 = 75.
    expect(opened.ballot.ranking).toEqual([
      { unitId: A, score: 91, rank: 1 },
      { unitId: B, score: 85, rank: 2 },
      { unitId: C, score: 75, rank: 3 },
    ]);
    for (const u of [B, C]) must(await s.post(officer(u), `${base}/ballot/votes`, { choice: 'APPROVE' }), 200);
    const closed = must(await s.post(officer(A), `${base}/ballot/close`), 200).body;
    expect(closed.status).toBe('RECORDED');
    expect(closed.result.ranking.map((r: { unitId: string; rank: number }) => [r.unitId, r.rank])).toEqual([
      [A, 1],
      [B, 2],
      [C, 3],
    ]);
  });

  it("drafts the leader's flag nomination from the result, and the city awards it", async () => {
    const res = await s.post(officer(A), `${base}/flag-nomination`);
    flagId = must(res, res.status === 202 ? 202 : 201).body.nominationId;
    await s.untilStatus(officer(A), flagId, 'DRAFT');
    // Drafting again (a second click, a retry) finds the same case: one flag nomination per result.
    const again = await s.post(officer(A), `${base}/flag-nomination`);
    expect(must(again, 201).body.nominationId).toBe(flagId);
    const draft = must(await s.view(officer(A), flagId), 200).body;
    expect(draft).toMatchObject({ awardCode: 'CO_TINH', status: 'DRAFT' });
    expect(draft.state.achievements.clusterRank).toBe(1);
    const venue: Venue = { ...CITY, officer: officer(A), voters: [...CITY.voters, users.member4] };
    must(await s.submit(venue.officer, flagId), 200);
    must(await s.appraise(venue.office, flagId), 200);
    for (const voter of venue.voters) must(await s.vote(voter, flagId, 'APPROVE'), 200);
    must(await s.closeBallot(venue.office, flagId), 200);
    await s.untilStatus(venue.office, flagId, 'AWAITING_DECISION');
    await awardToday(stack, flagId);
    await s.untilStatus(venue.office, flagId, 'AWARDED');
    const [submitted] = await stack.db.query(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'DossierSubmitted'`,
      [`nomination-${flagId}`],
    );
    expect(submitted.data.clusterRank).toMatchObject({ source: 'RECORDED', rank: 1, clusterId, campaignId });
  });

  it('recognises an initiative, which then carries a «Chiến sĩ thi đua cơ sở» refused without it', async () => {
    const author = { key: `T-${run}-tac-gia`, name: 'Lê Thị Sáng Kiến' };
    must(
      await s.post(users.admin, '/registry/imports', {
        entries: [
          {
            nomineeKey: author.key,
            nomineeName: author.name,
            awardCode: 'LDTT',
            year,
            kind: 'CONG_TRANG',
            unitId: 'THPT-CVA',
            decisionNumber: `${run}-LDTT/QĐ`,
            decisionDate: `${year}-06-20`,
            authorityId: 'SO-GD',
          },
        ],
      }),
      201,
    );
    // The school's CSTĐ cơ sở quota counts its LĐTT filed in the campaign (suites share the database, so
    // the department launches a campaign of this year's own): one LĐTT filed.
    const own = `SO-GD-${run}`;
    must(
      await s.post(users.admin, '/directory/campaigns', {
        campaignId: own,
        name: `Thi đua ngành giáo dục năm ${year} (${run})`,
        unitId: 'SO-GD',
        kind: 'ANNUAL',
        year,
        filingOpensOn: day(-30),
        filingClosesOn: day(300),
        awards: ['LDTT', 'CSTD_CS'],
        councilId: 'HD-SO-GD',
        reason: why,
      }),
      201,
    );
    await flows(stack).submitted(DEPARTMENT, `Vũ Thị Tiên Tiến ${run}`, {
      campaignId: own,
      awardCode: 'LDTT',
      achievements: { ratings: [{ year, rating: 'HOAN_THANH_TOT' }] },
    });
    const form = {
      campaignId: own,
      awardCode: 'CSTD_CS',
      nominee: { ...author, subject: 'INDIVIDUAL' },
      achievements: {},
    };
    const cstd = () => flows(stack).filed(DEPARTMENT, author.name, form);
    const before = await cstd();
    const refused = await s.submit(DEPARTMENT.officer, before);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'PREREQUISITE_NOT_MET' });
    const initiative = must(
      await s.post(DEPARTMENT.officer, '/initiatives', {
        title: `Sổ liên lạc điện tử ${run}`,
        unitId: 'THPT-CVA',
        year,
        authors: [author],
      }),
      201,
    ).body;
    must(
      await s.post(users.office, `/initiatives/${initiative.initiativeId}/assessment`, {
        recognised: true,
        scope: 'UNIT',
        decidedOn: today,
        decisionNumber: `${run}/QĐ-HĐSK`,
      }),
      200,
    );
    const after = await cstd();
    must(await s.submit(DEPARTMENT.officer, after), 200);
    expect((await s.view(users.officeSoGd, after)).body.state.initiativeCounts).toMatchObject({
      source: 'REGISTRY',
      fromRegistry: [{ initiativeId: initiative.initiativeId, scope: 'UNIT', year }],
    });
  });

  it("reports the campaign's year as its events say, counted here from the events", async () => {
    // Every case of the campaign, from the event store itself (not the report's read model).
    const streams = (
      (await stack.db.query(
        `SELECT stream_id FROM events WHERE type = 'NominationDrafted' AND data->>'campaignId' = $1 ORDER BY stream_id`,
        [campaignId],
      )) as { stream_id: string }[]
    ).map((r) => r.stream_id);
    expect(streams).toEqual([`nomination-${flagId}`]);
    const cases = [];
    for (const streamId of streams) {
      const events = (await stack.db.query(
        `SELECT type, data, recorded_at FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [streamId],
      )) as { type: string; data: Record<string, any>; recorded_at: Date }[];
      const decided = events.find((e) => e.type === 'DecisionIssued' || e.type === 'NominationRejected');
      const complete = events.filter((e) => e.type === 'DossierSubmitted' || e.type === 'DossierSupplemented').pop();
      cases.push({ drafted: events[0]!.data, decided, complete });
    }
    const awarded = cases.filter((c) => c.decided?.type === 'DecisionIssued');
    const days = cases
      .filter((c) => c.decided && c.complete)
      .map((c) =>
        workingDaysBetween(VIETNAM_CALENDAR, toCivilDate(c.complete!.recorded_at), toCivilDate(c.decided!.recorded_at)),
      )
      .sort((x, y) => x - y);
    const r = must(await s.get(users.office, `/reports/board?campaign=${campaignId}&year=${year}`), 200).body;
    expect(r.cases).toEqual({
      filed: cases.length,
      decided: cases.filter((c) => c.decided).length,
      open: cases.filter((c) => !c.decided).length,
    });
    expect(r.awards).toMatchObject({
      total: awarded.length,
      collectives: awarded.filter((c) => c.drafted.nominee.subject === 'COLLECTIVE').length,
    });
    expect(r.awards.byAward.map((a: { awardCode: string; count: number }) => [a.awardCode, a.count])).toEqual([
      ['CO_TINH', awarded.filter((c) => c.drafted.awardCode === 'CO_TINH').length],
    ]);
    expect(r.awards.byUnit).toEqual([expect.objectContaining({ unitId: A, count: 1 })]);
    expect(r.timeliness.overall).toMatchObject({
      count: days.length,
      p50WorkingDays: days.length ? days[Math.floor(days.length / 2)] : null,
    });
    // The same figures as of the instant before the flag's decision: it was filed, not yet decided.
    const flagDecided = cases.find((c) => c.decided && c.drafted.nominee.key === A)!.decided!;
    const then = new Date(flagDecided.recorded_at.getTime() - 1).toISOString();
    const past = must(await s.get(users.office, `/reports/board?campaign=${campaignId}&asOf=${then}`), 200).body;
    expect(past.awards.total).toBe(awarded.length - 1);
    expect(past.cases.decided).toBe(r.cases.decided - 1);
  });
});
