import { CITY, flows, must, type Venue } from '../support/case-flows';
import { steps, storedEvents, todayVn } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

/**
 * Rules and calendars as versioned data, published by an administrator.
 *
 * Every suite shares the `rule_sets` table, and the version in force is chosen by date alone, so
 * a version published here is in force for every suite from then on. The choice: publish the
 * current document with changes to one award only, "Công dân Thủ đô ưu tú" (CONG_DAN_THU_DO_UU_TU),
 * which no other suite files. Other suites then freeze identical rules for their awards (only the
 * version number differs). The calendar published for 2027 adds one day off in November 2027, after
 * every deadline a case started now can reach, so the deadlines of other suites' running cases,
 * which the publication recomputes, do not move.
 */
const AWARD = 'CONG_DAN_THU_DO_UU_TU';
/** The school files with the city council: no member of HD-TP is from THPT-CVA, so all five vote. */
const SCHOOL_AT_CITY: Venue = {
  ...CITY,
  officer: users.schoolOfficer,
  voters: [users.member1, users.member2, users.member3, users.member4, users.member5],
};
const THEMATIC = { awardCode: AWARD, kind: 'THEO_DOT', campaignId: 'CHUYEN-DE-CDS-2026' };

describe('rules published by an administrator', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  const current = async () => must(await s.get(users.admin, '/rules/current'), 200).body;
  const versions = async () => must(await s.get(users.office, '/rules'), 200).body as { version: number }[];

  it('answers the rules in force on a day only for a day PostgreSQL can compare: year 0 and 30/2 are a 400 naming the date', async () => {
    for (const day of ['0000-01-01', '2026-02-30', '04/12/2026']) {
      const res = await s.get(users.office, `/rules/current?date=${encodeURIComponent(day)}`);
      expect({ day, status: res.status, code: res.body.code, field: res.body.errors?.[0]?.field }).toEqual({
        day,
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'date',
      });
    }
    must(await s.get(users.office, `/rules/current?date=${todayVn()}`), 200);
  });

  it('refuses a rule document from a non-administrator, and one with a malformed or meaningless field, publishing nothing', async () => {
    const doc = await current();
    const before = await versions();

    const notAdmin = await s.post(users.office, '/rules', doc);
    expect(notAdmin.body).toMatchObject({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    const malformed = structuredClone(doc);
    malformed.awards[AWARD].ballot.percent = 'một trăm';
    expect((await s.post(users.admin, '/rules', malformed)).body).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      field: `awards.${AWARD}.ballot.percent`,
    });
    const meaningless = structuredClone(doc);
    meaningless.awards[AWARD].ballot.percent = 150;
    meaningless.awards[AWARD].disclosure.workingDays = 0;
    const invalid = await s.post(users.admin, '/rules', meaningless);
    expect(invalid.body).toMatchObject({ status: 422, code: 'RULE_SET_INVALID', field: `awards.${AWARD}.ballot` });
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual([
      `awards.${AWARD}.ballot`,
      `awards.${AWARD}.disclosure.workingDays`,
    ]);
    expect(invalid.body.detail).toContain('tỷ lệ phải từ 0 đến 100');

    expect(await versions()).toEqual(before);
  });

  it('keeps the frozen rule of a case received before a publication, and gives the new rule to cases received after', async () => {
    const f = flows(stack);
    const before = await f.submitted(SCHOOL_AT_CITY, 'Đinh Công Tráng', THEMATIC);
    const old = await current();
    expect(old.awards[AWARD]).toMatchObject({
      ballot: { comparison: 'AT_LEAST', percent: 75, denominator: 'ALL_MEMBERS' },
      disclosure: { workingDays: 7 },
    });

    // The document as GET /rules/current gives it (prerequisiteTexts and version are the API's to drop).
    const doc = structuredClone(old);
    doc.effectiveFrom = todayVn();
    doc.note =
      'Hội đồng Thành phố: danh hiệu Công dân Thủ đô ưu tú cần 100% thành viên đồng ý; công khai 12 ngày làm việc.';
    doc.awards[AWARD].ballot = { comparison: 'AT_LEAST', percent: 100, denominator: 'ALL_MEMBERS', quorumPercent: 75 };
    doc.awards[AWARD].disclosure = { workingDays: 12 };
    const published = must(await s.post(users.admin, '/rules', doc), 201).body;
    expect(published).toMatchObject({
      version: old.version + 1,
      effectiveFrom: todayVn(),
      awards: { [AWARD]: { ballot: { percent: 100 } } },
    });
    expect(published.awards[AWARD]).not.toHaveProperty('prerequisiteTexts');

    const listed = await versions();
    expect(listed[0]).toMatchObject({
      version: published.version,
      id: old.id,
      effectiveFrom: todayVn(),
      publishedBy: 'quan-tri',
    });
    expect(listed.map((v) => v.version)).toContain(old.version);
    expect(must(await s.get(users.unitOfficer, `/rules/${old.version}`), 200).body.awards[AWARD].ballot.percent).toBe(
      75,
    );
    const inForce = await current();
    expect(inForce).toMatchObject({
      version: published.version,
      awards: { [AWARD]: { ballot: { percent: 100 }, disclosure: { workingDays: 12 } } },
    });
    expect(inForce.awards.LDTT.prerequisiteTexts).toEqual([
      { vi: expect.stringContaining('Hoàn thành tốt nhiệm vụ'), en: expect.stringContaining('completed duties well') },
      { vi: expect.stringContaining('đã đăng ký danh hiệu'), en: expect.stringContaining('registered for the title') },
    ]);

    const after = await f.submitted(SCHOOL_AT_CITY, 'Lý Thường Kiệt', THEMATIC);
    // Both ballots: four of the five members approve (80 %: enough for 75 %, short of 100 %).
    for (const id of [before, after]) {
      must(await s.appraise(users.office, id), 200);
      for (const [i, voter] of SCHOOL_AT_CITY.voters.entries())
        must(await s.vote(voter, id, i < 4 ? 'APPROVE' : 'DISAPPROVE'), 200);
      must(await s.closeBallot(users.office, id), 200);
    }

    const a = (await s.view(users.office, before)).body;
    expect(a.state.rules).toMatchObject({
      ruleSetVersion: old.version,
      award: { ballot: { percent: 75 }, disclosure: { workingDays: 7 } },
    });
    expect(a.state.tally).toMatchObject({
      members: 5,
      eligible: 5,
      approve: 4,
      approvePercent: 80,
      passed: true,
      rule: { percent: 75 },
    });
    expect(a.status).toMatch(/^(DISCLOSURE_OPEN|AWAITING_DECISION)$/);
    expect((await storedEvents(stack, before)).find((e) => e.type === 'DisclosureOpened')?.data.workingDays).toBe(7);

    const b = (await s.view(users.office, after)).body;
    expect(b.state.rules).toMatchObject({
      ruleSetVersion: published.version,
      award: { ballot: { percent: 100 }, disclosure: { workingDays: 12 } },
    });
    expect(b.state.tally).toMatchObject({
      members: 5,
      eligible: 5,
      approve: 4,
      approvePercent: 80,
      passed: false,
      rule: { percent: 100 },
    });
    expect(b).toMatchObject({ status: 'REJECTED', state: { rejection: { reasonCode: 'BALLOT_FAILED' } } });
  });
});

