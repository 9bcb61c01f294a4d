import type { BrowserContext, Page } from 'playwright-core';
import { makePdf, sha256Of } from '../../scripts/demo/demo-documents';
import { DEMO_PASSWORD } from '../../scripts/demo/keycloak-realm';
import { trustKeycloak } from '../support/keycloak';
import { steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { launchBrowser, newPage, screenshot, startWebStack, type WebStack } from '../support/web-browser';

/**
 * Sign-in as people do it (docs/architecture.md, "Sign-in"): the pages send the person to Keycloak's own
 * login page (authorization code + PKCE), come back to the page they opened, keep the session alive with a
 * silent refresh, and sign out at Keycloak too. One browser profile all along, so Keycloak's session cookie
 * is shared: only a real sign-out makes the next sign-in ask for a password again.
 */
describe('sign-in through Keycloak in the browser', () => {
  let stack: WebStack;
  let issuer: string;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let p: Page;
  const NOMINEE = 'Đinh Thị Mai Anh';
  let caseId: string;
  let proposal: Buffer;
  const KEYCLOAK_MS = 60_000;

  beforeAll(async () => {
    issuer = trustKeycloak();
    const port = Number(process.env.KHEN_TEST_WEB_PORT);
    if (!port) throw new Error('KHEN_TEST_WEB_PORT is not set — run `npm test` (Keycloak allows that origin)');
    stack = await startWebStack(port);
    browser = await launchBrowser();
    p = await newPage(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const whoami = () => p.locator('[data-testid=whoami]').filter({ hasNotText: '…' });
  /** The tokens the pages keep for this tab (browser code as a string: the tests compile without the DOM). */
  const tokens = () =>
    p.evaluate("JSON.parse(sessionStorage.getItem('khen.oidc') ?? 'null')") as Promise<{
      accessToken: string;
      expiresAt: number;
    } | null>;

  /**
   * On Keycloak's login page (in Vietnamese): the person types their user name and password, and is sent back
   * to `back`. A cold Keycloak on a busy machine may take several seconds for its first password check.
   */
  async function logInAtKeycloak(username: string, back: string) {
    await p.waitForURL((u) => u.href.startsWith(issuer), { timeout: KEYCLOAK_MS });
    await p.getByLabel('Tên đăng nhập').fill(username);
    await p.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL(back, { timeout: KEYCLOAK_MS });
  }

  it("opens a deep link, signs the unit officer in on Keycloak's page and comes back to it", async () => {
    await p.goto(`${stack.baseUrl}/ho-so/moi`);
    await p.getByText('Trang này cần đăng nhập.').waitFor();
    // Outside production the demo users' quick sign-in is offered too, marked as such.
    await p.getByText('Chỉ dùng thử / Demo only').waitFor();
    await screenshot(p, 'sign-in');
    await p.getByTestId('oidc-sign-in').click();
    await p.waitForURL((u) => u.href.startsWith(`${issuer}/protocol/openid-connect/auth`), { timeout: KEYCLOAK_MS });
    expect(new URL(p.url()).searchParams.get('code_challenge_method')).toBe('S256');
    await p.getByLabel('Tên đăng nhập').waitFor();
    expect(await p.title()).toContain('Đăng nhập vào Khen');
    await screenshot(p, 'keycloak-login');
    await logInAtKeycloak(users.unitOfficer.userId, `${stack.baseUrl}/ho-so/moi`);
    await whoami().filter({ hasText: 'Trần Văn Minh' }).waitFor();
    expect((await tokens())?.accessToken).toMatch(/^ey/);
  });

  it('files a nomination and submits its dossier as the officer Keycloak signed in', async () => {
    await p.getByLabel('Họ và tên (hoặc tên tập thể)').fill(NOMINEE);
    await p.getByLabel('Chức vụ, vị trí công tác').fill('Giáo viên');
    await p.locator('#n-award').selectOption('BK_TINH');
    await p.locator('#n-council').selectOption('HD-TP');
    await p.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await p.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    caseId = p.url().split('/').pop()!;
    await p.getByRole('heading', { name: 'Nộp hồ sơ' }).waitFor();
    const rows = await p.locator('.doc-row').count();
    // Real PDFs, made here: the API tells the type from the content.
    const files = [...Array(rows).keys()].map((i) => makePdf([`Tai lieu ${i}`, caseId]));
    proposal = files[0]!;
    for (let i = 0; i < rows; i++) {
      await p.locator(`#sub-file-${i}`).setInputFiles({
        name: `Tài liệu ${i}.pdf`,
        mimeType: 'application/pdf',
        buffer: files[i]!,
      });
      await p.locator(`#sub-hash-${i}`).filter({ hasText: 'Đã lưu' }).waitFor();
    }
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await p.getByText('Đã nộp hồ sơ.').waitFor();
    const s = steps(stack);
    expect((await s.view(users.unitOfficer, caseId).expect(200)).body).toMatchObject({ status: 'SUBMITTED' });
    // The events name the person Keycloak vouched for.
    const events = (await s.get(users.admin, `/nominations/${caseId}/events`).expect(200)).body as {
      type: string;
      metadata: { actorId: string; actorRole: string; actorUnitId?: string };
    }[];
    const submitted = events.find((e) => e.type === 'DossierSubmitted');
    expect(submitted?.metadata).toMatchObject({ actorId: 'cb-so-gd', actorRole: 'UNIT_OFFICER', actorUnitId: 'SO-GD' });
  });

  it('refreshes the access token silently before it expires, and the pages go on working', async () => {
    const before = (await tokens())!;
    // As if the token had a minute left: the page refreshes it at once after a reload.
    await p.evaluate(
      "sessionStorage.setItem('khen.oidc', JSON.stringify({ ...JSON.parse(sessionStorage.getItem('khen.oidc')), expiresAt: Date.now() + 60000 }))",
    );
    await p.goto(`${stack.baseUrl}/ho-so`);
    await p.waitForFunction(
      `JSON.parse(sessionStorage.getItem('khen.oidc') ?? '{}').accessToken !== ${JSON.stringify(before.accessToken)}`,
    );
    const after = (await tokens())!;
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 4 * 60_000);
    await p.getByRole('cell', { name: NOMINEE }).first().waitFor();
    await stack.http().get('/api/me').set('Authorization', `Bearer ${after.accessToken}`).expect(200);
  });

  it('signs out at Keycloak too: signing in again asks for a password, and a council member signs in', async () => {
    await p.getByTestId('sign-out').click();
    await p.waitForURL(`${stack.baseUrl}/dang-xuat`, { timeout: KEYCLOAK_MS });
    await p.getByText('Bạn đã đăng xuất khỏi Khen').waitFor();
    expect(await tokens()).toBeNull();
    await p.goto(`${stack.baseUrl}/hop-viec`);
    await p.getByText('Trang này cần đăng nhập.').waitFor();
    await p.getByTestId('oidc-sign-in').click();
    // Keycloak's session ended with the sign-out: its login form again, not a silent sign-in as the officer.
    await logInAtKeycloak(users.member1.userId, `${stack.baseUrl}/hop-viec`);
    await whoami().filter({ hasText: 'Phạm Quốc Hùng' }).waitFor();
    await screenshot(p, 'signed-in-council-member');
  });

  it("opens the dossier's PDF inline in the case page as the council member, by a signed link", async () => {
    await p.goto(`${stack.baseUrl}/ho-so/${caseId}`);
    const first = p.locator('.doc-list li').filter({ hasText: 'Tài liệu 0.pdf' });
    await first.getByRole('link', { name: 'Mở «Tài liệu 0.pdf»' }).waitFor();
    const href = await first.getByRole('link', { name: 'Mở «Tài liệu 0.pdf»' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/files/${sha256Of(proposal)}\\?`));
    // The signed link alone opens the file (no bearer header): the very bytes the officer uploaded.
    const file = await p.request.get(`${stack.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^inline; /);
    expect(sha256Of(await file.body())).toBe(sha256Of(proposal));
    // In the page, the viewer loads that link. (Chromium's PDF viewer takes the iframe's response over,
    // so its body as the page sees it is the viewer's, not the file's: the bytes are checked above.)
    const loaded = p.waitForResponse((r) => r.url().includes(`/api/files/${sha256Of(proposal)}`));
    await first.getByRole('button', { name: 'Xem tại trang' }).click();
    const res = await loaded;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(await first.locator('iframe.file-view').getAttribute('src')).toBe(href);
    await screenshot(p, 'case-file-inline');
  });

  it('signs the council member out, and a protected page then asks to sign in again', async () => {
    await p.getByTestId('sign-out').click();
    await p.waitForURL(`${stack.baseUrl}/dang-xuat`, { timeout: KEYCLOAK_MS });
    await screenshot(p, 'signed-out');
    await p.goto(`${stack.baseUrl}/ho-so`);
    await p.getByText('Trang này cần đăng nhập.').waitFor();
    expect(await p.locator('[data-testid=whoami]').count()).toBe(0);
    await p.getByTestId('oidc-sign-in').click();
    await p.getByLabel('Tên đăng nhập').waitFor();
    expect(p.url().startsWith(issuer)).toBe(true);
  });

  it('signs in the administrator, whom Keycloak gives two realm roles, and lets him act as either', async () => {
    await logInAtKeycloak(users.admin.userId, `${stack.baseUrl}/ho-so`);
    const select = p.getByTestId('acting-as');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toEqual(['Quản trị viên', 'Giám sát tiến độ']);
    expect(await select.inputValue()).toBe('ADMIN');
    await Promise.all([p.waitForEvent('load'), select.selectOption('SLA_MONITOR')]);
    await p.waitForFunction("document.querySelector('[data-testid=acting-as]')?.value === 'SLA_MONITOR'");
    // The pages' calls carry the seat picked, with the token Keycloak issued.
    const me = (await p.evaluate(
      `fetch('/api/me', { headers: { Authorization: 'Bearer ' + JSON.parse(sessionStorage.getItem('khen.oidc')).accessToken,
         'X-Khen-Acting-As': sessionStorage.getItem('khen.actingAs') } }).then((r) => r.json())`,
    )) as { role: string; userId: string };
    expect(me).toMatchObject({ role: 'SLA_MONITOR', userId: 'quan-tri' });
    await screenshot(p, 'keycloak-two-roles');
  });
});
