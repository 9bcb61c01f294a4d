import { users } from '../support/test-stack';
import { newPage, screenshot, signIn, webSuite } from '../support/web-browser';

/**
 * One person, two seats, in the browser (docs/architecture.md, "Sign-in"): Ngô Đức Anh sits on the city
 * council and, from the directory, signs for the Department of Education. The header shows what he acts as
 * and lets him switch; a person with one seat sees no switch.
 */
describe('acting as one of several seats in the browser', () => {
  const web = webSuite();

  it('shows the two-seat person a switch of what he acts as, and acts as the seat he picks', async () => {
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.member4));
    const select = p.getByTestId('acting-as');
    await select.waitFor();
    expect(await select.inputValue()).toBe('COUNCIL_MEMBER:HD-TP');
    // The seats' scopes are named once the directory has loaded beside the header.
    await select.locator('option', { hasText: 'Sở Giáo dục và Đào tạo' }).waitFor({ state: 'attached' });
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual([
      expect.stringContaining('Thành viên Hội đồng · Hội đồng Thi đua – Khen thưởng Thành phố'),
      expect.stringContaining('Người có thẩm quyền · Sở Giáo dục và Đào tạo'),
    ]);
    await screenshot(p, 'acting-as');

    await Promise.all([p.waitForEvent('load'), select.selectOption('AUTHORITY:SO-GD')]);
    await p.getByTestId('acting-as').waitFor();
    await p.waitForFunction(
      "document.querySelector('[data-testid=acting-as]')?.value === 'AUTHORITY:SO-GD'",
      undefined,
      { timeout: 15_000 },
    );
    expect(await p.evaluate("sessionStorage.getItem('khen.actingAs')")).toBe('AUTHORITY:SO-GD');
    // The API answers for the seat picked: the pages' own calls carry it.
    const me = (await p.evaluate(
      `fetch('/api/me', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('khen.token'),
         'X-Khen-Acting-As': sessionStorage.getItem('khen.actingAs') } }).then((r) => r.json())`,
    )) as { role: string; actingAs: string };
    expect(me).toMatchObject({ role: 'AUTHORITY', actingAs: 'AUTHORITY:SO-GD' });
    await p.close();
  });

  it('shows a one-seat person what they act as, without a switch', async () => {
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.unitOfficer));
    await p
      .getByTestId('whoami')
      .filter({ hasText: /Trần Văn Minh.* · Cán bộ đơn vị/ })
      .waitFor();
    expect(await p.getByTestId('acting-as').count()).toBe(0);
    await p.close();
  });
});
