import ExcelJS from 'exceljs';
import { toCivilDate, VIETNAM_CALENDAR, workingDaysBetween } from '@khen/domain';
import { CITY, flows, must } from '../support/case-flows';
import { bytes } from '../support/file-bytes';
import { nominee, steps } from '../support/nomination-steps';
import { awardToday, launchOwnCampaign, readyForDecision, refuseForCriteria } from '../support/report-fixtures';
import { startTestStack, type TestStack, users } from '../support/test-stack';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { DEMO_DOCUMENTS } from '../../scripts/demo/demo-directory';

let stack: TestStack;
let s: ReturnType<typeof steps>;
let campaign: string;
const SUMMARY = 'Công nhân đứng máy giỏi, ba năm liền vượt định mức, có hai sáng kiến được áp dụng.';
const SUMMARY_PDF = makePdf(['Bao cao tom tat thanh tich dot xuat']);

beforeAll(async () => {
  stack = await startTestStack();
  s = steps(stack);
  campaign = await launchOwnCampaign(stack, 'BAO-CAO');
});
afterAll(async () => stack?.close());

interface Shown {
  type: string;
  recordedAt: string;
  data: Record<string, any>;
}

/** What the report should say, counted here from each case's own events (GET …/events), not by the report's fold. */
async function expectedFrom(ids: string[], asOf: string) {
  const cases = [];
  for (const id of ids) {
    const events = (must(await s.events(users.office, id), 200).body as Shown[]).filter((e) => e.recordedAt <= asOf);
    const drafted = events.find((e) => e.type === 'NominationDrafted')?.data;
    if (!drafted) continue; // not filed yet at that instant
    const decided = events.find((e) => e.type === 'DecisionIssued' || e.type === 'NominationRejected');
    const complete = [...events]
      .reverse()
      .find((e) => e.type === 'DossierSupplemented' || e.type === 'DossierSubmitted');
    cases.push({ drafted, decided, complete });
  }
  const awarded = cases.filter((c) => c.decided?.type === 'DecisionIssued');
  const people = awarded.filter((c) => c.drafted.nominee.subject === 'INDIVIDUAL');
  const teams = awarded.filter((c) => c.drafted.nominee.subject === 'COLLECTIVE');
  const pct = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);
  const share = (n: number, of: number) => ({ count: n, of, percent: pct(n, of) });
  const days = cases
    .filter((c) => c.decided && c.complete)
    .map((c) =>
      workingDaysBetween(
        VIETNAM_CALENDAR,
        toCivilDate(new Date(c.complete!.recordedAt)),
        toCivilDate(new Date(c.decided!.recordedAt)),
      ),
    )
    .sort((a, b) => a - b);
  const rejected = cases.filter((c) => c.decided?.type === 'NominationRejected');
  return {
    cases: {
      filed: cases.length,
      decided: cases.filter((c) => c.decided).length,
      open: cases.filter((c) => !c.decided).length,
    },
    total: awarded.length,
    extraordinary: share(awarded.filter((c) => c.drafted.kind === 'DOT_XUAT').length, awarded.length),
    women: share(people.filter((c) => c.drafted.nominee.gender === 'FEMALE').length, people.length),
    directWorkers: share(people.filter((c) => c.drafted.nominee.directWorker === true).length, people.length),
    smallCollectives: share(teams.filter((c) => c.drafted.nominee.smallCollective === true).length, teams.length),
    decidedCount: days.length,
    p50: days.length ? days[Math.floor(days.length / 2)] : null,
    refusals: rejected.map((c) => c.decided!.data.reasonCode),
  };
}

