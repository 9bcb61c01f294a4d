import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { CITY, flows, must } from '../support/case-flows';
import { decisionNumber, nominee, steps, todayVn } from '../support/nomination-steps';
import { flat, pdfText } from '../support/pdf-text';
import { users } from '../support/test-stack';
import { launchBrowser, newPage, screenshot, signIn, startWebStack, type WebStack } from '../support/web-browser';
import { docxText } from '../../apps/api/src/paperwork/drafting';

/** The office and the authority download a case's drafts from its page: the minutes, the decision, the certificates. */
describe('paperwork in the browser', () => {
  let stack: WebStack;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  const NAME = 'Đỗ Thị Văn Bản';

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** Clicks a draft's button and reads the file the browser saved. */
  const downloaded = async (p: Page, draft: string) => {
    const [file] = await Promise.all([p.waitForEvent('download'), p.locator(`[data-draft="${draft}"]`).click()]);
    return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
  };

  it('downloads the minutes and the draft decision as the office, the certificates as the authority', async () => {
    const s = steps(stack);
    const id = await flows(stack).awaitingDecision(CITY, NAME, {
      nominee: nominee(NAME, 'INDIVIDUAL', { position: 'Giáo viên' }),
    });

    const office = await newPage(browser.context);
    await signIn(office, stack.baseUrl, stack.token(users.office));
    await office.goto(`${stack.baseUrl}/ho-so/${id}`);
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

    const number = decisionNumber('UBND');
    must(await s.award(users.authority, id, number, todayVn()), 200);
    const authority = await newPage(browser.context);
    await signIn(authority, stack.baseUrl, stack.token(users.authority));
    await authority.goto(`${stack.baseUrl}/ho-so/${id}`);
    await authority.getByText('Bằng khen (in hàng loạt)').waitFor();
    const certificates = await downloaded(authority, 'certificates-pdf');
    const text = flat(pdfText(certificates.content));
    expect(text).toContain(NAME);
    expect(text).toContain(`Quyết định số ${number}`);
    await screenshot(authority, 'paperwork-authority');
    await authority.close();
  });
});