describe('the working-day calendar published by an administrator', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
  });
  afterAll(async () => stack?.close());

  it('publishes the official 2027 schedule over the computed one, keeping the history', async () => {
    const computed = must(await s.get(users.office, '/calendar/2027'), 200).body.computedDefault;
    expect(computed.daysOff).not.toContain('2027-11-15');
    const schedule = {
      daysOff: [...computed.daysOff, '2027-11-15'],
      workingWeekendDays: computed.workingWeekendDays,
      source: 'Thông báo số 01/TB-UBND (kiểm thử): nghỉ thêm thứ Hai 15/11/2027',
    };

    expect((await s.post(users.office, '/calendar/2027', schedule)).body).toMatchObject({
      status: 403,
      code: 'ROLE_NOT_ALLOWED',
    });
    const wrongYear = await s.post(users.admin, '/calendar/2027', { ...schedule, daysOff: ['2026-12-31'] });
    expect(wrongYear.body).toMatchObject({
      status: 422,
      code: 'INVALID_SCHEDULE',
      field: 'daysOff',
      detail: expect.stringContaining('2026-12-31'),
    });
    const weekday = await s.post(users.admin, '/calendar/2027', { ...schedule, workingWeekendDays: ['2027-11-16'] });
    expect(weekday.body).toMatchObject({ status: 422, code: 'INVALID_SCHEDULE', field: 'workingWeekendDays' });
    expect(must(await s.get(users.office, '/calendar/2027'), 200).body.history).toEqual([]);

    const published = must(await s.post(users.admin, '/calendar/2027', schedule), 201).body;
    expect(published).toMatchObject({
      year: 2027,
      version: 1,
      publishedBy: 'quan-tri',
      batchJobId: expect.any(String),
    });
    const again = must(
      await s.post(users.admin, '/calendar/2027', { ...schedule, source: `${schedule.source} (bản 2)` }),
      201,
    ).body;
    expect(again.version).toBe(2);

    const year = must(await s.get(users.authority, '/calendar/2027'), 200).body;
    expect(year.inEffect).toMatchObject({
      origin: 'PUBLISHED',
      version: 2,
      source: `${schedule.source} (bản 2)`,
      daysOff: [...schedule.daysOff].sort(),
    });
    expect(year.history.map((h: { version: number; publishedBy: string }) => [h.version, h.publishedBy])).toEqual([
      [2, 'quan-tri'],
      [1, 'quan-tri'],
    ]);
    expect(year.computedDefault).toEqual(computed);
    expect(must(await s.get(users.office, '/calendar/2026'), 200).body.inEffect.origin).toBe('BUILT_IN');
  });
});