const report = (query: string) => s.get(users.office, `/reports/board?campaign=${campaign}${query}`);
describe("the board's report of a campaign", () => {
  const ids: string[] = [];
  let before: string;

  it('counts what was decided, by title, kind and the priorities of Law art. 5, as the events say, and as of a past instant', async () => {
    const f = flows(stack);
    const lan = await readyForDecision(
      stack,
      campaign,
      'Nguyễn Thị Báo Cáo',
      { gender: 'FEMALE', directWorker: true },
      'INDIVIDUAL',
      { achievements: { summary: SUMMARY } },
    );
    await awardToday(stack, lan);
    ids.push(lan);
    await new Promise((r) => setTimeout(r, 20));
    before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));

    const team = await readyForDecision(
      stack,
      campaign,
      'Tổ Toán trường Báo Cáo',
      { smallCollective: true },
      'COLLECTIVE',
    );
    await awardToday(stack, team);
    const refused = await readyForDecision(stack, campaign, 'Trần Văn Chưa Đạt', { gender: 'MALE' });
    await refuseForCriteria(stack, refused);
    // An extraordinary feat: the simplified procedure (short dossier, appraisal only, no ballot).
    must(await s.upload(CITY.officer, SUMMARY_PDF, 'Báo cáo tóm tắt.pdf'), 201);
    const featForm: object = {
      campaignId: campaign,
      kind: 'DOT_XUAT',
      nominee: nominee('Lê Văn Dũng Cảm', 'INDIVIDUAL', { gender: 'MALE', directWorker: true }),
    };
    const feat = await f.filed(CITY, 'Lê Văn Dũng Cảm', featForm);
    must(
      await s.submit(CITY.officer, feat, [
        DEMO_DOCUMENTS.find((d) => d.code === 'TO_TRINH')!,
        { code: 'BAO_CAO_TOM_TAT', title: 'Báo cáo tóm tắt thành tích', sha256: sha256Of(SUMMARY_PDF) },
      ]),
      200,
    );
    must(await s.appraise(CITY.office, feat), 200);
    await s.untilStatus(CITY.office, feat, 'AWAITING_DECISION');
    await awardToday(stack, feat);
    const open = await f.submitted(CITY, 'Phạm Thị Đang Xét', {
      campaignId: campaign,
      nominee: nominee('Phạm Thị Đang Xét', 'INDIVIDUAL', { gender: 'FEMALE' }),
    });
    ids.push(team, refused, feat, open);
    const now = new Date().toISOString();

    const r = must(await report(`&year=2026&asOf=${now}`), 200).body;
    const want = await expectedFrom(ids, now);
    expect(r.cases).toEqual(want.cases);
    expect(r.cases).toEqual({ filed: 5, decided: 4, open: 1 });
    expect(r.awards).toMatchObject({ total: want.total, individuals: 2, collectives: 1 });
    expect(r.awards.byAward).toEqual([
      {
        awardCode: 'BK_TINH',
        awardName: 'Bằng khen cấp bộ, ban, ngành, tỉnh',
        count: 3,
        byKind: { CONG_TRANG: 2, DOT_XUAT: 1 },
      },
    ]);
    expect(r.awards.byUnit).toEqual([{ unitId: 'SO-GD', unitName: 'Sở Giáo dục và Đào tạo', count: 3 }]);
    expect(r.shares).toEqual({
      directWorkers: want.directWorkers,
      women: want.women,
      smallCollectives: want.smallCollectives,
      extraordinary: want.extraordinary,
    });
    expect(r.shares.women).toEqual({ count: 1, of: 2, percent: 50 });
    expect(r.timeliness.overall).toMatchObject({ count: want.decidedCount, p50WorkingDays: want.p50 });
    expect(r.timeliness.byLevel.map((l: { level: string; count: number }) => [l.level, l.count])).toEqual([
      ['PROVINCE', 4],
    ]);
    expect(r.refusals).toEqual({
      total: 1,
      byReason: want.refusals.map((code) => ({ reasonCode: code, reasonName: 'Chưa đủ tiêu chuẩn', count: 1 })),
    });

    // As of an instant past: only the first award was recorded then, and the report says so again and again.
    const past = must(await report(`&asOf=${before}`), 200).body;
    const wantPast = await expectedFrom(ids, before);
    expect(past.cases).toEqual(wantPast.cases);
    expect(past.awards.total).toBe(1);
    expect(past.shares.women).toEqual({ count: 1, of: 1, percent: 100 });
    expect(must(await report(`&asOf=${before}`), 200).body).toEqual(past);
    // Another year, level or unit of the same campaign has nothing.
    expect(must(await report(`&year=2025`), 200).body.cases.filed).toBe(0);
    expect(must(await report(`&level=DEPARTMENT`), 200).body.cases.filed).toBe(0);
  });

  it('exports the same figures as CSV and XLSX, in the layout of docs/reports.md', async () => {
    const csv = await s.get(users.admin, `/reports/board/export?campaign=${campaign}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Mục,Mã,Tên,Số lượng,Trên tổng số,Tỷ lệ (%),Trung vị (ngày làm việc),Phân vị 90 (ngày làm việc),Số hồ sơ quá hạn',
    );
    expect(lines).toContain(
      '"Khen thưởng theo danh hiệu, hình thức",BK_TINH,"Bằng khen cấp bộ, ban, ngành, tỉnh",3,3,,,,',
    );
    expect(lines).toContain('Tỷ lệ ưu tiên (Luật TĐKT điều 5),women,Nữ (trên số cá nhân),1,2,50,,,');
    expect(lines).toContain('Không khen thưởng theo lý do,CRITERIA_NOT_MET,Chưa đủ tiêu chuẩn,1,1,,,,');

    const xlsx = await bytes(s.get(users.office, `/reports/board/export?campaign=${campaign}&format=xlsx`)).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    expect(book.worksheets.map((w) => w.name)).toHaveLength(9);
    const shares = book.worksheets[5]!;
    expect(shares.getRow(1).getCell(1).value).toBe('Tỷ lệ ưu tiên (Luật TĐKT điều 5)');
    expect(shares.getRow(4).values).toEqual([undefined, 'women', 'Nữ (trên số cá nhân)', 1, 2, 50, '', '', '']);
  });

  it('lists the awards on the public honour roll: searchable without diacritics, a page at a time, nothing private', async () => {
    const [lan, team, refused] = ids;
    const found = (await stack.http().get('/api/public/awards?q=bao%20CAO&year=2026').expect(200)).body;
    const mine = found.items.filter((a: { nominationId: string }) => ids.includes(a.nominationId));
    expect(mine.map((a: { nominationId: string }) => a.nominationId).sort()).toEqual([lan, team].sort());
    expect(mine.find((a: { nominationId: string }) => a.nominationId === lan)).toMatchObject({
      nomineeName: 'Nguyễn Thị Báo Cáo',
      unitName: 'Sở Giáo dục và Đào tạo',
      awardName: 'Bằng khen cấp bộ, ban, ngành, tỉnh',
      year: 2026,
      achievementSummary: SUMMARY,
    });
    expect(found.items.map((a: { nominationId: string }) => a.nominationId)).not.toContain(refused);
    const key = (await s.view(users.office, lan)).body.state.nominee.key as string;
    expect(JSON.stringify(found)).not.toContain(key);
    const first = (await stack.http().get('/api/public/awards?q=bao%20cao&year=2026&limit=1').expect(200)).body;
    const second = (await stack.http().get('/api/public/awards?q=bao%20cao&year=2026&limit=1&offset=1').expect(200))
      .body;
    expect(first).toMatchObject({ total: found.total, limit: 1, offset: 0 });
    expect([first.items.length, second.items.length]).toEqual([1, 1]);
    expect(second.items[0].nominationId).not.toBe(first.items[0].nominationId);
    const nobody = (await stack.http().get('/api/public/awards?q=Kh%C3%B4ng%20ai%20t%C3%AAn%20n%C3%A0y').expect(200))
      .body;
    expect(nobody).toMatchObject({ items: [], total: 0 });
  });

  it('is for the administrator and the TĐKT office only, and names a bad filter in Vietnamese', async () => {
    expect((await s.get(users.unitOfficer, `/reports/board`)).status).toBe(403);
    expect((await s.get(users.authority, `/reports/board`)).status).toBe(403);
    const bad = await s.get(users.office, `/reports/board?level=TINH&asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/level|asOf/);
  });
});
