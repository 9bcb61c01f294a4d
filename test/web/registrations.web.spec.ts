import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { addCivilDays } from '@khen/domain';
import { must } from '../support/case-flows';
import { steps, todayVn } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { launchBrowser, newPage, signIn, startWebStack, type WebStack } from '../support/web-browser';

/** The unit officer's registration page (docs/campaigns.md): its window, field errors, registering, refusals, withdrawing. */
describe('the registration page (đăng ký thi đua) in the browser', () => {
  let stack: WebStack;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  const campaignId = `DKW-${randomUUID().slice(0, 6).toUpperCase()}`;
  const name = `Đinh Thị Đăng Ký ${campaignId}`;
  const today = todayVn();
  const vi = (d: string) => d.split('-').reverse().join('/');

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser();
    must(
      await steps(stack).post(users.admin, '/directory/campaigns', {
        campaignId,
        name: `Thi đua có đăng ký ${campaignId}`,
        unitId: 'SO-GD',
        kind: 'ANNUAL',
        year: Number(today.slice(0, 4)),
        filingOpensOn: today,
        filingClosesOn: addCivilDays(today, 200),
        awards: ['LDTT', 'CSTD_CS'],
        councilId: 'HD-SO-GD',
        registrationOpensOn: addCivilDays(today, -2),
        registrationClosesOn: addCivilDays(today, 10),
        reason: 'Phát động có đăng ký',
      }),
      201,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows the window, asks for the name, registers, refuses the same person twice beside the name, withdraws', async () => {
    const p = await newPage(browser.context);
    await signIn(p, stack.baseUrl, stack.token(users.schoolOfficer), '?next=/dang-ky-thi-dua');
    await p.goto(`${stack.baseUrl}/dang-ky-thi-dua`);
    await p.getByRole('link', { name: 'Đăng ký thi đua' }).waitFor();
    await p.locator('#dk-campaign').selectOption(campaignId);
    await p
      .getByTestId('registration-window')
      .getByText(`Nhận đăng ký từ ${vi(addCivilDays(today, -2))} đến hết ngày ${vi(addCivilDays(today, 10))}.`)
      .waitFor();

    const form = p.getByRole('form', { name: 'Đăng ký danh hiệu' });
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    await form.locator('#dk-name-error').getByText('Vui lòng nhập họ tên hoặc tên tập thể.').waitFor();

    await form.locator('#dk-name').fill(name);
    await form.locator('#dk-award').selectOption('LDTT');
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    const row = p.getByTestId('registrations').getByRole('row').filter({ hasText: name });
    await row.getByText('Đã đăng ký').waitFor();

    await form.locator('#dk-name').fill(name);
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    await form
      .locator('#dk-name-error')
      .getByText(/đã được đăng ký danh hiệu "LDTT"/)
      .waitFor();
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM campaign_registrations WHERE campaign_id = $1 AND unit_id = 'THPT-CVA'`,
      [campaignId],
    );
    expect(n).toBe(1);

    await row.getByRole('button', { name: 'Rút đăng ký' }).click();
    const withdraw = p.getByRole('form', { name: 'Rút đăng ký' });
    await withdraw.getByRole('button', { name: 'Rút đăng ký' }).click();
    await withdraw.getByText('Vui lòng nhập lý do rút đăng ký.').waitFor();
    await withdraw.locator('#dk-reason').fill('Chuyển công tác');
    await withdraw.getByRole('button', { name: 'Rút đăng ký' }).click();
    await row.getByText(`Đã rút ngày ${vi(today)}`).waitFor();
  });
});
