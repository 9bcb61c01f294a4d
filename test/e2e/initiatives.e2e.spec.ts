import { randomUUID } from 'node:crypto';
import { checkConsistency, rebuildProjection } from '@khen/projections';
import { DEPARTMENT, flows, must } from '../support/case-flows';
import { steps, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { DEPARTMENT_CAMPAIGN } from '../../scripts/demo/demo-directory';

/**
 * The initiative registry (docs/initiatives.md): an initiative filed by its unit and recognised by the initiative
 * council counts for its author's «Chiến sĩ thi đua cơ sở» without the unit declaring it; one declared but not in
 * the registry still counts and is flagged; an author may not assess their own.
 */
describe('initiatives (sáng kiến) as a registry the prerequisites read', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  const run = randomUUID().slice(0, 8);
  const author = { key: `T-${run}-tac-gia`, name: 'Lê Thị Sáng' };
  const other = { key: `T-${run}-khac`, name: 'Đỗ Văn Khác' };
  let initiativeId: string;

  const count = async (id: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [`initiative-${id}`]))[0]
      .n as number;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    // Both nominees were «Lao động tiên tiến» in 2026 (CSTĐ cơ sở asks for it the same year).
    const ldtt = (n: { key: string; name: string }) => ({
      nomineeKey: n.key,
      nomineeName: n.name,
      awardCode: 'LDTT',
      year: 2026,
      kind: 'CONG_TRANG',
      unitId: 'THPT-CVA',
      decisionNumber: `${run}-${n.key}/QĐ`,
      decisionDate: '2026-06-20',
      authorityId: 'SO-GD',
    });
    must(await s.post(users.admin, '/registry/imports', { entries: [ldtt(author), ldtt(other)] }), 201);
    // The school's quota of CSTĐ cơ sở is 15 % of its LĐTT filed in the campaign, at least one: one LĐTT filed.
    const form = {
      campaignId: DEPARTMENT_CAMPAIGN,
      awardCode: 'LDTT',
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
    };
    await flows(stack).submitted(DEPARTMENT, 'Vũ Thị Tiên Tiến', form);
  });
  afterAll(async () => stack?.close());

  const cstdCs = (n: { key: string; name: string }, achievements: object = {}) => {
    const form = {
      campaignId: DEPARTMENT_CAMPAIGN,
      awardCode: 'CSTD_CS',
      nominee: { ...n, subject: 'INDIVIDUAL' },
      achievements,
    };
    return flows(stack).filed(DEPARTMENT, n.name, form);
  };

  it("files an initiative for the officer's own unit, with an author keyed as nominees are", async () => {
    const filed = must(
      await s.post(DEPARTMENT.officer, '/initiatives', {
        title: `Sổ điểm điện tử ${run}`,
        unitId: 'THPT-CVA',
        year: 2026,
        authors: [author, { name: 'Trần Thu Hà', userId: users.office2.userId }],
      }),
      201,
    ).body;
    initiativeId = filed.initiativeId;
    expect(filed).toMatchObject({
      status: 'FILED',
      unitId: 'THPT-CVA',
      filedBy: DEPARTMENT.officer.userId,
      version: 1,
      authors: [author, { key: 'THPT-CVA:trần thu hà', name: 'Trần Thu Hà', userId: users.office2.userId }],
    });
    const found = must(await s.get(users.office, `/initiatives?authorKey=${encodeURIComponent(author.key)}`), 200);
    expect(found.body.items.map((i: { initiativeId: string }) => i.initiativeId)).toEqual([initiativeId]);
  });

  it.each([
    ['another unit, by a unit officer', () => DEPARTMENT.officer, { unitId: 'SO-GD' }, 403, 'INITIATIVE_NOT_OWN_UNIT'],
    ['an unknown unit', () => users.office, { unitId: 'KHONG-CO-DON-VI' }, 422, 'INITIATIVE_UNIT_UNKNOWN'],
    ['an empty title', () => users.office, { title: '   ' }, 422, 'INITIATIVE_FIELD_REQUIRED'],
    ['a year to come', () => users.office, { year: 2099 }, 422, 'INITIATIVE_DATE_INVALID'],
  ])('refuses a filing of %s, in Vietnamese, recording nothing', async (_, who, change, status, code) => {
    const [{ n: before }] = await stack.db.query(`SELECT count(*)::int AS n FROM initiatives`);
    const res = await s.post(who(), '/initiatives', {
      title: 'Sáng kiến bị từ chối',
      unitId: 'THPT-CVA',
      year: 2026,
      authors: [other],
      ...change,
    });
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.detail).toMatch(/[ạảãáàâăđêôơư]/i);
    const [{ n: after }] = await stack.db.query(`SELECT count(*)::int AS n FROM initiatives`);
    expect(after).toBe(before);
  });

  it('refuses an author assessing their own initiative (403), and a date in the future, recording nothing', async () => {
    const own = await s.post(users.office2, `/initiatives/${initiativeId}/assessment`, {
      recognised: true,
      scope: 'UNIT',
      decidedOn: todayVn(),
    });
    expect({ status: own.status, code: own.body.code }).toEqual({ status: 403, code: 'ASSESSOR_IS_AUTHOR' });
    const future = await s.post(users.office, `/initiatives/${initiativeId}/assessment`, {
      recognised: true,
      scope: 'UNIT',
      decidedOn: '2099-01-01',
    });
    expect({ status: future.status, code: future.body.code, field: future.body.field }).toEqual({
      status: 422,
      code: 'INITIATIVE_DATE_INVALID',
      field: 'decidedOn',
    });
    expect(await count(initiativeId)).toBe(1);
  });

  /** A CSTĐ cơ sở counts against the unit's quota (one with no LĐTT filed): each accepted one is withdrawn after. */
  const withdraw = async (id: string) =>
    must(await s.post(DEPARTMENT.officer, `/nominations/${id}/withdrawal`, { reason: 'Rút sau khi kiểm tra' }), 200);

  it('refuses the CSTĐ cơ sở of a nominee with no initiative, declared or recognised', async () => {
    const id = await cstdCs(other);
    const refused = await s.submit(DEPARTMENT.officer, id);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'PREREQUISITE_NOT_MET' });
  });

  it('before recognition, the author without a declared initiative is refused too', async () => {
    const id = await cstdCs(author);
    expect((await s.submit(DEPARTMENT.officer, id)).body.code).toBe('PREREQUISITE_NOT_MET');
  });

  it("recognised by the council, the initiative counts for its author's CSTĐ cơ sở without being declared", async () => {
    const assessed = must(
      await s.post(users.office, `/initiatives/${initiativeId}/assessment`, {
        recognised: true,
        scope: 'UNIT',
        decidedOn: todayVn(),
        decisionNumber: `${run}/QĐ-HĐSK`,
      }),
      200,
    ).body;
    expect(assessed).toMatchObject({
      status: 'RECOGNISED',
      version: 2,
      assessment: { recognised: true, scope: 'UNIT', decidedOn: todayVn(), assessedBy: users.office.userId },
    });
    const again = await s.post(users.office, `/initiatives/${initiativeId}/assessment`, {
      recognised: false,
      decidedOn: todayVn(),
      reason: 'Thử đánh giá lần hai',
    });
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 409,
      code: 'INITIATIVE_ALREADY_ASSESSED',
    });

    const id = await cstdCs(author);
    must(await s.submit(DEPARTMENT.officer, id), 200);
    expect((await s.view(users.officeSoGd, id)).body.state.initiativeCounts).toEqual({
      source: 'REGISTRY',
      fromRegistry: [{ initiativeId, title: `Sổ điểm điện tử ${run}`, scope: 'UNIT', year: 2026 }],
      declaredOnly: [],
    });
    await withdraw(id);
  });

  it('counts a declared initiative the registry does not know, and flags it as declared', async () => {
    const declared = { title: 'Câu lạc bộ đọc sách', scope: 'UNIT', year: 2026 };
    const id = await cstdCs(other, { initiatives: [declared] });
    must(await s.submit(DEPARTMENT.officer, id), 200);
    expect((await s.view(users.officeSoGd, id)).body.state.initiativeCounts).toEqual({
      source: 'DECLARED',
      fromRegistry: [],
      declaredOnly: [declared],
    });
    await withdraw(id);
  });

  it('finds a row that drifted from its stream, and a rebuild folds the same rows back', async () => {
    // This suite's rows only: suites share the database, and others file initiatives meanwhile.
    const read = () =>
      stack.db.query(`SELECT * FROM initiatives WHERE author_keys && $1::text[] ORDER BY initiative_id`, [
        [author.key, other.key],
      ]);
    const ours = (r: Awaited<ReturnType<typeof checkConsistency>>) =>
      r.mismatches.filter((m) => m.table === 'initiatives' && m.key === initiativeId);
    const before = await read();
    expect(before.length).toBeGreaterThan(0);
    expect(ours(await checkConsistency(stack.db))).toEqual([]);
    await stack.db.query(
      `UPDATE initiatives SET state = jsonb_set(state, '{title}', '"Sửa tay"') WHERE initiative_id = $1`,
      [initiativeId],
    );
    // The live row (actual) and the one folded from the stream (expected), each whole.
    const title = (r: unknown) => (r as { state?: { title?: string } } | null)?.state?.title;
    const drift = ours(await checkConsistency(stack.db));
    expect(drift.map((m) => [title(m.expected), title(m.actual)])).toEqual([
      [before.find((r: { initiative_id: string }) => r.initiative_id === initiativeId).state.title, undefined],
      [undefined, 'Sửa tay'],
    ]);
    await rebuildProjection(stack.db, 'initiatives');
    expect(await read()).toEqual(before);
  });
});
