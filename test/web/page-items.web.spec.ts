import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { makePdf } from '../../scripts/demo/demo-documents';
import { CITY, DEPARTMENT, flows, must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { seedBreachedCase } from '../support/web-fixtures';
import { newPage, screenshot, webSuite } from '../support/web-browser';

/**
 * Each page item of the roles, shown in Chromium against the real stack: the office's hand-over
 * picker; the inbox's labelled deadline, self-refresh and focus; the authority's date errors and batch
 * signing; the administrator's timeline in words, search, as-of by time, landing page, integrity
 * check and export; field messages, the not-found page, English timeline and the decimal comma.
 * Cases are brought to each step through the API (the standard path walks them through the pages).
 */
describe('page items, role by role', () => {
  // Long enough for a citizen to object in the page, short enough for cases to reach the decision.
  const web = webSuite({ KHEN_DISCLOSURE_OVERRIDE_MS: '12000' });
  let s: ReturnType<typeof steps>;
  let f: ReturnType<typeof flows>;

  beforeAll(async () => {
    s = steps(web.stack);
    f = flows(web.stack);
  });

  const row = (p: Page, type: string, name: string) => p.locator(`tr[data-type="${type}"]`).filter({ hasText: name });

  it('office: the head of the office reassigns from a list of eligible people by name, and still sees the task', async () => {
    const name = 'Đoàn Văn Chọn Người';
    await f.submitted(CITY, name);
    const p = await web.as(users.office, '/hop-viec');
    await row(p, 'APPRAISE_DOSSIER', name).getByRole('button', { name: 'Giao lại' }).click();
    const picker = p.getByLabel('Giao lại cho');
    // The eligible people load after the form opens.
    await picker.locator('option', { hasText: 'Phan Anh Tuấn' }).waitFor({ state: 'attached' });
    const options = await picker.locator('option').allTextContents();
    expect(options).toContain('Phan Anh Tuấn (chuyên viên Ban TĐKT)');
    expect(options.join('|')).not.toContain('Trần Văn Minh');
    expect(options.join('|')).not.toContain('Phạm Quốc Hùng');
    await picker.selectOption('ban-tdkt-2');
    await screenshot(p, 'items-reassign-picker');
    // The picker's own form (other rows have their own 'Giao lại' buttons).
    await p.locator('form').filter({ has: picker }).getByRole('button', { name: 'Giao lại', exact: true }).click();
    await p.getByText(`Đã giao lại việc của ${name} cho Phan Anh Tuấn (chuyên viên Ban TĐKT).`).waitFor();
    await row(p, 'APPRAISE_DOSSIER', name).getByText('ban-tdkt-2').waitFor();
    await p.close();
  });

  it('inbox: one labelled deadline per row, a self-refresh when a task arrives, focus on the claimed task', async () => {
    const p = await web.as(users.office2, '/hop-viec');
    await p.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    const name = 'Mạc Thị Mới Đến';
    await f.submitted(CITY, name);
    // No reload: the page asks again on its own (If-None-Match) and shows the new task.
    const task = row(p, 'APPRAISE_DOSSIER', name);
    await task.waitFor({ timeout: 30_000 });
    await p.getByTestId('inbox-arrived').waitFor();
    const deadline = task.getByTestId('deadline');
    expect(await deadline.textContent()).toMatch(
      /^(Hạn của việc:|Hạn của giai đoạn \(SLA\):) \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    expect(await deadline.textContent()).not.toContain('Không có hạn');
    expect(await p.locator('th', { hasText: 'Thời hạn' }).count()).toBe(1);
    await task.getByRole('button', { name: 'Nhận việc' }).click();
    await p.locator('.task-action h2').filter({ hasText: name }).waitFor();
    await p.waitForFunction("!!document.activeElement && !!document.activeElement.closest('.task-action')");
    await screenshot(p, 'items-inbox-deadline');
    await p.close();
  });

  it('council member: the threshold and its denominator are shown with the ballot, in Vietnamese numbers', async () => {
    const name = 'Khúc Văn Ngưỡng';
    const id = await f.ballotOpen(CITY, name);
    const p = await web.as(users.member2, `/ho-so/${id}`);
    await p.getByTestId('ballot-rule').filter({ hasText: '80 %' }).waitFor();
    await p.getByTestId('my-ballot').filter({ hasText: 'Bạn chưa bỏ phiếu' }).waitFor();
    await p.close();
  });

  it('authority: date errors in dd/mm/yyyy at the field, cleared when fixed, and one decision signed over two cases', async () => {
    const a = 'Lý Thị Danh Sách';
    const b = 'Tạ Văn Danh Sách';
    const ids = [await f.awaitingDecision(CITY, a), await f.awaitingDecision(CITY, b)];
    const p = await web.as(users.authority, '/hop-viec');
    await row(p, 'SIGN_DECISION', a).getByRole('button', { name: 'Nhận việc' }).click();
    await p.getByLabel('Số quyết định').fill('1/QĐ-UBND');
    const date = p.getByLabel('Ngày ký');
    await date.fill('31/02/2026');
    await p.getByLabel('Số quyết định').focus();
    await p.getByText('Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 20/12/2026.').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await date.fill('01/01/2099');
    await p.getByRole('button', { name: 'Ký quyết định…' }).click();
    await p.getByText('Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy và không sau ngày hôm nay.').waitFor();
    await screenshot(p, 'items-decision-date-error');
    expect(await p.getByRole('dialog').isVisible()).toBe(false);
    expect(await p.locator('body').textContent()).not.toMatch(/yyyy-MM-dd|decisionDate/);
    await date.fill('01/12/2026');
    expect(await p.getByText('Ngày không hợp lệ').count()).toBe(0);
    await p.getByRole('button', { name: 'Trả việc' }).click();
    // Batch: both cases picked in the table, one decision.
    await p.getByLabel(`Chọn hồ sơ ${a} để ký chung`).check();
    await p.getByLabel(`Chọn hồ sơ ${b} để ký chung`).check();
    await p.getByText('Đã chọn 2 hồ sơ.').waitFor();
    const number = `${ids[0]!.slice(0, 5)}/QĐ-UBND`;
    await p.locator('#batch-number').fill(number);
    // The list decision's draft over the two cases, downloaded from the form; its hash goes with the signing.
    const [draftFile] = await Promise.all([
      p.waitForEvent('download'),
      p.locator('form.batch [data-sign-draft="pdf"]').click(),
    ]);
    const listDraft = readFileSync((await draftFile.path())!);
    const listSha = createHash('sha256').update(listDraft).digest('hex');
    await p
      .getByTestId('batch-draft-state')
      .filter({ hasText: listSha.slice(0, 12) })
      .waitFor();
    await p.locator('#batch-file').setInputFiles({
      name: 'Quyết định danh sách.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf(['Quyet dinh danh sach', number]),
    });
    await p.locator('#batch-file-state').filter({ hasText: 'Quyết định danh sách.pdf' }).waitFor();
    await p.getByRole('button', { name: 'Ký quyết định cho 2 hồ sơ…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Xác nhận ký quyết định' });
    await dialog.getByText('khen thưởng 2 người').waitFor();
    for (const n of [a, b]) expect(await dialog.textContent()).toContain(n);
    await screenshot(p, 'items-batch-confirm');
    await dialog.getByRole('button', { name: 'Ký quyết định' }).click();
    await p.getByText(`Đã ký quyết định số ${number} cho 2 hồ sơ.`).waitFor();
    for (const id of ids) {
      const v = (await s.view(users.authority, id).expect(200)).body;
      expect(v).toMatchObject({ status: 'AWARDED' });
      expect(v.state.decision.decisionNumber).toBe(number);
      expect(v.state.decision.signedDocument.draftSha256).toBe(listSha);
    }
    await p.close();
  });

  it('administrator: a landing page with the store-wide integrity check and the exports', async () => {
    const p = await web.as(users.admin, '/');
    await p.getByRole('heading', { name: 'Quản trị hệ thống' }).waitFor();
    expect(await p.locator('textarea').count()).toBe(0);
    await p.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await p.getByTestId('store-integrity').filter({ hasText: 'Toàn vẹn' }).waitFor();
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Tải tệp CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^ho-so-\d{4}-\d{2}-\d{2}\.csv$/);
    const xlsx = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Tải tệp Excel (XLSX)' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(p, 'items-admin-home');
    await p.close();
  });

  it('administrator: the timeline in words, to the second, searchable, as-of by date and time, in English too', async () => {
    const name = 'Ninh Văn Lịch Sử';
    const id = await f.ballotOpen(CITY, name);
    const p = await web.as(users.admin, `/ho-so/${id}`);
    const timeline = p.locator('[data-testid=timeline] > li');
    await timeline.first().waitFor();
    const text = (await p.getByTestId('timeline').textContent())!;
    expect(text).not.toMatch(/status: |NEW → DRAFT|DRAFT|SUBMITTED/);
    expect(text).toContain('Trạng thái: từ');
    // People by name, groups by the bodies they stand for: no user id, group id or document code.
    expect(text).toContain(users.unitOfficer.displayName!);
    expect(text).toContain(users.office.displayName!);
    for (const u of [users.unitOfficer, users.office, users.office2]) expect(text).not.toContain(`${u.userId} `);
    expect(text).not.toMatch(/\b(office|council|unit|authority|office-lead|council-chair):|TO_TRINH|BIEN_BAN_HOP/);
    expect(text).not.toContain(' nhóm ');
    expect(await timeline.first().locator('time').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    const all = await timeline.count();
    await p.getByLabel('Tìm trong lịch sử hồ sơ').fill('thẩm định');
    await p.getByText(/Hiển thị [1-9]\d*\/\d+ bước\./).waitFor();
    expect(await timeline.count()).toBeLessThan(all);
    expect(await timeline.first().textContent()).toMatch(/[Tt]hẩm định/);
    await p.getByLabel('Tìm trong lịch sử hồ sơ').fill('');
    // As-of: today at 00:00:00 the case did not exist yet; at 23:59:59 it is in its ballot.
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await p.getByLabel('Xem hồ sơ tại ngày').fill(today);
    await p.getByLabel('lúc (giờ:phút:giây)').fill('23:59:59');
    await p.getByRole('button', { name: 'Xem hồ sơ lúc đó' }).click();
    await p.getByTestId('as-of-at').filter({ hasText: 'Đang bỏ phiếu' }).waitFor();
    await p.getByLabel('lúc (giờ:phút:giây)').fill('25:00');
    await p.getByRole('button', { name: 'Xem hồ sơ lúc đó' }).click();
    await p.getByText('Giờ không hợp lệ: nhập theo dạng giờ:phút:giây').waitFor();
    await screenshot(p, 'items-timeline');
    await p.getByRole('button', { name: 'English' }).click();
    await p.getByRole('heading', { name: 'Case history' }).waitFor();
    const en = (await p.getByTestId('timeline').textContent())!;
    expect(en).toContain('Nomination drafted');
    expect(en).toContain('Status: from');
    expect(en).not.toContain('Người thực hiện');
    expect(en).toContain('Task opened');
    expect(en).toContain(users.office.displayName!);
    expect(en).not.toMatch(/nhận việc|Giao việc|Vòng \d|Giai đoạn |ngày làm việc|thành viên/);
    expect(en).not.toMatch(/\b(office|council|unit|authority):/);
    await screenshot(p, 'items-timeline-en');
    await p.getByRole('button', { name: 'Tiếng Việt' }).click();
    await p.close();
  });

  it('unit officer: an empty required field is marked beside it in Vietnamese, not by the browser, and cleared when filled', async () => {
    const p = await web.as(users.unitOfficer, '/ho-so/moi');
    const form = p.locator('form').filter({ has: p.locator('#n-name') });
    await form.waitFor();
    // The browser's own bubbles are off on every form of the page.
    for (const f of await p.locator('form').all()) expect(await f.getAttribute('novalidate')).not.toBeNull();
    await form.getByRole('button', { name: 'Lập hồ sơ' }).click();
    const error = p.locator('#n-name-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Vui lòng nhập họ và tên (hoặc tên tập thể).');
    expect(await form.evaluate((el) => (el as unknown as { noValidate: boolean }).noValidate)).toBe(true);
    // The mark stands beside its field, inside the field's own block.
    expect(
      await p
        .locator('.field')
        .filter({ has: p.locator('#n-name') })
        .locator('.field-error')
        .count(),
    ).toBe(1);
    expect(p.url()).toContain('/ho-so/moi');
    await screenshot(p, 'items-required-field');
    await p.locator('#n-name').fill('Lò Văn Điền Đủ');
    expect(await p.locator('#n-name-error').count()).toBe(0);
    await p.close();
  });

  it('everyone: a not-found page with a way home; an unknown case id says the case was not found', async () => {
    const p = await web.as(users.office, '/khong-co-trang-nay');
    await p.getByRole('heading', { name: 'Không tìm thấy' }).waitFor();
    await p.getByRole('link', { name: 'Về trang chính' }).waitFor();
    await p.goto(`${web.stack.baseUrl}/ho-so/00000000-0000-4000-8000-000000000000`);
    await p.getByTestId('not-found').filter({ hasText: 'Không tìm thấy hồ sơ' }).waitFor();
    await p.goto(`${web.stack.baseUrl}/ho-so/khong-phai-ma`);
    await p.getByTestId('not-found').filter({ hasText: 'Không tìm thấy hồ sơ' }).waitFor();
    expect(await p.locator('body').textContent()).not.toMatch(/không hợp lệ|invalid/i);
    await screenshot(p, 'items-not-found');
    await p.getByRole('link', { name: 'Về trang chính' }).click();
    await p.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    await p.close();
  });

  it('everyone: a missing document is named, not coded; a tally uses a decimal comma', async () => {
    const created = must(
      await s.create(users.unitOfficer, { nominee: { name: 'Hà Văn Thiếu', subject: 'INDIVIDUAL' } }),
      201,
    );
    const p = await web.as(users.unitOfficer, `/ho-so/${created.body.nominationId}`);
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const error = p.locator('.error[role=alert]').filter({ hasText: 'thiếu tài liệu bắt buộc' });
    await error.waitFor();
    expect(await error.textContent()).toContain('Tờ trình đề nghị khen thưởng');
    expect(await error.textContent()).not.toMatch(/TO_TRINH|BIEN_BAN_HOP/);
    await p.close();
    // The department council: 3 seated, 1 recused, 2 approve — a share with decimals where it has any.
    const id = await f.ballotOpen(DEPARTMENT, 'Quách Thị Thập Phân');
    for (const m of DEPARTMENT.voters) must(await s.vote(m, id, 'APPROVE'), 200);
    must(await s.closeBallot(DEPARTMENT.office, id), 200);
    const tally = (await s.view(DEPARTMENT.office, id)).body.state.tally as { approvePercent: number };
    const q = await web.as(DEPARTMENT.office, `/ho-so/${id}`);
    const expected = `${String(tally.approvePercent).replace('.', ',')} %`;
    await q.getByText(expected, { exact: false }).first().waitFor();
    expect(await q.locator('.case').textContent()).not.toContain(`${tally.approvePercent}%`);
    await screenshot(q, 'items-decimal-comma');
    await q.close();
  });

  it('SLA monitor: warned only past the warning share, breaches in red, a paged list its panels agree with, weeks by dates', async () => {
    const running = await f.submitted(CITY, 'Vương Văn Đúng Hạn');
    const breached = await seedBreachedCase(web.stack, running, 'Thái Thị Quá Hạn');
    const warned = await seedBreachedCase(web.stack, running, 'Lã Văn Sắp Hạn', 'WARNED');
    const p = await web.as(users.slaMonitor, '/sla');
    await p.getByRole('heading', { name: 'Theo dõi thời hạn' }).first().waitFor();
    await p.locator('#s-status').selectOption('all');
    const rowOf = (id: string) => p.locator(`tr[data-nomination="${id}"]`);
    await rowOf(breached).waitFor();
    expect(await rowOf(breached).getAttribute('data-state')).toBe('breached');
    expect(await rowOf(breached).locator('.badge-breached').count()).toBe(1);
    expect(await rowOf(warned).getAttribute('data-state')).toBe('at-risk');
    expect(await rowOf(running).getAttribute('data-state')).toBe('ok');
    expect(await rowOf(running).textContent()).toContain('Trong hạn');
    // The panels count what the list lists: their sum is the list's total.
    const range = (await p.getByTestId('sla-range').textContent())!;
    const total = Number(/trong (\d+)/.exec(range)![1]);
    const board = (await s.get(users.slaMonitor, '/sla/board?status=all').expect(200)).body as {
      total: number;
      counts: { byStage: Record<string, { atRisk: number; breached: number; onTrack: number }> };
    };
    expect(board.total).toBe(total);
    const sum = Object.values(board.counts.byStage).reduce((n, c) => n + c.atRisk + c.breached + c.onTrack, 0);
    expect(sum).toBe(total);
    await p.locator('details').first().locator('summary').click();
    expect(await p.locator('details').first().textContent()).toMatch(/\d{2}\/\d{2}–\d{2}\/\d{2}\/\d{4}/);
    await screenshot(p, 'items-sla-board');
    await p.close();
  });

  it('public: the contact is required and checked at its field, evidence is attached, the receipt has a tracking code, a public page tells the status', async () => {
    const name = 'Tiêu Thị Tra Cứu';
    const id = await f.disclosed(CITY, name);
    const p = await newPage(web.context);
    await p.goto(`${web.stack.baseUrl}/cong-khai`);
    await p.getByRole('button', { name: `Gửi ý kiến phản ánh về ${name}` }).click();
    await p.getByLabel('Nội dung phản ánh').fill('Thành tích kê khai chưa đúng thực tế tại đơn vị.');
    const send = p.getByRole('button', { name: 'Gửi ý kiến', exact: true });
    const contactError = p.locator('.field-error').filter({ hasText: 'Cần số điện thoại (10 chữ số bắt đầu bằng 0' });
    // Empty: required (the form has noValidate: the page's own message, not the browser's).
    await send.click();
    await contactError.waitFor();
    const contact = p.getByLabel('Số điện thoại hoặc thư điện tử');
    for (const wrong of ['goi cho toi', '09123456789']) {
      await contact.fill(wrong);
      await send.click();
      await contactError.waitFor();
    }
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    await contact.fill('0912 345 678');
    expect(await p.locator('.field-error').count()).toBe(0);
    // Evidence: a program (named .docx) is refused at the field, in Vietnamese; a PDF is attached.
    const evidence = p.getByLabel('Tệp chứng cứ (không bắt buộc)');
    await evidence.setInputFiles({
      name: 'chung-cu.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00 chuong trinh'),
    });
    await p.locator('.field-error').filter({ hasText: 'chỉ nhận PDF, JPG hoặc PNG' }).waitFor();
    const pdf = makePdf(['Bien ban xac minh', name]);
    await evidence.setInputFiles({ name: 'biên-bản-xác-minh.pdf', mimeType: 'application/pdf', buffer: pdf });
    await p.getByTestId('evidence-list').filter({ hasText: 'biên-bản-xác-minh.pdf' }).waitFor();
    expect(await p.locator('.field-error').count()).toBe(0);
    await send.click();
    const code = (await p.getByTestId('tracking-code').textContent())!;
    expect(code).toMatch(/^PA-[0-9A-F]{8}$/);
    await screenshot(p, 'items-objection-receipt');
    const [objection] = (await s.view(users.office, id)).body.state.objections;
    expect(objection).toMatchObject({ contact: '0912 345 678', evidence: [{ fileName: 'biên-bản-xác-minh.pdf' }] });
    await p.getByRole('link', { name: 'xem tình trạng giải quyết' }).click();
    await p.getByTestId('objection-status').filter({ hasText: 'Đang xem xét, giải quyết' }).waitFor();
    expect(await p.getByTestId('objection-status').textContent()).toContain(name);
    await p.goto(`${web.stack.baseUrl}/cong-khai/y-kien/PA-00000000`);
    await p.locator('.error[role=alert]').filter({ hasText: 'Không tìm thấy ý kiến phản ánh' }).waitFor();
    await screenshot(p, 'items-objection-status');
    await p.close();
    // The office opens the case and the citizen's file from it.
    const office = await web.as(users.office, `/ho-so/${id}`);
    const link = office.getByTestId('case-objection').getByRole('link', { name: 'Mở «biên-bản-xác-minh.pdf»' });
    await link.waitFor();
    const res = await office.request.get(`${web.stack.baseUrl}${await link.getAttribute('href')}`);
    expect(res.status()).toBe(200);
    expect(Buffer.compare(await res.body(), pdf)).toBe(0);
    await screenshot(office, 'items-objection-evidence-office');
    await office.close();
  });
});
