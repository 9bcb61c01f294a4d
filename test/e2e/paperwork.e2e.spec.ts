import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { certificateCode, docxText, layoutToDocx, SEED_LAYOUTS } from '../../apps/api/src/paperwork/drafting';
import { CITY, flows, must } from '../support/case-flows';
import { bytes } from '../support/file-bytes';
import { decisionNumber, nominee, snapshot, steps, storedEvents, todayVn } from '../support/nomination-steps';
import { flat, pdfFacts, pdfText, pdfToPng } from '../support/pdf-text';
import { startTestStack, type TestStack, users } from '../support/test-stack';

const ARTIFACTS = join(__dirname, '../artifacts/paperwork');
/** A teacher of the filing unit: the drafts name the position. */
const teacher = (name: string) => ({ nominee: nominee(name, 'INDIVIDUAL', { position: 'Giáo viên' }) });
const HASH = 'x-khen-draft-sha256';

/** The paperwork of a case, drafted from its events: the minutes, the decision, the certificates. */
describe('paperwork', () => {
  let stack: TestStack;
  let s: ReturnType<typeof steps>;
  let f: ReturnType<typeof flows>;

  beforeAll(async () => {
    stack = await startTestStack();
    s = steps(stack);
    f = flows(stack);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => stack?.close());

  const draft = (who: typeof users.office, id: string, kind: string, query = '') =>
    bytes(stack.http().get(`/api/nominations/${id}/drafts/${kind}${query}`).set('Authorization', s.as(who)));
  /** A PDF kept for a person to look at: its first page (and one more) as PNG in test/artifacts/paperwork. */
  const keep = (name: string, pdf: Buffer, pages = [1]) => {
    writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
    for (const p of pages) pdfToPng(pdf, join(ARTIFACTS, `${name}-${p}`), p);
  };
  const event = async (id: string, type: string) => (await storedEvents(stack, id)).find((e) => e.type === type)!.data;

  it('drafts the minutes after the ballot, the decision before signing, and the certificates after it', async () => {
    const name = 'Nguyễn Thị Biên Bản';
    const id = await f.ballotOpen(CITY, name, teacher(name));
    const early = must(await draft(users.office, id, 'minutes'), 409);
    expect(JSON.parse(early.body.toString())).toMatchObject({ code: 'DRAFT_STEP_NOT_REACHED', field: 'kind' });
    expect(JSON.parse(early.body.toString()).detail).toMatch(/^Chưa thể soạn biên bản/);
    must(await draft(users.authority, id, 'certificates'), 409);

    for (const voter of CITY.voters) must(await s.vote(voter, id, 'APPROVE'), 200);
    must(await s.closeBallot(CITY.office, id), 200);
    const { tally } = await event(id, 'ReviewClosed');
    const minutesPdf = must(await draft(users.office, id, 'minutes'), 200);
    expect(minutesPdf.headers['content-type']).toBe('application/pdf');
    expect(minutesPdf.headers['content-disposition']).toMatch(/^attachment; filename="Bien-ban-hop-Hoi-dong-/);
    const minutesDocx = must(await draft(users.office, id, 'minutes', '?format=docx'), 200);
    const expected = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hội đồng Thi đua – Khen thưởng Thành phố',
      `${name}, Giáo viên, Sở Giáo dục và Đào tạo`,
      `Đồng ý: ${tally.approve}/${tally.denominator}`,
      `không đồng ý: ${tally.disapprove}`,
      `không tham gia vì cùng đơn vị: ${tally.recused}; được bỏ phiếu: ${tally.eligible}`,
      `Ngưỡng: từ ${tally.threshold}% tổng số thành viên Hội đồng`,
      'Kết luận: đạt',
      'Phạm Quốc Hùng',
    ];
    const minutesText = flat(pdfText(minutesPdf.body));
    for (const text of [minutesText, flat(docxText(minutesDocx.body))])
      for (const e of expected) expect(text).toContain(e);
    expect(pdfFacts(minutesPdf.body).fonts.every((x) => x.embedded)).toBe(true);
    keep('bien-ban', minutesPdf.body);

    await s.untilStatus(CITY.office, id, 'AWAITING_DECISION');
    const number = decisionNumber('UBND');
    const today = todayVn();
    const decisionDraft = must(
      await draft(
        users.authority,
        id,
        'decision',
        `?decisionNumber=${encodeURIComponent(number)}&decisionDate=${today}`,
      ),
      200,
    );
    const draftSha = decisionDraft.headers[HASH];
    expect(draftSha).toBe(sha256Of(decisionDraft.body));
    const { rules } = await event(id, 'DossierSubmitted');
    const [y, m, d] = today.split('-').map(Number);
    const dateWords = `ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
    const decisionText = flat(pdfText(decisionDraft.body));
    for (const e of [
      `Số: ${number}`,
      `Hà Nội, ${dateWords}`,
      `Căn cứ ${rules.legalBasis}`,
      `Tặng ${rules.award.nameVi} cho ${name}`,
    ])
      expect(decisionText).toContain(e);
    keep('du-thao-quyet-dinh', decisionDraft.body);

    // The authority signs the printed draft and uploads the scan; the decision records both.
    const scan = makePdf(['Quyet dinh da ky', number]);
    must(await s.upload(users.authority, scan, 'quyet-dinh-da-ky.pdf'), 201);
    const award = { outcome: 'AWARD', decisionNumber: number, decisionDate: today };
    const unknownDraft = { ...award, signedDocument: { sha256: sha256Of(scan), draftSha256: 'f'.repeat(64) } };
    const refused = must(await s.decide(users.authority, id, unknownDraft), 422).body;
    expect(refused).toMatchObject({ code: 'DRAFT_NOT_STORED', field: 'signedDocument.draftSha256' });
    expect(refused.detail).toMatch(/^Bản dự thảo đã ký/);
    // The minutes are a draft Khen stored, but not a decision: the decision cannot name them.
    const minutesDraft = {
      ...award,
      signedDocument: { sha256: sha256Of(scan), draftSha256: minutesPdf.headers[HASH] },
    };
    expect(must(await s.decide(users.authority, id, minutesDraft), 422).body.code).toBe('DRAFT_NOT_STORED');
    must(
      await s.decide(users.authority, id, {
        ...award,
        signedDocument: { sha256: sha256Of(scan), draftSha256: draftSha },
      }),
      200,
    );
    const issued = await event(id, 'DecisionIssued');
    expect(issued.signedDocument).toMatchObject({ sha256: sha256Of(scan), draftSha256: draftSha });

    const certificates = must(await draft(users.authority, id, 'certificates'), 200);
    expect(pdfFacts(certificates.body).pages).toBe(1);
    const page = flat(pdfText(certificates.body));
    for (const e of [name, rules.award.nameVi.toLocaleUpperCase('vi-VN'), `Quyết định số ${number}`, issued.signerName])
      expect(page).toContain(e);
    const code = certificateCode(id);
    expect(page).toContain(`Mã xác minh: ${code}`);
    keep('bang-khen', certificates.body);
    const verified = must(await stack.http().get(`/api/public/certificates/${code}`), 200).body;
    expect(verified).toMatchObject({ nominationId: id, nomineeName: name, decisionNumber: number });
    must(await stack.http().get('/api/public/certificates/0000-0000-0000'), 404);
    // The honour roll links each award to the page its certificate's QR code opens.
    const roll = must(await stack.http().get(`/api/public/awards?q=${encodeURIComponent(name)}`), 200).body;
    expect(roll.items.find((x: { nominationId: string }) => x.nominationId === id)).toMatchObject({
      certificateCode: code,
      verifyUrl: `/xac-minh/${code}`,
    });
  });

  it('drafts a list decision for several cases, then prints their certificates one page each', async () => {
    const names = ['Trần Văn Danh Sách', 'Lê Thị Danh Sách', 'Phạm Minh Danh Sách'];
    const ids = await Promise.all(names.map((n) => f.awaitingDecision(CITY, n, teacher(n))));
    const number = decisionNumber('UBND');
    const today = todayVn();
    const list = must(
      await bytes(
        stack
          .http()
          .post('/api/paperwork/decision-drafts')
          .set('Authorization', s.as(users.authority))
          .send({ nominationIds: ids, decisionNumber: number, decisionDate: today, format: 'docx' }),
      ),
      200,
    );
    const text = flat(docxText(list.body));
    expect(text).toContain(`cho ${names.length} cá nhân, tập thể có tên trong danh sách`);
    names.forEach((n, i) => expect(text).toContain(`${i + 1} ${n} Giáo viên`));
    const listSha = list.headers[HASH];
    expect(listSha).toBe(sha256Of(list.body));

    // A decision names a draft of its own case: the first case's own draft does not sign the second.
    const own = must(
      await draft(users.authority, ids[0], 'decision', `?decisionNumber=${encodeURIComponent(number)}`),
      200,
    );
    const scan = makePdf(['Quyet dinh danh sach da ky', number]);
    must(await s.upload(users.authority, scan, 'quyet-dinh-danh-sach-da-ky.pdf'), 201);
    const signing = (draftSha256: string) => ({
      outcome: 'AWARD',
      decisionNumber: number,
      decisionDate: today,
      signedDocument: { sha256: sha256Of(scan), draftSha256 },
    });
    const before = await snapshot(stack, ids[1]);
    const other = must(await s.decide(users.authority, ids[1], signing(own.headers[HASH])), 422).body;
    expect(other).toMatchObject({ code: 'DRAFT_NOT_STORED', field: 'signedDocument.draftSha256' });
    // The inbox's way (completing the task, as the pages do) checks it the same, before anything is recorded.
    const [{ task_id: task }] = await stack.db.query(
      `SELECT task_id FROM tasks WHERE nomination_id = $1 AND task_type = 'SIGN_DECISION' AND status = 'OPEN'`,
      [ids[1]],
    );
    const viaTask = must(
      await s.post(users.authority, `/tasks/${encodeURIComponent(task)}/complete`, signing(own.headers[HASH])),
      422,
    ).body;
    expect(viaTask).toMatchObject({ code: 'DRAFT_NOT_STORED', field: 'signedDocument.draftSha256' });
    expect(await snapshot(stack, ids[1])).toEqual(before);

    // The list decision's draft signs every case on it, and each case records it.
    for (const id of ids) must(await s.decide(users.authority, id, signing(listSha)), 200);
    for (const id of ids) expect((await event(id, 'DecisionIssued')).signedDocument.draftSha256).toBe(listSha);
    const signed = must(await draft(users.office, ids[0], 'decision'), 200);
    const signedText = flat(pdfText(signed.body));
    for (const n of names) expect(signedText).toContain(n);
    expect(signedText).toContain('Họ và tên');
    keep('quyet-dinh-danh-sach', signed.body);

    const certificates = must(await draft(users.authority, ids[1], 'certificates'), 200);
    expect(pdfFacts(certificates.body).pages).toBe(names.length);
    const pages = pdfText(certificates.body).split('\f').map(flat);
    // One page each, whatever the order the cases were filed in, each with its own code.
    names.forEach((n, i) => {
      const own = pages.filter((p) => p.includes(n));
      expect(own).toHaveLength(1);
      expect(own[0]).toContain(`Mã xác minh: ${certificateCode(ids[i])}`);
    });
    keep('bang-khen-danh-sach', certificates.body, [1, 3]);
  });

  it('takes a new template version from an administrator, in force from its date, and refuses one it cannot fill', async () => {
    const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const upload = (body: Buffer, effectiveFrom = todayVn()) =>
      stack
        .http()
        .post(`/api/paperwork/templates/PROPOSAL?effectiveFrom=${effectiveFrom}`)
        .set('Authorization', s.as(users.admin))
        .set('Content-Type', DOCX)
        .set('X-File-Name', 'to-trinh-v2.docx')
        .send(body);
    const seed = SEED_LAYOUTS.PROPOSAL;
    const withLine = (text: string) =>
      layoutToDocx({ ...seed, blocks: [...seed.blocks, { kind: 'line', line: { text } }] });

    const unknown = must(await upload(withLine('Người ký: {hoTenNguoiKy}')), 422).body;
    expect(unknown).toMatchObject({ code: 'TEMPLATE_PLACEHOLDER_UNKNOWN', field: 'file' });
    expect(unknown.detail).toContain('{hoTenNguoiKy}');
    const broken = must(await upload(Buffer.from('PK\u0003\u0004 not really a docx')), 422).body;
    expect(broken).toMatchObject({ code: 'TEMPLATE_UNREADABLE', field: 'file' });
    // A day that does not exist, or year 0 (which PostgreSQL has not), is refused at the edge, naming the date.
    for (const day of ['2026-02-30', '0000-01-01']) {
      const refused = must(await upload(withLine('{nomineeName}'), day), 400).body;
      expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'effectiveFrom' }] });
    }
    const before = must(
      await stack.http().get('/api/paperwork/templates').set('Authorization', s.as(users.admin)),
      200,
    );

    // A version in force from a later date leaves today's drafts as they were.
    must(await upload(withLine('Mẫu của năm sau: {nomineeName}'), '2099-01-01'), 201);
    const published = must(await upload(withLine('Mẫu phiên bản mới cho {nomineeName}')), 201).body;
    expect(published).toMatchObject({ kind: 'PROPOSAL', effectiveFrom: todayVn() });
    expect(published.version).toBeGreaterThan(1);
    // The PDF says what it follows: the built-in layout, whatever DOCX was uploaded.
    expect(published.pdfLayout).toBe('BUILT_IN');
    const after = must(await stack.http().get('/api/paperwork/templates').set('Authorization', s.as(users.admin)), 200);
    expect(after.body.items.length).toBe(before.body.items.length + 2);

    const id = await f.filed(CITY, 'Võ Thị Mẫu Mới');
    const proposal = must(await draft(users.unitOfficer, id, 'proposal', '?format=docx'), 200);
    const text = flat(docxText(proposal.body));
    expect(text).toContain('Mẫu phiên bản mới cho Võ Thị Mẫu Mới');
    expect(text).not.toContain('Mẫu của năm sau');
    expect(text).toContain('TỜ TRÌNH');
  });
});
