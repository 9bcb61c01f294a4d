import { CITY, DEPARTMENT, flows, must } from '../support/case-flows';
import { decisionNumber, eventTypes, snapshot, steps, storedEvents, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { VOTE_TASKS_OPENED, votesCast } from '../support/event-sequences';
import { DEPARTMENT_CAMPAIGN } from '../../scripts/demo/demo-directory';

/** Every event of a city case with a supplement, a written opinion and an objection, in order. */
const FULL_SEQUENCE = [
  'NominationDrafted',
  'DossierSubmitted',
  'SlaClockStarted',
  'TaskOpened',
  'SupplementRequested',
  'SlaClockPaused',
  'SlaClockStarted',
  'TaskClosed',
  'TaskOpened',
  'DossierSupplemented',
  'SlaClockResumed',
  'SlaClockStopped',
  'TaskClosed',
  'TaskOpened',
  'AppraisalCompleted',
  'TaskClosed',
  'ReviewOpened',
  ...VOTE_TASKS_OPENED,
  ...votesCast(3),
  'WrittenOpinionRecorded',
  'TaskClosed',
  'ReviewClosed',
  'DisclosureOpened',
  'SlaClockStopped',
  'ObjectionFiled',
  'TaskOpened',
  'DisclosureClosed',
  'SlaClockStarted',
  'TaskOpened',
  'ObjectionResolved',
  'TaskClosed',
  'DecisionIssued',
  'SlaClockStopped',
  'TaskClosed',
];

const MINUTES_PDF = makePdf(['Bien ban hop Hoi dong TDKT don vi', 'Ban ky du chu ky']);
const MINUTES = {
  code: 'BIEN_BAN_HOP',
  title: 'Biên bản họp Hội đồng TĐKT đơn vị (bản ký đủ)',
  sha256: sha256Of(MINUTES_PDF),
};

let stack: TestStack;
let s: ReturnType<typeof steps>;

beforeAll(async () => {
  // Long enough for the public to object while the list is published (the rules' 10 working days otherwise).
  process.env.KHEN_DISCLOSURE_OVERRIDE_MS = '5000';
  stack = await startTestStack();
  s = steps(stack);
});
afterAll(async () => stack?.close());

describe('a full case: supplement, written opinion, public objection, decision', () => {
  it("pauses the review clock while the unit supplements, counts an absent member's written opinion, and holds the decision on a public objection until the office resolves it", async () => {
    const id = await flows(stack).submitted(CITY, 'Nguyễn Thị Hồng Nhung');
    const asked = must(await s.requestSupplement(users.office, id, ['BIEN_BAN_HOP']), 200);
    expect(asked.body).toMatchObject({ stage: 'UNIT_PROPOSAL', status: 'SUPPLEMENT_REQUESTED' });
    const paused = (await s.view(users.unitOfficer, id)).body.state;
    const review = Object.values(
      paused.clocks as Record<string, { clockId: string; stage: string; deadline?: string; pauses: object[] }>,
    ).find((c) => c.stage === 'COUNCIL_REVIEW')!;
    expect(review.deadline).toBeUndefined();
    expect(review.pauses).toEqual([{ from: todayVn() }]);
    const unitTasks = (await s.tasks(users.unitOfficer, '?type=SUPPLEMENT_DOSSIER&limit=200')).body.items;
    expect(unitTasks.filter((t: { nominationId: string }) => t.nominationId === id)).toHaveLength(1);

    must(await s.upload(users.unitOfficer, MINUTES_PDF, 'Biên bản họp (bản ký đủ).pdf'), 201);
    must(await s.supplement(users.unitOfficer, id, [MINUTES]), 200);
    const events = await storedEvents(stack, id);
    const started = events.find((e) => e.type === 'SlaClockStarted' && e.data.stage === 'COUNCIL_REVIEW')!;
    const pausedEvent = events.find((e) => e.type === 'SlaClockPaused')!;
    const resumed = events.find((e) => e.type === 'SlaClockResumed')!;
    expect(pausedEvent.data).toEqual({ clockId: started.data.clockId, on: todayVn() });
    // Paused and resumed the same day: no working day was spent supplementing, the deadline stands.
    expect(resumed.data).toMatchObject({
      clockId: started.data.clockId,
      on: todayVn(),
      deadline: started.data.deadline,
    });
    const view = (await s.view(users.office, id)).body;
    expect(view.status).toBe('SUBMITTED');
    expect(view.state.documents.find((d: { code: string }) => d.code === 'BIEN_BAN_HOP')).toEqual({
      ...MINUTES,
      fileName: 'Biên bản họp (bản ký đủ).pdf',
      size: MINUTES_PDF.length,
      mediaType: 'application/pdf',
    });

    must(await s.appraise(users.office, id), 200);
    must(await s.vote(users.member1, id, 'APPROVE'), 200);
    must(await s.vote(users.member2, id, 'APPROVE'), 200);
    must(await s.vote(users.member5, id, 'APPROVE'), 200);
    must(await s.writtenOpinion(users.office, id, users.member3.userId, 'APPROVE'), 200);
    expect((await s.vote(users.member3, id, 'DISAPPROVE')).body.code).toBe('ALREADY_VOTED');
    expect((await s.writtenOpinion(users.office, id, users.member4.userId, 'APPROVE')).body.code).toBe(
      'MEMBER_RECUSED',
    );
    must(await s.closeBallot(users.office, id), 200);
    const tally = (await s.view(users.office, id)).body.state.tally;
    // Every member who may vote approved, one of them by a written opinion: 4 of the 5 seated members, 80 %.
    expect(tally).toMatchObject({
      members: 5,
      eligible: 4,
      present: 3,
      writtenOpinions: 1,
      cast: 4,
      approve: 4,
      approvePercent: 80,
      passed: true,
    });

    await publicObjectionHoldsTheDecision(id);
    expect(await eventTypes(stack, id)).toEqual(FULL_SEQUENCE);
  });

  /** The public objects without a token; the authority may not decide until the office resolves it. */
  async function publicObjectionHoldsTheDecision(id: string): Promise<void> {
    const listed = await stack.http().get('/api/public/disclosures').expect(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          nominationId: id,
          nomineeName: 'Nguyễn Thị Hồng Nhung',
          awardCode: 'BK_TINH',
          unitName: 'Sở Giáo dục và Đào tạo',
          year: 2026,
        }),
      ]),
    );
    const filed = await s
      .object(id, 'Thành tích kê khai chưa đúng thực tế tại đơn vị, đề nghị xác minh.', 'Một giáo viên')
      .expect(201);
    expect(filed.body).toMatchObject({
      objectionId: expect.any(String),
      nominationId: id,
      messageVi: expect.stringContaining('Đã tiếp nhận'),
    });
    const resolveTask = (await s.tasks(users.office, '?type=RESOLVE_OBJECTION&limit=200')).body.items.find(
      (t: { nominationId: string }) => t.nominationId === id,
    );
    expect(resolveTask).toMatchObject({ priority: 2, candidateGroup: 'office:HD-TP', stage: 'PUBLIC_DISCLOSURE' });

    const early = await s.award(users.authority, id, decisionNumber('UBND'), todayVn());
    expect(early.body).toMatchObject({ status: 409, code: 'DISCLOSURE_NOT_ENDED' });
    await s.untilStatus(users.office, id, 'AWAITING_DECISION');
    const before = await snapshot(stack, id);
    const held = await s.award(users.authority, id, decisionNumber('UBND'), todayVn());
    expect(held.body).toMatchObject({
      status: 409,
      code: 'OBJECTION_UNRESOLVED',
      detail: expect.stringContaining('chưa được giải quyết'),
    });
    expect(await snapshot(stack, id)).toEqual(before);

    must(await s.resolve(users.office, id, filed.body.objectionId, 'DISMISSED'), 200);
    const number = decisionNumber('UBND');
    const awarded = must(await s.award(users.authority, id, number, todayVn()), 200);
    expect(awarded.body).toMatchObject({ stage: 'CLOSED', status: 'AWARDED' });
    // The office that answered the objector knows who they are; the administrator reads the objection, not by whom.
    const resolved = { objectionId: filed.body.objectionId, outcome: 'DISMISSED', resolvedBy: 'ban-tdkt' };
    const seenByOffice = (await s.view(users.office, id)).body;
    expect(seenByOffice.state.objections).toEqual([
      expect.objectContaining({ ...resolved, submitterName: 'Một giáo viên' }),
    ]);
    const view = (await s.view(users.admin, id)).body;
    expect(view.state.objections).toEqual([expect.objectContaining(resolved)]);
    expect(view.state.objections[0].submitterName).toBeUndefined();
    expect(view.state.decision).toMatchObject({
      decisionNumber: number,
      decisionDate: todayVn(),
      signerId: 'chu-tich-ubnd',
      level: 'PROVINCE',
      byHigherLevel: false,
    });
  }
});

