import type { Page } from 'playwright-core';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { eventually, steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { newPage, screenshot, webSuite } from '../support/web-browser';

/**
 * The standard path through the pages only, as each person does it in Chromium against the real API,
 * worker, Temporal and PostgreSQL: the unit files with its uploads and submits, the office appraises,
 * the council members vote (no claim: each vote task is already theirs; the member of the nominee's
 * unit is told why they do not vote), the office closes the ballot after a confirmation, a citizen
 * objects on the public page and the office resolves it, the authority signs after a confirmation.
 * The API is only read, to check what the pages did.
 */
describe('the standard path, through the pages only', () => {
  // Long enough for a citizen to object through the page before the disclosure ends.
  const web = webSuite({ KHEN_DISCLOSURE_OVERRIDE_MS: '25000' });
  let s: ReturnType<typeof steps>;
  let caseId: string;
  let signed: Buffer;
  const NOMINEE = 'Lương Thị Ngọc Lan';
  const status = async () => (await s.view(users.office, caseId).expect(200)).body.status as string;

  beforeAll(async () => {
    s = steps(web.stack);
  });

  const row = (p: Page, type: string) => p.locator(`tr[data-type="${type}"]`).filter({ hasText: NOMINEE });

  it('the unit officer files the nomination, uploads its files and submits it', async () => {
    const p = await web.as(users.unitOfficer, '/ho-so/moi');
    await p.getByLabel('Họ và tên (hoặc tên tập thể)').fill(NOMINEE);
    await p.getByLabel('Chức vụ, vị trí công tác').fill('Giáo viên');
    await p.locator('#n-award').selectOption('BK_TINH');
    await p.locator('#n-council').selectOption('HD-TP');
    await p.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await p.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    caseId = p.url().split('/').pop()!;
    await p.getByRole('heading', { name: 'Nộp hồ sơ' }).waitFor();
    const rows = await p.locator('.doc-row').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < rows; i++) {
      await p.locator(`#sub-file-${i}`).setInputFiles({
        name: `Tài liệu ${i}.pdf`,
        mimeType: 'application/pdf',
        buffer: makePdf([`Tai lieu ${i}`, caseId]),
      });
      await p.locator(`#sub-hash-${i}`).filter({ hasText: 'Đã lưu' }).waitFor();
    }
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await p.getByText('Đã nộp hồ sơ.').waitFor();
    await screenshot(p, 'path-1-submitted');
    expect(await status()).toBe('SUBMITTED');
    await p.close();
  });

  it('the office claims the appraisal in its inbox and sends it', async () => {
    const p = await web.as(users.office2, '/hop-viec');
    await row(p, 'APPRAISE_DOSSIER').getByRole('button', { name: 'Nhận việc' }).click();
    await p.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đúng quy định.');
    await p.getByRole('button', { name: 'Gửi kết quả thẩm định' }).click();
    await p.getByText(`Đã thẩm định hồ sơ của ${NOMINEE}.`).waitFor();
    await eventually(status, (st) => st === 'BALLOT_OPEN');
    await p.close();
  });

  it("the member of the nominee's unit is told why they do not vote", async () => {
    const p = await web.as(users.member4, `/ho-so/${caseId}`);
    await p
      .getByTestId('my-ballot')
      .filter({ hasText: 'Bạn không tham gia bỏ phiếu hồ sơ này vì cùng đơn vị với người được đề nghị' })
      .waitFor();
    await p.goto(`${web.stack.baseUrl}/hop-viec`);
    await p.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    expect(await row(p, 'CAST_VOTE').count()).toBe(0);
    await p.close();
  });

  it('each seated member votes from the inbox with no claim, seeing the rule first, and the case says they voted', async () => {
    for (const [i, m] of [users.member1, users.member2, users.member3, users.member5].entries()) {
      const p = await web.as(m, '/hop-viec');
      const task = row(p, 'CAST_VOTE');
      await task.getByText('Giao cho tôi').waitFor();
      expect(await task.getByRole('button', { name: 'Nhận việc' }).count()).toBe(0);
      await task.getByRole('button', { name: 'Xử lý' }).click();
      // Threshold and denominator before voting: 80 % of all five members.
      await p
        .getByTestId('ballot-rule')
        .filter({ hasText: 'từ 80 % trở lên số phiếu đồng ý trên tổng số thành viên Hội đồng (5 người' })
        .waitFor();
      await p.getByLabel('Đồng ý', { exact: true }).check();
      await p.getByRole('button', { name: 'Gửi phiếu…' }).click();
      await p
        .getByRole('dialog', { name: 'Xác nhận gửi phiếu kín' })
        .getByRole('button', { name: 'Gửi phiếu' })
        .click();
      await p.getByText('Đã ghi nhận phiếu kín của bạn.').waitFor();
      if (i === 0) await screenshot(p, 'path-2-voted');
      await p.goto(`${web.stack.baseUrl}/ho-so/${caseId}`);
      await p.getByTestId('my-ballot').filter({ hasText: 'Bạn đã bỏ phiếu cho hồ sơ này' }).waitFor();
      await p.close();
    }
  });

  it('the office closes the ballot from the case page, after a confirmation', async () => {
    const p = await web.as(users.office, `/ho-so/${caseId}`);
    await p.getByTestId('ballot-participation').filter({ hasText: '4/5 thành viên đã tham gia' }).waitFor();
    await p.getByRole('button', { name: 'Kết thúc bỏ phiếu…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Xác nhận kết thúc bỏ phiếu' });
    await dialog.waitFor();
    await screenshot(p, 'path-3-close-ballot');
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await status()).toBe('BALLOT_OPEN');
    await p.getByRole('button', { name: 'Kết thúc bỏ phiếu…' }).click();
    await dialog.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await p.getByText('Đã kết thúc bỏ phiếu và kiểm phiếu.').waitFor();
    await eventually(status, (st) => st === 'DISCLOSURE_OPEN');
    const tally = (await s.view(users.office, caseId)).body.state.tally;
    expect(tally).toMatchObject({ approve: 4, passed: true });
    await p.close();
  });

  it('a citizen objects on the public page, without signing in', async () => {
    const p = await newPage(web.context);
    await p.goto(`${web.stack.baseUrl}/cong-khai`);
    await p.getByRole('button', { name: `Gửi ý kiến phản ánh về ${NOMINEE}` }).click();
    await p.getByLabel('Nội dung phản ánh').fill('Đề nghị xem lại thành tích năm học vừa qua của người được đề nghị.');
    await p.getByLabel('Số điện thoại hoặc thư điện tử').fill('nguoi-dan@vi-du.vn');
    await p.getByRole('button', { name: 'Gửi ý kiến', exact: true }).click();
    await p.getByTestId('objection-received').waitFor();
    await screenshot(p, 'path-4-objection');
    await p.close();
    const view = (await s.view(users.office, caseId)).body;
    expect(view.state.objections).toHaveLength(1);
  });

  it('the office resolves the objection from its inbox', async () => {
    const p = await web.as(users.office, '/hop-viec');
    await row(p, 'RESOLVE_OBJECTION').getByRole('button', { name: 'Nhận việc' }).click();
    await p.getByLabel('Phản ánh không có cơ sở').check();
    await p.getByLabel('Nội dung giải quyết').fill('Đã xác minh: thành tích đúng như hồ sơ.');
    await p.getByRole('button', { name: 'Ghi nhận kết quả giải quyết' }).click();
    await p.getByText('Đã ghi nhận kết quả giải quyết ý kiến phản ánh.').waitFor();
    await p.close();
    await eventually(status, (st) => st === 'AWAITING_DECISION', 60_000);
  });

  it('the authority signs the decision after a confirmation, and the case is AWARDED', async () => {
    const p = await web.as(users.authority, '/hop-viec');
    await row(p, 'SIGN_DECISION').getByRole('button', { name: 'Nhận việc' }).click();
    const number = `${caseId.slice(0, 6)}/QĐ-UBND`;
    await p.getByLabel('Số quyết định').fill(number);
    signed = makePdf(['Quyet dinh khen thuong', caseId]);
    await p.locator('#dec-file').setInputFiles({ name: 'Quyết định.pdf', mimeType: 'application/pdf', buffer: signed });
    await p.locator('#dec-file-state').filter({ hasText: 'Quyết định.pdf' }).waitFor();
    await p.getByRole('button', { name: 'Ký quyết định…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Xác nhận ký quyết định' });
    await dialog.getByText(`Ký quyết định số ${number}`).waitFor();
    await screenshot(p, 'path-5-sign-confirm');
    expect(await status()).toBe('AWAITING_DECISION');
    await dialog.getByRole('button', { name: 'Ký quyết định' }).click();
    await p.getByText(`Đã ký quyết định khen thưởng ${NOMINEE}.`).waitFor();
    const view = (await s.view(users.authority, caseId).expect(200)).body;
    expect(view).toMatchObject({ status: 'AWARDED', outcome: 'AWARDED' });
    expect(view.state.decision.decisionNumber).toBe(number);
    await p.goto(`${web.stack.baseUrl}/ho-so/${caseId}`);
    await p.getByText(`Số ${number} ngày`).first().waitFor();
    // The signed decision is listed on the case, opened in the page like the dossier's files.
    await p.getByRole('link', { name: 'Mở «Quyết định.pdf»' }).waitFor();
    await screenshot(p, 'path-6-awarded');
    await p.close();
  });

  it('lists the award with its signed decision PDF on the public page, opened without signing in', async () => {
    const p = await newPage(web.context);
    await p.goto(`${web.stack.baseUrl}/cong-khai`);
    const award = p.locator(`li[data-nomination="${caseId}"]`);
    const link = award.getByRole('link', { name: 'Xem quyết định đã ký (PDF)' });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    // The page's request context carries no bearer token: the public address alone opens the file.
    const file = await p.request.get(new URL((await link.getAttribute('href'))!, web.stack.baseUrl).href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(sha256Of(await file.body())).toBe(sha256Of(signed));
    await screenshot(p, 'path-7-public-award');
    await p.close();
  });
});
