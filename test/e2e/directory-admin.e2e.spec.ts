import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { checkConsistency, checkRebuildableTables, rebuildProjection } from '@khen/projections';
import type { Actor } from '@khen/domain';
import { DEMO_DIRECTORY, DEMO_DIRECTORY_REASON } from '../../scripts/demo/demo-directory';
import { seedDemoUploads } from '../../scripts/demo/demo-documents';
import { flows, must, type Venue } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * A board runs its own organisation, through the API only (docs/architecture.md, "Directory"): an
 * administrator creates a province of its own with its departments, a 19-member council with a term
 * and a campaign; an officer of one department files into that campaign; the member from the
 * nominee's department is recused and the Bằng khen's rule (80 % of all members) is counted over all
 * 19. Every change is in the audit with old → new; a stale If-Match or a refused change writes nothing.
 */
describe('the directory administered through the API', () => {
  let stack: TestStack;
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const PROVINCE = `T${tag}`;
  const DEPTS = ['NV', 'GD', 'TC', 'YT', 'XD'].map((d) => `${PROVINCE}-SO-${d}`);
  const COUNCIL = `HD-${PROVINCE}`;
  const CAMPAIGN = `TK-${PROVINCE}-2026`;
  const WHY = 'Theo Quyết định số 01/QĐ-UBND';
  const admin = users.admin;

  /**
   * 19 members from the five departments (a chair, two vice-chairs, a standing member, a secretary and
   * 14 members); one of them, the seventh, from the education department whose officer files.
   */
  const OTHERS = [DEPTS[0]!, DEPTS[2]!, DEPTS[3]!, DEPTS[4]!];
  const MEMBERS = Array.from({ length: 19 }, (_, i) => ({
    memberId: `${PROVINCE.toLowerCase()}-tv-${i + 1}`,
    name: `Thành viên số ${i + 1}`,
    seat: i === 0 ? 'CHAIR' : i <= 2 ? 'VICE_CHAIR' : i === 3 ? 'STANDING_MEMBER' : i === 4 ? 'SECRETARY' : 'MEMBER',
    unitId: i === 6 ? DEPTS[1]! : OTHERS[i % OTHERS.length]!,
  }));
  const memberActor = (m: (typeof MEMBERS)[number]): Actor => ({
    userId: m.memberId,
    role: 'COUNCIL_MEMBER',
    displayName: m.name,
    unitId: m.unitId,
    councilId: COUNCIL,
  });
  /** The officer of the education department files; members of that department are recused. */
  const officer: Actor = {
    userId: `${PROVINCE.toLowerCase()}-cb-gd`,
    role: 'UNIT_OFFICER',
    displayName: 'Cán bộ Sở Giáo dục',
    unitId: DEPTS[1]!,
  };
  const office: Actor = {
    userId: `${PROVINCE.toLowerCase()}-ban-tdkt`,
    role: 'TDKT_OFFICE',
    displayName: 'Ban Thi đua – Khen thưởng',
    unitId: DEPTS[0]!,
    councilId: COUNCIL,
    lead: true,
  };

  const s = () => steps(stack);
  const send = (method: 'post' | 'patch' | 'put', path: string, body: object, ifMatch?: string) => {
    const req = stack.http()[method](`/api${path}`).set('Authorization', s().as(admin));
    if (ifMatch) req.set('If-Match', ifMatch);
    return req.send(body);
  };
  const get = (path: string, who: Actor = admin) => s().get(who, path);
  const auditCount = async () =>
    Number((await stack.db.query(`SELECT count(*) AS n FROM directory_audit`))[0].n as string);

  beforeAll(async () => {
    stack = await startTestStack();
    for (const a of [officer, office, ...MEMBERS.map(memberActor)]) await stack.signIn(a);
    await seedDemoUploads(stack.db, [officer.unitId!]);
  });
  afterAll(async () => stack?.close());

  it("gives a person a seat through the API, dated and audited, and acts on it at the person's next request", async () => {
    const subject = `${PROVINCE.toLowerCase()}-pho-giam-doc`;
    const person: Actor = { userId: subject, role: 'COUNCIL_MEMBER', displayName: 'Phó Giám đốc', councilId: 'HD-TP' };
    await stack.signIn(person);
    const seatOf = async () =>
      (await stack.http().get('/api/me').set('Authorization', s().as(person)).expect(200)).body.seats as {
        key: string;
      }[];
    expect((await seatOf()).map((x) => x.key)).not.toContain('AUTHORITY:SO-GD');
    expect((await get(`/directory/people/${subject}`)).status).toBe(404);
    const before = await auditCount();
    // Bad input writes nothing: a role no seat can be is the decider's refusal, at its field.
    const badRole = await send('post', `/directory/people/${subject}/seats`, {
      role: 'THU_TRUONG',
      unitId: 'SO-GD',
      from: '2026-01-01',
      reason: WHY,
    });
    expect({ status: badRole.status, field: badRole.body.field }).toEqual({ status: 422, field: 'role' });
    const grant = { name: 'Phó Giám đốc', role: 'AUTHORITY', unitId: 'SO-GD', from: '2026-01-01', reason: WHY };
    const granted = must(await send('post', `/directory/people/${subject}/seats`, grant), 201);
    expect(granted.headers.etag).toBe('"1"');
    const seat = granted.body.state.seats[0];
    expect(seat).toMatchObject({ role: 'AUTHORITY', unitId: 'SO-GD', from: '2026-01-01' });
    expect((await seatOf()).map((x) => x.key)).toContain('AUTHORITY:SO-GD');
    // The same seat again overlaps itself: refused with the reason, nothing recorded.
    const twice = await send('post', `/directory/people/${subject}/seats`, grant);
    expect(twice.status).toBeGreaterThanOrEqual(400);
    expect(twice.status).toBeLessThan(500);
    expect(twice.body.code).toBe('SEAT_OVERLAPS');
    // Ended yesterday: the person no longer acts on it.
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    must(
      await send(
        'post',
        `/directory/people/${subject}/seats/${seat.seatId}/end`,
        { to: yesterday, reason: WHY },
        '"1"',
      ),
      200,
    );
    expect((await seatOf()).map((x) => x.key)).not.toContain('AUTHORITY:SO-GD');
    expect(await auditCount()).toBe(before + 2);
    const audit = must(await get(`/directory/audit?kind=person&recordId=${subject}`), 200).body;
    expect(audit.length).toBe(2);
  });

  it('creates a province of its own with its departments, each answered with its ETag', async () => {
    const root = must(
      await send('post', '/directory/units', {
        unitId: PROVINCE,
        name: `UBND tỉnh Thử ${tag}`,
        kind: 'PROVINCE',
        level: 'PROVINCE',
        parentId: null,
        activeFrom: '2025-07-01',
        reason: WHY,
      }),
      201,
    );
    expect(root.headers.etag).toBe('"1"');
    expect(root.body).toMatchObject({ kind: 'unit', id: PROVINCE, version: 1, state: { signingUnitId: PROVINCE } });
    for (const [i, unitId] of DEPTS.entries())
      must(
        await send('post', '/directory/units', {
          unitId,
          name: `Sở số ${i + 1} tỉnh Thử`,
          kind: 'DEPARTMENT',
          level: 'DEPARTMENT',
          parentId: PROVINCE,
          activeFrom: '2025-07-01',
          reason: WHY,
        }),
        201,
      );
    const read = must(await get(`/directory/units/${DEPTS[1]}`), 200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.path.map((p: { unitId: string }) => p.unitId)).toEqual([PROVINCE, DEPTS[1]]);
    const children = must(await get(`/directory/units/${PROVINCE}/children`), 200).body.items;
    expect(children.map((c: { unitId: string }) => c.unitId).sort()).toEqual([...DEPTS].sort());
  });

  it('renames a unit only with the version it read (412 otherwise, nothing written), and audits old → new', async () => {
    const before = await auditCount();
    const stale = await send('patch', `/directory/units/${DEPTS[1]}`, { name: 'Tên mới', reason: WHY }, '"7"');
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'DIRECTORY_RECORD_CHANGED', field: 'If-Match' });
    expect(stale.body.detail).toContain('phiên bản hiện tại 1');
    expect(await auditCount()).toBe(before);

    const renamed = must(
      await send(
        'patch',
        `/directory/units/${DEPTS[1]}`,
        { name: 'Sở Giáo dục và Đào tạo tỉnh Thử', reason: WHY },
        '"1"',
      ),
      200,
    );
    expect(renamed.headers.etag).toBe('"2"');
    const [entry] = must(await get(`/directory/audit?kind=unit&recordId=${DEPTS[1]}`), 200).body;
    expect(entry).toMatchObject({
      type: 'UnitChanged',
      actorId: admin.userId,
      reason: WHY,
      changes: [{ field: 'name', from: 'Sở số 2 tỉnh Thử', to: 'Sở Giáo dục và Đào tạo tỉnh Thử' }],
    });
    const csv = must(await get(`/directory/audit/export?recordId=${DEPTS[1]}`), 200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('name: Sở số 2 tỉnh Thử → Sở Giáo dục và Đào tạo tỉnh Thử');
  });

  it('refuses a council term without a chair, with a seat held twice, with a member of an unknown unit — writing nothing', async () => {
    must(
      await send('post', '/directory/councils', {
        councilId: COUNCIL,
        name: `Hội đồng Thi đua – Khen thưởng tỉnh Thử ${tag}`,
        unitId: PROVINCE,
        authorityName: 'Chủ tịch UBND tỉnh Thử',
        reason: WHY,
      }),
      201,
    );
    const before = await auditCount();
    const term = (members: object[]) => ({
      termId: '2026-2031',
      from: '2026-01-01',
      to: '2031-06-30',
      members,
      reason: WHY,
    });
    const refusals: [object[], string, string][] = [
      [MEMBERS.map((m) => ({ ...m, seat: m.seat === 'CHAIR' ? 'MEMBER' : m.seat })), 'NO_CHAIR', 'Chủ tịch'],
      [MEMBERS.map((m, i) => (i === 5 ? { ...m, seat: 'CHAIR' } : m)), 'SEAT_HELD_TWICE', 'Chủ tịch'],
      [
        MEMBERS.map((m, i) => (i === 7 ? { ...m, unitId: 'DON-VI-KHONG-CO' } : m)),
        'UNIT_NOT_ACTIVE',
        'DON-VI-KHONG-CO',
      ],
    ];
    for (const [members, code, words] of refusals) {
      const res = await send('post', `/directory/councils/${COUNCIL}/terms`, term(members));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code });
      expect(res.body.detail).toContain(words);
      expect(res.body.detailEn).toMatch(/[a-z]{3}/);
    }
    // The term opens with its chair alone; the others join by a dated change below.
    const chairOnly = await send('post', `/directory/councils/${COUNCIL}/terms`, term(MEMBERS.slice(0, 1)));
    expect(chairOnly.status).toBe(201);
    const overlapping = await send('post', `/directory/councils/${COUNCIL}/terms`, {
      ...term(MEMBERS),
      termId: '2030-2035',
      from: '2030-01-01',
      to: '2035-06-30',
    });
    expect({ status: overlapping.status, code: overlapping.body.code }).toEqual({ status: 409, code: 'TERMS_OVERLAP' });
    expect(await auditCount()).toBe(before + 1);
  });

  it('seats 19 members from five departments by a dated change, and answers who sat on the council on a date', async () => {
    must(
      await send('post', `/directory/councils/${COUNCIL}/terms/2026-2031/membership`, {
        on: '2026-02-01',
        leave: [],
        join: MEMBERS.slice(1),
        reason: WHY,
      }),
      200,
    );
    const january = must(await get(`/directory/councils/${COUNCIL}/members?on=2026-01-15`), 200).body.members;
    expect(january).toHaveLength(1);
    const now = must(await get(`/directory/councils/${COUNCIL}/members`), 200).body.members;
    expect(now).toHaveLength(19);
    expect(new Set(now.map((m: { unitId: string }) => m.unitId))).toEqual(new Set(DEPTS));
    // The council's row, as filing and the ballot read it.
    const [row] = await stack.db.query(`SELECT level, authority_id, members FROM councils WHERE council_id = $1`, [
      COUNCIL,
    ]);
    expect(row).toMatchObject({ level: 'PROVINCE', authority_id: PROVINCE });
    expect(row.members).toHaveLength(19);
  });

  it("launches the province's own campaign (its level's awards only), which filing accepts", async () => {
    const outOfCompetence = await send('post', '/directory/campaigns', {
      campaignId: `${CAMPAIGN}-X`,
      name: 'Đợt thi đua ngoài thẩm quyền',
      unitId: PROVINCE,
      kind: 'ANNUAL',
      year: 2026,
      filingOpensOn: '2026-01-01',
      filingClosesOn: '2030-12-31',
      awards: ['BK_TTG'],
      councilId: COUNCIL,
      reason: WHY,
    });
    expect({ status: outOfCompetence.status, code: outOfCompetence.body.code }).toEqual({
      status: 422,
      code: 'AWARD_NOT_IN_COMPETENCE',
    });
    const launched = must(
      await send('post', '/directory/campaigns', {
        campaignId: CAMPAIGN,
        name: `Tổng kết phong trào thi đua năm 2026 tỉnh Thử ${tag}`,
        unitId: PROVINCE,
        kind: 'ANNUAL',
        year: 2026,
        filingOpensOn: '2026-01-01',
        filingClosesOn: '2030-12-31',
        awards: ['BK_TINH', 'CSTD_TINH'],
        councilId: COUNCIL,
        reason: WHY,
      }),
      201,
    );
    expect(launched.body.state).toMatchObject({ level: 'PROVINCE', status: 'OPEN' });
  });

  const venue = (): Venue => ({
    councilId: COUNCIL,
    officer,
    office,
    voters: MEMBERS.filter((m) => m.unitId !== officer.unitId).map(memberActor),
    authority: users.authority,
  });

  it('a case filed into it is reviewed by all 19: the nominee’s department recused, 80 % of all 19 counted', async () => {
    const f = flows(stack);
    const id = await f.ballotOpen(venue(), 'Lê Thị Hội Đồng Mười Chín', { campaignId: CAMPAIGN });
    const ballot = must(await s().get(office, `/nominations/${id}/ballot`), 200).body;
    expect(ballot.members).toHaveLength(19);
    const recused = MEMBERS.filter((m) => m.unitId === officer.unitId).map((m) => m.memberId);
    expect(recused).toEqual([MEMBERS[6]!.memberId]);
    expect(ballot.recused.map((r: { memberId: string }) => r.memberId)).toEqual(recused);

    // A dated change after the review opened does not change the ballot: it keeps those seated then.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    must(
      await send('post', `/directory/councils/${COUNCIL}/terms/2026-2031/membership`, {
        on: today,
        leave: [MEMBERS[18]!.memberId],
        join: [
          { memberId: `${PROVINCE.toLowerCase()}-tv-moi`, name: 'Thành viên mới', seat: 'MEMBER', unitId: DEPTS[2] },
        ],
        reason: WHY,
      }),
      200,
    );
    expect(must(await s().get(office, `/nominations/${id}/ballot`), 200).body.members).toEqual(ballot.members);

    // 16 of all 19 (84 %) approve: the Bằng khen's 80 % of all members is reached.
    const voters = venue().voters;
    for (const v of voters.slice(0, 16)) must(await s().vote(v, id, 'APPROVE'), 200);
    expect(must(await s().closeBallot(office, id), 200).body.status).toBe('DISCLOSURE_OPEN');
  });

  it('and 15 approvals of 19 (79 %) fail the Bằng khen, though they are 15 of the 18 who could vote (83 %)', async () => {
    // The council as it now stands (one left, one joined): still 19 seated, the ballot copies them today.
    const f = flows(stack);
    const id = await f.ballotOpen(venue(), 'Trần Văn Thiếu Phiếu', { campaignId: CAMPAIGN });
    const ballot = must(await s().get(office, `/nominations/${id}/ballot`), 200).body;
    expect(ballot.members).toHaveLength(19);
    expect(ballot.members).toContain(`${PROVINCE.toLowerCase()}-tv-moi`);
    expect(ballot.members).not.toContain(MEMBERS[18]!.memberId);
    const eligible = MEMBERS.slice(0, 18)
      .filter((m) => m.unitId !== officer.unitId)
      .map(memberActor);
    for (const v of eligible.slice(0, 15)) must(await s().vote(v, id, 'APPROVE'), 200);
    const closed = must(await s().closeBallot(office, id), 200).body;
    expect(closed.status).not.toBe('DISCLOSURE_OPEN');
  });

  it('refuses filing into a closed campaign with its reason, and accepts again once reopened', async () => {
    must(await send('post', `/directory/campaigns/${CAMPAIGN}/close`, { reason: WHY }), 200);
    const refused = await s().create(officer, {
      councilId: COUNCIL,
      campaignId: CAMPAIGN,
      nominee: { name: 'Phạm Văn Đóng Đợt', subject: 'INDIVIDUAL', key: `T-${randomUUID().slice(0, 12)}` },
    });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'CAMPAIGN_CLOSED' });
    must(await send('post', `/directory/campaigns/${CAMPAIGN}/reopen`, { reason: WHY }), 200);
  });

  it('refuses closing a unit with open cases unless it says who takes them over', async () => {
    const orphan = await send('post', `/directory/units/${DEPTS[1]}/close`, { activeTo: '2026-12-31', reason: WHY });
    expect({ status: orphan.status, code: orphan.body.code, field: orphan.body.field }).toEqual({
      status: 409,
      code: 'UNIT_HAS_OPEN_CASES',
      field: 'successorId',
    });
    // The cases filed keep the unit they were filed by.
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM nominations WHERE unit_id = $1`, [DEPTS[1]]);
    expect(n).toBeGreaterThan(0);
  });

  it('refuses an award the campaign does not offer, and a council outside the launching unit, naming the field', async () => {
    const filing = (over: object) =>
      s().create(officer, {
        councilId: COUNCIL,
        campaignId: CAMPAIGN,
        nominee: { name: 'Tổ Ngữ văn', subject: 'COLLECTIVE', key: `T-${randomUUID().slice(0, 12)}` },
        ...over,
      });
    // The province decides a Tập thể lao động xuất sắc, but this campaign does not offer it.
    const notOffered = await filing({ awardCode: 'TTLDXS' });
    expect(notOffered.body).toMatchObject({ status: 422, code: 'AWARD_NOT_OFFERED', field: 'awardCode' });
    expect(notOffered.body.detail).toContain('Tập thể lao động xuất sắc');
    expect(notOffered.body.detail).toContain('Bằng khen');
    expect(notOffered.body.detail).not.toContain('TTLDXS');
    // The city's campaign is not this province's: its council does not file into it.
    const outside = await filing({ awardCode: 'BK_TINH', campaignId: 'TONG-KET-2026' });
    expect(outside.body).toMatchObject({ status: 422, code: 'COUNCIL_NOT_IN_CAMPAIGN', field: 'councilId' });
    expect(outside.body.detail).toContain('cấp nào phát động thi đua thì cấp đó khen thưởng');
  });

  it('keeps on each case the unit as it was filed: renaming and moving the unit never rewrites it', async () => {
    const filedAs = must(await get(`/directory/units/${DEPTS[1]}`), 200).body.state;
    const res = await s().create(officer, {
      councilId: COUNCIL,
      campaignId: CAMPAIGN,
      nominee: { name: 'Đặng Thị Ảnh Chụp', subject: 'INDIVIDUAL', key: `T-${randomUUID().slice(0, 12)}` },
    });
    const id = must(res, res.status === 202 ? 202 : 201).body.nominationId as string;
    await s().untilStatus(officer, id, 'DRAFT');
    const snapshot = { unitId: DEPTS[1], name: filedAs.name, level: 'DEPARTMENT', parentId: PROVINCE };
    expect((await s().view(officer, id)).body.state.unit).toMatchObject(snapshot);

    must(
      await send('patch', `/directory/units/${DEPTS[1]}`, { name: 'Sở Giáo dục tỉnh Thử (tên mới)', reason: WHY }),
      200,
    );
    must(await send('post', `/directory/units/${DEPTS[1]}/move`, { parentId: DEPTS[0], reason: WHY }), 200);
    expect(must(await get(`/directory/units/${DEPTS[1]}`), 200).body.state).toMatchObject({
      name: 'Sở Giáo dục tỉnh Thử (tên mới)',
      parentId: DEPTS[0],
    });

    // The case, its first event and the case list still say what the unit was called when it filed.
    expect((await s().view(office, id)).body.state.unit).toMatchObject(snapshot);
    const [drafted] = (await s().events(office, id)).body;
    expect(drafted).toMatchObject({ type: 'NominationDrafted', data: { unit: snapshot } });
    const listed = must(await s().get(office, `/nominations?unitId=${DEPTS[1]}&limit=500`), 200).body.items;
    expect(listed.find((c: { nominationId: string }) => c.nominationId === id)).toMatchObject({
      unitName: filedAs.name,
    });
    must(await send('post', `/directory/units/${DEPTS[1]}/move`, { parentId: PROVINCE, reason: WHY }), 200);
  });

  it('keeps a cluster of departments per year with its leader among them, renamed with the version read', async () => {
    const CLUSTER = `CUM-${PROVINCE}`;
    must(
      await send('post', '/directory/clusters', {
        clusterId: CLUSTER,
        name: 'Cụm thi đua các sở',
        kind: 'CLUSTER',
        councilId: COUNCIL,
        reason: WHY,
      }),
      201,
    );
    const notMember = await send('put', `/directory/clusters/${CLUSTER}/years/2026`, {
      members: DEPTS.slice(0, 3),
      leaderId: DEPTS[4],
      reason: WHY,
    });
    expect({ status: notMember.status, code: notMember.body.code }).toEqual({ status: 422, code: 'LEADER_NOT_MEMBER' });
    const year = must(
      await send(
        'put',
        `/directory/clusters/${CLUSTER}/years/2026`,
        { members: DEPTS.slice(0, 3), leaderId: DEPTS[0], reason: WHY },
        '"1"',
      ),
      200,
    );
    expect(year.headers.etag).toBe('"2"');

    // Renamed with the version read: a stale one is 412 and writes nothing; the audit has old → new.
    const stale = await send('patch', `/directory/clusters/${CLUSTER}`, { name: 'Cụm cũ', reason: WHY }, '"1"');
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'DIRECTORY_RECORD_CHANGED' });
    const unknownCouncil = await send('patch', `/directory/clusters/${CLUSTER}`, {
      councilId: 'HD-KHONG-CO',
      reason: WHY,
    });
    expect(unknownCouncil.status).toBeGreaterThanOrEqual(400);
    expect(unknownCouncil.status).toBeLessThan(500);
    expect(unknownCouncil.body.field).toBe('councilId');
    const renamed = must(
      await send('patch', `/directory/clusters/${CLUSTER}`, { name: 'Cụm thi đua các sở, ngành', reason: WHY }, '"2"'),
      200,
    );
    expect(renamed.headers.etag).toBe('"3"');
    const [entry] = must(await get(`/directory/audit?kind=cluster&recordId=${CLUSTER}`), 200).body;
    expect(entry).toMatchObject({
      type: 'ClusterChanged',
      reason: WHY,
      changes: [{ field: 'name', from: 'Cụm thi đua các sở', to: 'Cụm thi đua các sở, ngành' }],
    });

    const listed = must(await get('/directory/clusters', users.office), 200).body;
    expect(listed.find((c: { clusterId: string }) => c.clusterId === CLUSTER)).toMatchObject({
      name: 'Cụm thi đua các sở, ngành',
      years: [{ year: 2026, members: DEPTS.slice(0, 3).sort(), leaderId: DEPTS[0] }],
    });
  });

  it("takes the demo directory through the API's import as npm start posts it: nothing to record once loaded", async () => {
    const res = must(
      await send('post', '/directory/imports', { ...DEMO_DIRECTORY, reason: DEMO_DIRECTORY_REASON }),
      200,
    );
    expect(res.body.recorded).toBe(0);
    expect(res.body.rows).toHaveLength(
      DEMO_DIRECTORY.units.length + DEMO_DIRECTORY.councils.length + DEMO_DIRECTORY.campaigns.length,
    );
    expect(res.body.rows.filter((r: { status: string }) => r.status !== 'UNCHANGED')).toEqual([]);
    // A row the rules refuse is reported with its reason; the others are imported.
    const mixed = must(
      await send('post', '/directory/imports', {
        units: [
          {
            unitId: `${PROVINCE}-SO-KH`,
            name: 'Sở Khoa học',
            kind: 'DEPARTMENT',
            level: 'DEPARTMENT',
            parentId: PROVINCE,
            activeFrom: '2025-07-01',
          },
          {
            unitId: `${PROVINCE}-XA`,
            name: 'Xã mồ côi',
            kind: 'COMMUNE',
            level: 'COMMUNE',
            parentId: 'KHONG-CO',
            activeFrom: '2025-07-01',
          },
        ],
        reason: WHY,
      }),
      200,
    );
    expect(mixed.body.rows).toEqual([
      expect.objectContaining({ id: `${PROVINCE}-SO-KH`, status: 'RECORDED' }),
      expect.objectContaining({ id: `${PROVINCE}-XA`, status: 'REFUSED', code: 'UNIT_NOT_ACTIVE', field: 'parentId' }),
    ]);
  });

  it('lets only an administrator change the directory', async () => {
    const res = await stack
      .http()
      .post('/api/directory/units')
      .set('Authorization', s().as(users.office))
      .send({
        unitId: `${PROVINCE}-X`,
        name: 'X',
        kind: 'DEPARTMENT',
        level: 'DEPARTMENT',
        parentId: PROVINCE,
        activeFrom: '2026-01-01',
        reason: WHY,
      });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
  });

  it('merges the unit into another (its open cases go to the successor) and its past cases still show it as filed', async () => {
    const [filed] = await stack.db.query(
      `SELECT nomination_id AS id, state->'unit' AS unit FROM nominations WHERE unit_id = $1 AND state ? 'unit' LIMIT 1`,
      [DEPTS[1]],
    );
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    must(
      await send('post', `/directory/units/${DEPTS[1]}/merge`, { successorId: DEPTS[0], activeTo: today, reason: WHY }),
      200,
    );
    expect((await s().view(office, filed.id)).body.state.unit).toEqual(filed.unit);
    expect(filed.unit).toMatchObject({ unitId: DEPTS[1], parentId: PROVINCE });
  });

  it('imports an org chart from the XLSX template and a CSV: per-row errors by row and column, nothing twice', async () => {
    const template = await stack
      .http()
      .get('/api/directory/imports/template')
      .set('Authorization', s().as(admin))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.body as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Hội đồng', 'Đợt thi đua', 'Hướng dẫn']);
    // The template's own sheets, filled in: two communes, one of them under a unit that does not exist.
    const units = book.getWorksheet('Đơn vị')!;
    units.spliceRows(2, 1);
    units.addRow([`${PROVINCE}-XA-1`, 'Xã Một', 'COMMUNE', 'COMMUNE', PROVINCE, '', '01/07/2025']);
    units.addRow([`${PROVINCE}-XA-2`, 'Xã Hai', 'COMMUNE', 'COMMUNE', 'KHONG-CO', '', '01/07/2025']);
    units.addRow([`${PROVINCE}-XA-3`, '', 'COMMUNE', 'COMMUNE', PROVINCE, '', '01/07/2025']);
    book.getWorksheet('Hội đồng')!.spliceRows(2, 1);
    book.getWorksheet('Đợt thi đua')!.spliceRows(2, 1);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const upload = (body: Buffer, type: string, query = '') =>
      stack
        .http()
        .post(`/api/directory/imports/file?reason=${encodeURIComponent(WHY)}${query}`)
        .set('Authorization', s().as(admin))
        .set('Content-Type', type)
        .send(body);
    const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const first = must(await upload(xlsx, XLSX_TYPE), 200).body;
    expect(first).toMatchObject({ recorded: 1, total: 3, refused: 2 });
    expect(first.rows).toEqual([
      expect.objectContaining({ sheet: 'units', row: 2, id: `${PROVINCE}-XA-1`, status: 'RECORDED' }),
      expect.objectContaining({ sheet: 'units', row: 3, status: 'REFUSED', column: 'Đơn vị cấp trên' }),
      expect.objectContaining({ sheet: 'units', row: 4, status: 'REFUSED', column: 'Tên đơn vị' }),
    ]);
    expect(first.rows[1].detail).toMatch(/[ạảãáàâăđêôơư]/);
    // The same file again records nothing.
    const again = must(await upload(xlsx, XLSX_TYPE), 200).body;
    expect(again.recorded).toBe(0);
    expect(again.rows[0]).toMatchObject({ id: `${PROVINCE}-XA-1`, status: 'UNCHANGED' });
    // A CSV is one sheet, named by the query; its header may use the field names.
    const csv = `unitId,name,kind,level,parentId,activeFrom\n${PROVINCE}-XA-4,Xã Bốn,COMMUNE,COMMUNE,${PROVINCE},2025-07-01\n`;
    const fromCsv = must(await upload(Buffer.from(csv), 'text/csv', '&sheet=units'), 200).body;
    expect(fromCsv.rows).toEqual([expect.objectContaining({ row: 2, id: `${PROVINCE}-XA-4`, status: 'RECORDED' })]);
    const noSheet = await upload(Buffer.from(csv), 'text/csv');
    expect({ status: noSheet.status, field: noSheet.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'sheet' });
    // A parameter written twice is refused by name (it once reached the import as a list: a 500).
    for (const [query, field] of [
      ['&sheet=units&sheet=councils', 'sheet'],
      [`&reason=${encodeURIComponent(WHY)}`, 'reason'],
    ]) {
      const twice = await upload(Buffer.from(csv), 'text/csv', query);
      expect({ status: twice.status, field: twice.body.errors?.[0]?.field }).toEqual({ status: 400, field });
    }
  });

  it('finds a directory row that drifted from its streams (khen check), and a rebuild folds it back', async () => {
    // Everything this file recorded, folded afresh, gives the live tables row for row.
    expect(await checkRebuildableTables(stack.db)).toEqual([]);
    const unitId = `${PROVINCE}-XA-1`;
    const [{ name }] = (await stack.db.query(`SELECT name FROM units WHERE unit_id = $1`, [unitId])) as {
      name: string;
    }[];
    await stack.db.query(`UPDATE units SET name = 'Sửa tay' WHERE unit_id = $1`, [unitId]);
    const found = (await checkConsistency(stack.db)).mismatches.filter((m) => m.table === 'units');
    expect(
      found.map((m) => [
        m.key,
        (m.expected as { name?: string } | null)?.name,
        (m.actual as { name?: string } | null)?.name,
      ]),
    ).toEqual([
      [unitId, name, undefined],
      [unitId, undefined, 'Sửa tay'],
    ]);
    await rebuildProjection(stack.db, 'directory');
    expect(await checkRebuildableTables(stack.db)).toEqual([]);
    expect((await stack.db.query(`SELECT name FROM units WHERE unit_id = $1`, [unitId]))[0].name).toBe(name);
  });
});