describe('cases at the department council (HD-SO-GD)', () => {
  it("awards an LĐTT filed by a school, with its rating, decided by the department's director", async () => {
    // The department's own campaign: the city's gives no LĐTT (the launching level awards).
    const id = await flows(stack).awaitingDecision(DEPARTMENT, 'Phạm Thu Trang', {
      campaignId: DEPARTMENT_CAMPAIGN,
      awardCode: 'LDTT',
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
    });
    const view = (await s.view(users.officeSoGd, id)).body;
    expect(view.state.ballot.recused).toEqual([
      { memberId: 'gd-hieu-truong', reason: expect.stringContaining('Cùng đơn vị') },
    ]);
    expect(view.state.tally).toMatchObject({
      eligible: 2,
      approve: 2,
      passed: true,
      rule: { comparison: 'MORE_THAN', percent: 50, denominator: 'MEMBERS_PRESENT' },
    });
    expect(view.state.achievements).toEqual({ ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] });
    // The city's authority does not even see the department's case.
    expect((await s.award(users.authority, id, decisionNumber('UBND'), todayVn())).status).toBe(404);

    const number = decisionNumber('SGDĐT');
    must(await s.award(users.authoritySoGd, id, number, todayVn()), 200);
    const decided = (await s.view(users.officeSoGd, id)).body;
    expect(decided).toMatchObject({ status: 'AWARDED', councilId: 'HD-SO-GD', unitId: 'THPT-CVA' });
    expect(decided.state.decision).toMatchObject({
      decisionNumber: number,
      signerId: 'giam-doc-so-gd',
      authorityId: 'SO-GD',
      level: 'DEPARTMENT',
      byHigherLevel: false,
    });
    const [entry] = await stack.db.query(
      `SELECT award_code, authority_id, decision_number FROM award_registry WHERE nomination_id = $1`,
      [id],
    );
    expect(entry).toEqual({ award_code: 'LDTT', authority_id: 'SO-GD', decision_number: number });
  });

  it("rejects a provincial Bằng khen at the three-seat department council when the school's principal is recused", async () => {
    // 80 % of all members, the recused one included: the two who may vote are 2/3 = 66.67 %.
    const id = await flows(stack).ballotOpen(DEPARTMENT, 'Hoàng Minh Tuấn', { awardCode: 'BK_TINH' });
    for (const voter of DEPARTMENT.voters) must(await s.vote(voter, id, 'APPROVE'), 200);
    expect(must(await s.closeBallot(users.officeSoGd, id), 200).body.status).toBe('REJECTED');
    const view = (await s.view(users.officeSoGd, id)).body;
    expect(view.state.tally).toMatchObject({
      counting: 'SEATED_MEMBERS',
      members: 3,
      recused: 1,
      cast: 2,
      approve: 2,
      denominator: 3,
      approvePercent: 66.67,
      passed: false,
      rule: { percent: 80, denominator: 'ALL_MEMBERS' },
    });
    expect(view.state.rejection).toMatchObject({ reasonCode: 'BALLOT_FAILED' });
  });

  it("makes the department forward a provincial title, and its office record the city's decision", async () => {
    // Tập thể lao động xuất sắc is the province's to confer (majority of the members present).
    const id = await flows(stack).awaitingDecision(DEPARTMENT, 'Tổ Toán – Tin, THPT Chu Văn An', {
      awardCode: 'TTLDXS',
      subject: 'COLLECTIVE',
      achievements: { collective: { members: 20, completedDuties: 20, ldtt: 16, cstdCs: 2 } },
    });
    const before = await snapshot(stack, id);
    const refused = await s.award(users.authoritySoGd, id, decisionNumber('SGDĐT'), todayVn());
    expect(refused.body).toMatchObject({
      status: 422,
      code: 'AUTHORITY_MUST_FORWARD',
      detail: expect.stringContaining('trình cấp trên'),
    });
    expect(await snapshot(stack, id)).toEqual(before);

    const forwarded = must(
      await s.decide(users.authoritySoGd, id, {
        outcome: 'FORWARD',
        note: 'Trình Chủ tịch UBND Thành phố xem xét, quyết định.',
      }),
      200,
    );
    expect(forwarded.body).toMatchObject({ stage: 'FINAL_DECISION', status: 'FORWARDED' });
    const task = (await s.tasks(users.officeSoGd, '?type=RECORD_HIGHER_DECISION&limit=200')).body.items.find(
      (t: { nominationId: string }) => t.nominationId === id,
    );
    expect(task).toMatchObject({ candidateGroup: 'office:HD-SO-GD' });

    const number = decisionNumber('UBND');
    must(
      await s.post(users.officeSoGd, `/nominations/${id}/higher-decision`, {
        outcome: 'AWARD',
        decisionNumber: number,
        decisionDate: todayVn(),
        signerName: 'Chủ tịch UBND Thành phố',
      }),
      200,
    );
    const view = (await s.view(users.officeSoGd, id)).body;
    expect(view).toMatchObject({ status: 'AWARDED', outcome: 'AWARDED' });
    expect(view.state.forwarded).toMatchObject({ fromLevel: 'DEPARTMENT', toLevel: 'PROVINCE' });
    expect(view.state.decision).toMatchObject({
      decisionNumber: number,
      signerName: 'Chủ tịch UBND Thành phố',
      level: 'PROVINCE',
      byHigherLevel: true,
    });
    // Waiting on the higher level stops the department's decision clock; the recorded decision closes the office's task.
    expect((await eventTypes(stack, id)).slice(-6)).toEqual([
      'ForwardedToHigherLevel',
      'SlaClockStopped',
      'TaskClosed',
      'TaskOpened',
      'DecisionIssued',
      'TaskClosed',
    ]);
  });
});

