import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { makePdf } from '../../scripts/demo/demo-documents';
import { CITY, flows } from '../support/case-flows';
import { decisionNumber, nominee, storedEvents } from '../support/nomination-steps';
import { flat, pdfText } from '../support/pdf-text';
import { users } from '../support/test-stack';
import { newPage, screenshot, signIn, webSuite } from '../support/web-browser';
import { certificateCode, docxText } from '../../apps/api/src/paperwork/drafting';

/** The office and the authority download a case's drafts from its page: the minutes, the decision, the certificates. */
describe('paperwork in the browser', () => {
  const web = webSuite();
  const NAME = 'Đỗ Thị Văn Bản';

  /** Clicks a draft's button and reads the file the browser saved. */
  const downloaded = async (p: Page, draft: string, attribute = 'data-draft') => {
    const [file] = await Promise.all([p.waitForEvent('download'), p.locator(`[${attribute}="${draft}"]`).click()]);
    return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
  };
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('downloads the drafts as the office; the authority signs the draft decision it downloaded from its form; a citizen verifies the certificate', async () => {
    const id = await flows(web.stack).awaitingDecision(CITY, NAME, {
      nominee: nominee(NAME, 'INDIVIDUAL', { position: 'Giáo viên' }),
    });

    const office = await newPage(web.context);
    await signIn(office, web.stack.baseUrl, web.stack.token(users.office));
    await office.goto(`${web.stack.baseUrl}/ho-so/${id}`);
    await office.getByRole('heading', { name: 'Văn bản dự thảo' }).waitFor();
    const minutes = await downloaded(office, 'minutes-pdf');
    expect(minutes.name).toMatch(/^Bien-ban-hop-.*\.pdf$/);
    expect(flat(pdfText(minutes.content))).toContain(`${NAME}, Giáo viên, Sở Giáo dục và Đào tạo`);
    const decision = await downloaded(office, 'decision-docx');
    expect(decision.name).toMatch(/\.docx$/);
    expect(flat(docxText(decision.content))).toContain(`cho ${NAME}, Giáo viên`);
    expect(await office.locator('[data-draft="certificates-pdf"]').count()).toBe(0);
    await screenshot(office, 'paperwork-office');
    await office.close();

    // The authority downloads the draft decision from its decision form, signs it, uploads the scan.
    const number = decisionNumber('UBND');
    const authority = await newPage(web.context);
    await signIn(authority, web.stack.baseUrl, web.stack.token(users.authority));
    await authority.goto(`${web.stack.baseUrl}/hop-viec`);
    await authority
      .locator('tr[data-type="SIGN_DECISION"]')
      .filter({ hasText: NAME })
      .getByRole('button', { name: 'Nhận việc' })
      .click();
    await authority.getByLabel('Số quyết định').fill(number);
    const signedDraft = await downloaded(authority, 'pdf', 'data-sign-draft');
    expect(flat(pdfText(signedDraft.content))).toContain(`Số: ${number}`);
    const draftSha = sha256(signedDraft.content);
    await authority
      .getByTestId('dec-draft-state')
      .filter({ hasText: draftSha.slice(0, 12) })
      .waitFor();
    await authority.locator('#dec-file').setInputFiles({
      name: 'Quyết định đã ký.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf(['Quyet dinh da ky', number]),
    });
    await authority.locator('#dec-file-state').filter({ hasText: 'Quyết định đã ký.pdf' }).waitFor();
    await screenshot(authority, 'paperwork-sign-draft');
    await authority.getByRole('button', { name: 'Ký quyết định…' }).click();
    await authority
      .getByRole('dialog', { name: 'Xác nhận ký quyết định' })
      .getByRole('button', { name: 'Ký quyết định' })
      .click();
    await authority.getByText(`Đã ký quyết định khen thưởng ${NAME}.`).waitFor();
    const issued = (await storedEvents(web.stack, id)).find((e) => e.type === 'DecisionIssued')!;
    expect(issued.data.signedDocument.draftSha256).toBe(draftSha);

    await authority.goto(`${web.stack.baseUrl}/ho-so/${id}`);
    await authority.getByText('Bằng khen (in hàng loạt)').waitFor();
    await authority
      .getByTestId('signed-draft')
      .filter({ hasText: `Ký trên bản dự thảo: ${draftSha.slice(0, 12)}` })
      .waitFor();
    const certificates = await downloaded(authority, 'certificates-pdf');
    const text = flat(pdfText(certificates.content));
    expect(text).toContain(NAME);
    expect(text).toContain(`Quyết định số ${number}`);
    await screenshot(authority, 'paperwork-authority');
    await authority.close();

    // A citizen opens the award's verification from the honour roll (the page the QR code opens).
    const code = certificateCode(id);
    const citizen = await newPage(web.context);
    await citizen.goto(`${web.stack.baseUrl}/cong-khai`);
    await citizen.locator(`[data-verify="${code}"] a`).click();
    await citizen.waitForURL(`**/xac-minh/${code}`);
    const card = citizen.getByTestId('certificate');
    await card.getByText('Bằng khen hợp lệ').waitFor();
    for (const e of [NAME, 'Giáo viên', `Quyết định số ${number}`]) await card.getByText(e).first().waitFor();
    await screenshot(citizen, 'paperwork-verify');
    await citizen.goto(`${web.stack.baseUrl}/xac-minh/0000-0000-0000`);
    await citizen.getByTestId('certificate-unknown').filter({ hasText: '0000-0000-0000' }).waitFor();
    expect(await citizen.getByTestId('certificate').count()).toBe(0);
    await citizen.close();
  });
});
