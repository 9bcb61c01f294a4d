import type { Page } from 'playwright-core';
import { eventually, steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { DESKTOP, horizontalOverflow, newPage, PHONE, screenshot, signIn, webSuite } from '../support/web-browser';

/**
 * The reviewers' pages in a real browser (Debian's Chromium) against the real API, worker, Temporal
 * and PostgreSQL: a unit officer files and submits, the office appraises, a council member claims and
 * votes by secret ballot, the authority signs, an administrator opens the case's timeline.
 */
describe('reviewers in the browser', () => {
  const web = webSuite();
  let s: ReturnType<typeof steps>;
  let caseId: string;
  const NOMINEE = 'Phạm Thị Thu Hương';

  beforeAll(async () => {
    s = steps(web.stack);
  });

  const page = (viewport = DESKTOP) => newPage(web.context, viewport);
  const row = (p: Page, type: string, name: string) => p.locator(`tr[data-type="${type}"]`).filter({ hasText: name });

  it('lists the demo users on the sign-in page (the same users as scripts/demo)', async () => {
    const p = await page();
    await p.goto(`${web.stack.baseUrl}/dang-nhap`);
    for (const u of Object.values(users)) await p.locator(`[data-user="${u.userId}"]`).waitFor();
    expect(await p.locator('[data-user]').count()).toBe(Object.keys(users).length);
    await screenshot(p, 'login');
    await p.close();
  });

  it('a unit officer files a nomination and submits its dossier', async () => {
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.unitOfficer));
    await p.goto(`${web.stack.baseUrl}/ho-so/moi`);
    await p.getByLabel('Họ và tên (hoặc tên tập thể)').fill(NOMINEE);
    await p.getByLabel('Chức vụ, vị trí công tác').fill('Giáo viên');
    await p.locator('#n-award').selectOption('BK_TINH');
    await p.locator('#n-council').selectOption('HD-TP');
    await screenshot(p, 'unit-new-nomination');
    await p.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await p.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    caseId = p.url().split('/').pop()!;
    await p.getByRole('heading', { name: 'Nộp hồ sơ' }).waitFor();
    const rows = await p.locator('.doc-row').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < rows; i++) {
      await p.locator(`#sub-file-${i}`).setInputFiles({
        name: `tai-lieu-${i}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4 tài liệu ${i} ${caseId}`),
      });
      await p.locator(`#sub-hash-${i}`).filter({ hasText: 'Đã lưu' }).waitFor();
    }
    await screenshot(p, 'unit-submit-dossier');
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await p.getByText('Đã nộp hồ sơ.').waitFor();
    const view = await s.view(users.unitOfficer, caseId).expect(200);
    expect(view.body).toMatchObject({ status: 'SUBMITTED', nomineeName: NOMINEE });
    await p.close();
  });

  it('the office claims the appraisal and sends it from the inbox', async () => {
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.office));
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    const task = row(p, 'APPRAISE_DOSSIER', NOMINEE);
    await task.getByRole('button', { name: 'Nhận việc' }).click();
    await p.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đúng quy định.');
    await screenshot(p, 'inbox-appraise');
    await p.getByRole('button', { name: 'Gửi kết quả thẩm định' }).click();
    await p.getByText(`Đã thẩm định hồ sơ của ${NOMINEE}.`).waitFor();
    expect((await s.view(users.office, caseId)).body.status).toBe('BALLOT_OPEN');
    await p.close();
  });

  it('a council member claims the vote and votes by secret ballot, confirming first', async () => {
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.member1));
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    const task = row(p, 'CAST_VOTE', NOMINEE);
    await task.locator('[data-urgency]').waitFor();
    await screenshot(p, 'inbox-council-member');
    // The vote task is already the member's own: no claim, straight to the ballot.
    await task.getByRole('button', { name: 'Xử lý' }).click();
    // The ballot says the choice is sealed and shows nobody else's vote.
    await p.getByText('Lựa chọn của bạn được niêm phong ngay khi gửi').waitFor();
    await p.getByLabel('Đồng ý', { exact: true }).check();
    await p.getByRole('button', { name: 'Gửi phiếu…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Xác nhận gửi phiếu kín' });
    await dialog.waitFor();
    await screenshot(p, 'vote-confirm');
    expect((await s.view(users.office, caseId)).body.state.ballot.voters).toEqual([]);
    await dialog.getByRole('button', { name: 'Gửi phiếu' }).click();
    await p.getByText('Đã ghi nhận phiếu kín của bạn.').waitFor();
    await screenshot(p, 'vote-recorded');
    const ballot = await s.get(users.member1, `/nominations/${caseId}/ballot`).expect(200);
    expect(ballot.body).toMatchObject({ iHaveVoted: true, tally: null });
    await p.close();
  });

  it('the authority signs the decision from the inbox', async () => {
    for (const m of [users.member2, users.member3, users.member5]) await s.vote(m, caseId, 'APPROVE').expect(200);
    await s.closeBallot(users.office, caseId).expect(200);
    // Disclosure runs on its durable timer (test override of the working days).
    await eventually(
      async () => (await s.view(users.office, caseId)).body.status,
      (st) => st === 'AWAITING_DECISION',
    );
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.authority));
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    await row(p, 'SIGN_DECISION', NOMINEE).getByRole('button', { name: 'Nhận việc' }).click();
    await p.getByLabel('Số quyết định').fill(`${caseId.slice(0, 6)}/QĐ-UBND`);
    await screenshot(p, 'inbox-sign-decision');
    await p.getByRole('button', { name: 'Ký quyết định…' }).click();
    await p
      .getByRole('dialog', { name: 'Xác nhận ký quyết định' })
      .getByRole('button', { name: 'Ký quyết định' })
      .click();
    await p.getByText(`Đã ký quyết định khen thưởng ${NOMINEE}.`).waitFor();
    const view = await s.view(users.authority, caseId).expect(200);
    expect(view.body).toMatchObject({ status: 'AWARDED', outcome: 'AWARDED' });
    expect(view.body.state.decision.decisionNumber).toBe(`${caseId.slice(0, 6)}/QĐ-UBND`);
    await p.close();
  });

  it('shows a refusal as the API words it (Vietnamese detail), then the same page in English', async () => {
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Hồ Văn Thiếu', subject: 'INDIVIDUAL' } })
      .expect(201);
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.unitOfficer));
    await p.goto(`${web.stack.baseUrl}/ho-so/${created.body.nominationId}`);
    // Submitting with no document attached: the API refuses (422 MISSING_DOCUMENTS).
    await p.getByRole('heading', { name: 'Nộp hồ sơ' }).waitFor();
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await p.locator('.error[role=alert]').filter({ hasText: 'thiếu tài liệu bắt buộc' }).waitFor();
    await screenshot(p, 'case-refusal-vi');
    await p.getByRole('button', { name: 'English' }).click();
    await p.getByRole('heading', { name: 'Submit the dossier' }).waitFor();
    await p.getByRole('button', { name: 'Submit the dossier' }).click();
    await p.locator('.error[role=alert]').filter({ hasText: 'lacks required documents' }).waitFor();
    await screenshot(p, 'case-refusal-en');
    await p.getByRole('button', { name: 'Tiếng Việt' }).click();
    await p.close();
  });

  it('keeps the inbox usable by keyboard and unbroken at phone width', async () => {
    const p = await page(PHONE);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.member2));
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    await p.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    // The first Tab reaches the skip link, and it is visible when focused.
    await p.keyboard.press('Tab');
    expect(await p.evaluate('document.activeElement && document.activeElement.className')).toBe('skip');
    await screenshot(p, 'inbox-phone');
    await p.close();
  });

  it('an administrator opens the case timeline (who, when, why), stage durations and the integrity check', async () => {
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.admin));
    await p.goto(`${web.stack.baseUrl}/ho-so/${caseId}`);
    await p.getByRole('heading', { name: 'Lịch sử hồ sơ' }).waitFor();
    const temporal = p.getByRole('link', { name: 'Xem quy trình trên Temporal UI' });
    expect(await temporal.getAttribute('href')).toContain(`/workflows/nomination-${caseId}`);
    await screenshot(p, 'case-admin');
    // GET /nominations/:id/timeline and /integrity: entries with who and when, and the check.
    const timeline = p.locator('[data-testid=timeline] > li');
    await timeline.first().waitFor();
    expect(await timeline.count()).toBeGreaterThanOrEqual(5);
    await p.getByText('Chuỗi băm toàn vẹn').waitFor();
    await p.getByRole('heading', { name: 'Thời gian ở mỗi giai đoạn' }).waitFor();
    await p
      .getByText(/Người thực hiện: (Chủ tịch UBND Thành phố|chu-tich-ubnd)/)
      .first()
      .waitFor();
    await screenshot(p, 'case-timeline-admin');
    // As-of: the case right after its first step, a draft.
    await timeline.first().getByRole('button', { name: 'Xem hồ sơ ngay sau bước này' }).click();
    const asOf = p.locator('[data-testid=as-of-1]');
    await asOf.waitFor();
    expect(await asOf.textContent()).toContain('Nháp');
    await p.close();
  });

  it('the head of the office saves an inbox filter and reassigns a task to a colleague', async () => {
    const p = await page();
    await signIn(p, web.stack.baseUrl, web.stack.token(users.office));
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    await p.getByLabel('Loại việc').selectOption('APPRAISE_DOSSIER');
    await p.getByRole('button', { name: 'Áp dụng' }).click();
    await p.getByLabel('Lưu bộ lọc hiện tại với tên').fill('Thẩm định');
    await p.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    await p.locator('#v-pick option', { hasText: 'Thẩm định' }).waitFor({ state: 'attached' });
    const views = await s.get(users.office, '/tasks/views').expect(200);
    expect(views.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Thẩm định', query: expect.objectContaining({ type: 'APPRAISE_DOSSIER' }) }),
      ]),
    );
    // A fresh case waits for appraisal; the lead hands its task to ban-tdkt-2.
    const created = await s
      .create(users.unitOfficer, { nominee: { name: 'Đoàn Văn Giao Lại', subject: 'INDIVIDUAL' } })
      .expect(201);
    await s.submit(users.unitOfficer, created.body.nominationId).expect(200);
    await p.reload();
    const task = row(p, 'APPRAISE_DOSSIER', 'Đoàn Văn Giao Lại');
    await task.getByRole('button', { name: 'Giao lại' }).click();
    // Picked from the people who may hold the task, by name.
    await p.getByLabel('Giao lại cho').selectOption('ban-tdkt-2');
    await p.locator('form.inline-form').getByRole('button', { name: 'Giao lại' }).click();
    await p.getByText('Đã giao lại việc của Đoàn Văn Giao Lại cho Phan Anh Tuấn (chuyên viên Ban TĐKT).').waitFor();
    const [t] = await web.stack.db.query(
      `SELECT assignee FROM tasks WHERE nomination_id = $1 AND task_type = 'APPRAISE_DOSSIER' AND status = 'OPEN'`,
      [created.body.nominationId],
    );
    expect(t.assignee).toBe('ban-tdkt-2');
    await screenshot(p, 'inbox-saved-view-reassign');
    await p.close();
  });
});
