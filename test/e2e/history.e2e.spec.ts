import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { eventually, steps } from '../support/nomination-steps';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const run = promisify(execFile);
const CLI = join(__dirname, '../../dist/apps/cli/src/khen.js');

/** The steps people took, as the administrators' timeline lists them (task and clock entries aside). */
const DOMAIN_TIMELINE = [
  'NominationDrafted',
  'DossierSubmitted',
  'AppraisalCompleted',
  'ReviewOpened',
  'VoteCast',
  'VoteCast',
  'VoteCast',
  'VoteCast',
  'ReviewClosed',
  'DisclosureOpened',
  'DisclosureClosed',
  'DecisionIssued',
];

describe('administrators: timeline, as-of, integrity and exports of a real case', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let id: string;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Lưu Thị Lịch Sử', subject: 'INDIVIDUAL' } })
      .expect(201);
    id = created.body.nominationId;
    await s.submit(users.unitOfficer, id).expect(200);
    await s.appraise(users.office, id).expect(200);
    for (const m of [users.member1, users.member2, users.member3, users.member5])
      await s.vote(m, id, 'APPROVE').expect(200);
    await s.closeBallot(users.office, id).expect(200);
    await eventually(
      async () => (await s.view(users.office, id)).body.status,
      (st) => st === 'AWAITING_DECISION',
    );
    await s.award(users.authority, id, `LS-${id.slice(0, 8)}/QĐ-UBND`).expect(200);
  });
  afterAll(async () => stack?.close());

  it('shows every step in order with who, role, unit, when, stage, the tally but never a choice, and the Temporal run', async () => {
    const t = (await s.get(users.admin, `/nominations/${id}/timeline`).expect(200)).body;
    const steps = t.entries.filter((e: { domain: boolean }) => e.domain);
    expect(steps.map((e: { type: string }) => e.type)).toEqual(DOMAIN_TIMELINE);
    expect(steps[0]).toMatchObject({
      labelVi: 'Lập hồ sơ đề nghị',
      actor: { id: 'cb-so-gd', role: 'UNIT_OFFICER', unitId: 'SO-GD' },
      stage: 'UNIT_PROPOSAL',
    });
    expect(steps[2]).toMatchObject({
      actor: { id: 'ban-tdkt', role: 'TDKT_OFFICE' },
      summaryVi: 'Hồ sơ đầy đủ, đúng quy định.',
      seen: { version: expect.any(Number), ruleSetId: 'VN-2025-07' },
    });
    // Who voted is the office's to know, not the administrator's: the votes are anonymous here.
    const votes = steps.filter((e: { type: string }) => e.type === 'VoteCast');
    expect(votes.map((v: { actor: { id: string | null; role: string } }) => v.actor)).toEqual(
      Array(4).fill({ id: null, role: 'COUNCIL_MEMBER', name: null, unitId: null }),
    );
    const office = (await s.get(users.office, `/nominations/${id}/timeline`).expect(200)).body;
    expect(
      office.entries
        .filter((e: { domain: boolean; type: string }) => e.domain && e.type === 'VoteCast')
        .map((v: { actor: { id: string } }) => v.actor.id),
    ).toEqual(['hd-chu-tich', 'hd-tai-chinh', 'hd-y-te', 'hd-cong-thuong']);
    expect(JSON.stringify(t)).not.toMatch(/"choice"|APPROVE/);
    // Counted over the five seated members, the recused one included: 4/5 = 80 %.
    expect(steps[8].summaryVi).toContain('4/5 phiếu đồng ý trên tổng số thành viên Hội đồng (80%)');
    expect(steps[11]).toMatchObject({
      actor: { id: 'chu-tich-ubnd', role: 'AUTHORITY' },
      stage: 'CLOSED',
      changes: expect.arrayContaining([{ field: 'outcome', from: null, to: 'AWARDED' }]),
    });
    expect(t.stageDurations.map((v: { stage: string }) => v.stage)).toEqual([
      'UNIT_PROPOSAL',
      'COUNCIL_REVIEW',
      'PUBLIC_DISCLOSURE',
      'FINAL_DECISION',
    ]);
    expect(
      t.stageDurations.every((v: { workingDays: number; to: string | null }) => v.workingDays >= 0 && v.to !== null),
    ).toBe(true);
    expect(t).toMatchObject({
      workflowId: `nomination-${id}`,
      runIds: [expect.any(String)],
      temporalUiUrl: expect.stringContaining(`/workflows/nomination-${id}`),
    });
    await s.get(users.unitOfficer, `/nominations/${id}/timeline`).expect(403);
  });

  it('reconstructs the case at three instants', async () => {
    const events = (await s.events(users.admin, id).expect(200)).body as { type: string; recordedAt: string }[];
    const at = (type: string) => events.find((e) => e.type === type)!.recordedAt;
    const asOf = async (instant: string) =>
      (await s.get(users.admin, `/nominations/${id}/as-of?at=${encodeURIComponent(instant)}`).expect(200)).body.state;
    expect(await asOf(at('NominationDrafted'))).toMatchObject({ status: 'DRAFT', stage: 'UNIT_PROPOSAL' });
    expect(await asOf(at('ReviewOpened'))).toMatchObject({ status: 'BALLOT_OPEN', ballot: { voters: [] } });
    expect(await asOf(at('DecisionIssued'))).toMatchObject({
      outcome: 'AWARDED',
      decision: { signerId: 'chu-tich-ubnd' },
    });
    expect((await s.get(users.admin, `/nominations/${id}/as-of?version=2`).expect(200)).body).toMatchObject({
      version: 2,
      state: { status: 'SUBMITTED' },
    });
  });

  it('proves the record: the chain verifies, a signed export checks offline, a tampered one does not', async () => {
    expect((await s.get(users.admin, `/nominations/${id}/integrity`).expect(200)).body).toMatchObject({
      ok: true,
      streams: 1,
    });
    const exported = await s.get(users.admin, `/nominations/${id}/signed-export`).expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'khen-export-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, exported.text);
    const ok = await run(process.execPath, [CLI, 'verify-export', file, '--json']);
    expect(JSON.parse(ok.stdout)).toEqual({ ok: true, signatureValid: true, chainValid: true });
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.events[3].data.opinion = 'Đã bị sửa';
    writeFileSync(file, JSON.stringify(doc));
    const bad = await run(process.execPath, [CLI, 'verify-export', file, '--json']).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      signatureValid: false,
      chainValid: false,
      broken: { streamVersion: 4 },
    });
  });

  it('finds the case by nominee and actor, and exports the result set as CSV and XLSX', async () => {
    const found = (
      await s.get(users.admin, `/nominations?nominee=${encodeURIComponent('Lịch Sử')}&actor=chu-tich-ubnd`).expect(200)
    ).body;
    expect(found.items.map((r: { nominationId: string }) => r.nominationId)).toContain(id);
    const csv = await s
      .get(users.admin, `/nominations/export?format=csv&nominee=${encodeURIComponent('Lịch Sử')}`)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFMã hồ sơ,Người/tập thể được đề nghị,Mã định danh,Danh hiệu/hình thức,Loại hình,Năm thành tích,Đơn vị,Đợt thi đua,Hội đồng,Giai đoạn,Trạng thái,Kết quả,Hạn xử lý,Lập lúc,Cập nhật lúc',
    );
    expect(csv.text).toContain(`${id},Lưu Thị Lịch Sử`);
    expect(csv.text).toContain('Được khen thưởng');
    const xlsx = await s
      .get(users.admin, `/nominations/export?format=xlsx&nominee=${encodeURIComponent('Lịch Sử')}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes(id) && r.includes('Lưu Thị Lịch Sử'))).toBe(true);
  });
});
