import { randomUUID } from 'node:crypto';
import { nominationStreamId, type Actor } from '@khen/domain';
import { checkConsistency, rebuildProjection } from '@khen/projections';
import { must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-documents';

/**
 * Cluster and bloc scoring (docs/cluster-scoring.md): a campaign launched with criteria; three member units score
 * themselves with evidence and submit; the leading unit adjusts one score with a reason; the members vote the ranking
 * by secret ballot, the first-ranked unit recused; the result is recorded and is the rank the emulation flag reads:
 * the flag's nomination drafted from it passes, a unit ranked second declaring the first place does not.
 */
describe('cluster and bloc scoring: the result eligibility reads', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const run = randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
  const unit = (x: string) => `DV${run}-${x}`;
  const [A, B, C] = [unit('A'), unit('B'), unit('C')];
  const OUT = unit('NGOAI');
  const officer = (u: string): Actor => ({
    userId: `cb-${u.toLowerCase()}`,
    role: 'UNIT_OFFICER',
    unitId: u,
    displayName: `Cán bộ ${u}`,
  });
  const clusterId = `CUM${run}`;
  const campaignId = `CO-THI-DUA-${run}`;
  const base = `/cluster-scoring/${clusterId}/${campaignId}`;
  const evidence = DEMO_DOCUMENTS[0]!.sha256;
  const why = 'Theo Kế hoạch thi đua cụm năm 2026';
  const criteria = [
    { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ chính trị', weight: 2, maxPoints: 40, evidence: 'Báo cáo' },
    { criterionId: 'TC-2', name: 'Tổ chức phong trào thi đua', weight: 1, maxPoints: 20 },
  ];
  const streamEvents = async () =>
    (
      await stack.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [
        `scoring-${clusterId}.${campaignId}`,
      ])
    )[0].n as number;
  const score = (u: string, criterionId: string, points: number, body: object = {}) =>
    s.put(officer(u), `${base}/sheets/${u}/scores/${criterionId}`, { points, documents: [evidence], ...body });

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    for (const u of [A, B, C, OUT])
      must(
        await s.post(users.admin, '/directory/units', {
          unitId: u,
          name: `Sở thử nghiệm ${u}`,
          kind: 'DEPARTMENT',
          level: 'DEPARTMENT',
          parentId: 'UBND-TP',
          activeFrom: '2026-01-01',
          reason: why,
        }),
        201,
      );
    for (const u of [A, B, C, OUT]) await stack.signIn(officer(u));
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
      await s.put(users.admin, `/directory/clusters/${clusterId}/years/2026`, {
        members: [A, B, C],
        leaderId: A,
        reason: why,
      }),
      200,
    );
  });
  afterAll(async () => stack?.close());

  it('launches the campaign with its criteria, refuses bad ones, and changes them while it is open', async () => {
    const launch = {
      campaignId,
      name: `Thi đua cụm ${run}`,
      unitId: 'UBND-TP',
      kind: 'ANNUAL',
      year: 2026,
      filingOpensOn: '2026-01-01',
      filingClosesOn: '2030-12-31',
      awards: ['CO_TINH'],
      councilId: 'HD-TP',
      reason: why,
    };
    const twice = must(
      await s.post(users.admin, '/directory/campaigns', { ...launch, criteria: [criteria[0], criteria[0]] }),
      422,
    );
    expect(twice.body).toMatchObject({ code: 'CRITERIA_INVALID', field: 'criteria[1].criterionId' });
    const zero = await s.post(users.admin, '/directory/campaigns', {
      ...launch,
      criteria: [{ ...criteria[0], maxPoints: 0 }],
    });
    expect(zero.status).toBe(400);
    must(await s.post(users.admin, '/directory/campaigns', { ...launch, criteria: [criteria[0]] }), 201);
    const changed = must(
      await stack
        .http()
        .patch(`/api/directory/campaigns/${campaignId}`)
        .set('Authorization', s.as(users.admin))
        .send({ criteria, reason: 'Bổ sung tiêu chí phong trào' }),
      200,
    );
    expect(changed.body.state.criteria.map((c: { criterionId: string }) => c.criterionId)).toEqual(['TC-1', 'TC-2']);
    const view = must(await s.get(officer(A), base), 200);
    expect(view.body).toMatchObject({ status: 'NOT_STARTED', members: [A, B, C], leaderId: A, version: 0 });
  });

  it('refuses the bad self-scores, recording nothing', async () => {
    const refusals: [
      Promise<{ status: number; body: { code: string; field?: string; detail?: string } }>,
      number,
      string,
    ][] = [
      [score(A, 'TC-2', 25), 422, 'SCORE_ABOVE_MAXIMUM'],
      [score(OUT, 'TC-1', 10), 403, 'SCORING_UNIT_NOT_IN_CLUSTER'],
      [
        s.put(officer(A), `${base}/sheets/${B}/scores/TC-1`, { points: 10, documents: [evidence] }),
        403,
        'SCORING_NOT_OWN_UNIT',
      ],
      [score(A, 'TC-1', 10, { documents: [], note: '' }), 422, 'SCORING_EVIDENCE_REQUIRED'],
      [score(A, 'TC-1', 10, { documents: ['b'.repeat(64)] }), 422, 'DOCUMENT_NOT_UPLOADED'],
      [score(A, 'TC-9', 10), 422, 'CRITERION_UNKNOWN'],
    ];
    for (const [req, status, code] of refusals) {
      const res = await req;
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    }
    expect(await streamEvents()).toBe(0);
  });

  it('takes three units’ self-scores with evidence, and their sheets', async () => {
    must(await score(A, 'TC-1', 36), 200);
    must(await score(A, 'TC-2', 18, { documents: [], note: 'Kế hoạch số 12/KH' }), 200);
    must(await score(B, 'TC-1', 39), 200);
    must(await score(B, 'TC-2', 19), 200);
    must(await score(C, 'TC-1', 30), 200);
    const last = must(await score(C, 'TC-2', 20), 200);
    expect(last.headers.etag).toBe('"6"');
    for (const u of [A, B, C]) must(await s.post(officer(u), `${base}/sheets/${u}/submit`), 200);
    expect(must(await score(C, 'TC-2', 1), 409).body.code).toBe('SCORE_SHEET_SUBMITTED');
  });

  it('lets the leader adjust a score with a reason, old → new, and no one else', async () => {
    const adjust = (actor: Actor, body: object) => s.post(actor, `${base}/sheets/${B}/adjustments`, body);
    expect(must(await adjust(officer(A), { criterionId: 'TC-1', points: 34, reason: ' ' }), 422).body.code).toBe(
      'SCORING_REASON_REQUIRED',
    );
    expect(
      must(await adjust(officer(C), { criterionId: 'TC-1', points: 34, reason: 'Không phải trưởng cụm' }), 403).body
        .code,
    ).toBe('SCORING_NOT_LEADER');
    const stale = await stack
      .http()
      .post(`/api${base}/sheets/${B}/adjustments`)
      .set('Authorization', s.as(officer(A)))
      .set('If-Match', '"2"')
      .send({ criterionId: 'TC-1', points: 34, reason: 'Minh chứng chưa đủ' });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'SCORING_CHANGED' });
    const before = await streamEvents();
    const done = must(
      await stack
        .http()
        .post(`/api${base}/sheets/${B}/adjustments`)
        .set('Authorization', s.as(officer(A)))
        .set('If-Match', `"${before}"`)
        .send({ criterionId: 'TC-1', points: 34, reason: 'Minh chứng chưa đủ' }),
      200,
    );
    expect(done.body.adjustments).toEqual([
      expect.objectContaining({
        unitId: B,
        criterionId: 'TC-1',
        from: 39,
        to: 34,
        reason: 'Minh chứng chưa đủ',
        by: officer(A).userId,
      }),
    ]);
    expect(done.body.sheets[B].scores['TC-1']).toMatchObject({ points: 34, selfPoints: 39 });
    const [event] = await stack.db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'ScoreAdjusted'`, [
      `scoring-${clusterId}.${campaignId}`,
    ]);
    expect(event.data).toMatchObject({ from: 39, to: 34, reason: 'Minh chứng chưa đủ' });
  });

  it('has the members vote the leader’s ranking by secret ballot, the first-ranked unit recused, and records the result', async () => {
    const opened = must(await s.post(officer(A), `${base}/ballot`), 200).body;
    // A: 36×2+18 = 90; B: 34×2+19 = 87; C: 30×2+20 = 80.
    expect(opened.ballot.ranking).toEqual([
      { unitId: A, score: 90, rank: 1 },
      { unitId: B, score: 87, rank: 2 },
      { unitId: C, score: 80, rank: 3 },
    ]);
    expect(opened.ballot.recused).toEqual([A]);
    expect(must(await s.post(officer(A), `${base}/ballot/votes`, { choice: 'APPROVE' }), 409).body.code).toBe(
      'MEMBER_RECUSED',
    );
    expect(must(await s.post(officer(A), `${base}/ballot/close`), 409).body.code).toBe('QUORUM_NOT_REACHED');
    must(await s.post(officer(B), `${base}/ballot/votes`, { choice: 'APPROVE' }), 200);
    expect(must(await s.post(officer(B), `${base}/ballot/votes`, { choice: 'APPROVE' }), 409).body.code).toBe(
      'ALREADY_VOTED',
    );
    const voted = must(await s.post(officer(C), `${base}/ballot/votes`, { choice: 'APPROVE' }), 200).body;
    expect(voted.ballot.voted).toEqual([B, C]);
    // Who voted is recorded, what they chose is not.
    const votes = await stack.db.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'RankingVoteCast'`, [
      `scoring-${clusterId}.${campaignId}`,
    ]);
    expect(JSON.stringify(votes)).not.toMatch(/APPROVE/);
    const closed = must(await s.post(officer(A), `${base}/ballot/close`), 200).body;
    expect(closed.status).toBe('RECORDED');
    expect(closed.result.ranking.map((r: { unitId: string; rank: number }) => [r.unitId, r.rank])).toEqual([
      [A, 1],
      [B, 2],
      [C, 3],
    ]);
    expect(closed.result.tally).toMatchObject({ members: 3, recused: 1, approve: 2, passed: true });
    expect(closed.result.sealed).toHaveLength(2);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM cluster_ballot_box`))[0].n).toBe(0);
    const after = await streamEvents();
    expect(must(await score(C, 'TC-1', 1), 409).body.code).toBe('SCORING_CLOSED');
    expect(await streamEvents()).toBe(after);
  });

  it('drafts the leader’s flag nomination from the result, which reads rank 1 and passes; rank 2 declaring 1 does not', async () => {
    expect(must(await s.post(officer(B), `${base}/flag-nomination`), 403).body.code).toBe('SCORING_NOT_LEADER');
    const res = await s.post(officer(A), `${base}/flag-nomination`);
    const drafted = must(res, res.status === 202 ? 202 : 201).body;
    if (res.status === 202) await s.untilStatus(officer(A), drafted.nominationId, 'DRAFT');
    const view = must(await s.view(officer(A), drafted.nominationId), 200).body;
    expect(view).toMatchObject({ awardCode: 'CO_TINH', status: 'DRAFT' });
    expect(view.state.nominee).toMatchObject({ key: A, subject: 'COLLECTIVE' });
    expect(view.state.achievements.clusterRank).toBe(1);
    expect(view.state.achievements.summary).toContain('90 điểm');
    must(await s.submit(officer(A), drafted.nominationId), 200);
    // The submission records the rank it read, and that it is the cluster's recorded vote.
    const [submitted] = await stack.db.query(
      `SELECT data FROM events WHERE stream_id = $1 AND type = 'DossierSubmitted'`,
      [nominationStreamId(drafted.nominationId)],
    );
    expect(submitted?.data.clusterRank).toEqual({ source: 'RECORDED', rank: 1, clusterId, campaignId, score: 90 });

    // B, ranked second, files for itself declaring the first place: refused, nothing submitted.
    const own = await s.create(officer(B), {
      awardCode: 'CO_TINH',
      campaignId,
      nominee: { key: B, name: `Sở thử nghiệm ${B}`, subject: 'COLLECTIVE' },
      achievements: { clusterRank: 1 },
    });
    const ownId = must(own, own.status === 202 ? 202 : 201).body.nominationId;
    if (own.status === 202) await s.untilStatus(officer(B), ownId, 'DRAFT');
    const refused = must(await s.submit(officer(B), ownId), 422).body;
    expect(refused).toMatchObject({ code: 'CLUSTER_RANK_DISAGREES' });
    expect(refused.detail ?? refused.title).toMatch(/hạng 2/);
    expect(must(await s.view(officer(B), ownId), 200).body.status).toBe('DRAFT');
  });

  it('rebuilds the read model from the stream, as it was', async () => {
    const before = must(await s.get(officer(A), base), 200).body;
    await rebuildProjection(stack.db, 'cluster-scorings');
    expect(must(await s.get(officer(A), base), 200).body).toEqual(before);
    const ours = (await checkConsistency(stack.db)).mismatches.filter((m) => m.table === 'cluster_scorings');
    expect(ours).toEqual([]);
    await stack.db.query(`UPDATE cluster_scorings SET version = version + 1 WHERE scoring_id = $1`, [
      `${clusterId}.${campaignId}`,
    ]);
    const broken = (await checkConsistency(stack.db)).mismatches.filter((m) => m.table === 'cluster_scorings');
    // The row folded afresh (expected) and the live one (actual), each whole under its key.
    const version = (r: unknown) => (r as { version?: number } | null)?.version;
    expect(broken.map((m) => m.key)).toEqual([`${clusterId}.${campaignId}`, `${clusterId}.${campaignId}`]);
    expect(version(broken[1]!.actual)).toBe(version(broken[0]!.expected)! + 1);
    await rebuildProjection(stack.db, 'cluster-scorings');
    expect(must(await s.get(officer(A), base), 200).body).toEqual(before);
  });
});