describe('decision numbers', () => {
  it('refuses a number another decision of the year used on another date, and accepts one list decision for several cases', async () => {
    const f = flows(stack);
    const [first, second, third] = await Promise.all(
      ['Lê Thị Mai', 'Trịnh Văn Hải', 'Đoàn Thị Yến'].map((name) => f.awaitingDecision(CITY, name)),
    );
    const number = decisionNumber('UBND');
    const signed = '2026-11-02';
    must(await s.award(users.authority, first, number, signed), 200);

    const before = await snapshot(stack, second);
    const taken = await s.award(users.authority, second, number, '2026-11-03');
    expect(taken.body).toMatchObject({
      status: 409,
      code: 'DECISION_NUMBER_TAKEN',
      field: 'decisionNumber',
      detail: expect.stringContaining(number),
    });
    expect(await snapshot(stack, second)).toEqual(before);

    // One decision (same number, date and signer) may award a list of nominees.
    must(await s.award(users.authority, second, number, signed), 200);
    must(await s.award(users.authority, third, number, signed), 200);
    const entries = await stack.db.query(
      `SELECT nomination_id FROM award_registry WHERE decision_number = $1 ORDER BY nomination_id`,
      [number],
    );
    expect(entries.map((e: { nomination_id: string }) => e.nomination_id)).toEqual([first, second, third].sort());
  });
});
