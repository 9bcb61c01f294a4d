import { awardToday, launchOwnCampaign, readyForDecision, refuseForCriteria } from '../support/report-fixtures';
import { users } from '../support/test-stack';
import { horizontalOverflow, newPage, PHONE, screenshot, signIn, webSuite } from '../support/web-browser';

/**
 * The board's reports and the public honour roll in a real browser: the office reads a campaign's
 * figures with their charts; a citizen finds an award on the honour roll typing without diacritics.
 */
describe("the board's reports and the honour roll in the browser", () => {
  const web = webSuite();
  let campaign: string;
  const SUMMARY = 'Nhiều năm liền dẫn đầu phong trào thi đua dạy tốt, học tốt của ngành.';

  beforeAll(async () => {
    campaign = await launchOwnCampaign(web.stack, 'VINH-DANH');
    const vinh = await readyForDecision(
      web.stack,
      campaign,
      'Hoàng Thị Vinh Danh',
      { gender: 'FEMALE', directWorker: true },
      'INDIVIDUAL',
      { achievements: { summary: SUMMARY } },
    );
    await awardToday(web.stack, vinh);
    await awardToday(
      web.stack,
      await readyForDecision(web.stack, campaign, 'Tổ Văn trường Vinh Danh', {}, 'COLLECTIVE'),
    );
    await awardToday(
      web.stack,
      await readyForDecision(web.stack, campaign, 'Lý Văn Đột Xuất', { gender: 'MALE' }, 'INDIVIDUAL', {
        kind: 'THEO_DOT',
      }),
    );
    await refuseForCriteria(
      web.stack,
      await readyForDecision(web.stack, campaign, 'Mai Văn Chưa Đạt', { gender: 'MALE' }),
    );
  });

  it("the office reads a campaign's report: priority shares, awards by title and kind, timeliness and refusals charted", async () => {
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.office));
    await p.goto(`${web.stack.baseUrl}/bao-cao`);
    await p.getByRole('heading', { name: 'Báo cáo tổng hợp thi đua, khen thưởng' }).waitFor();
    await p.locator('#r-campaign').selectOption(campaign);
    await p.locator('#r-year').fill('2026');
    await p.getByRole('button', { name: 'Xem báo cáo' }).click();
    await p.getByTestId('report-as-of').filter({ hasText: '4 hồ sơ, 4 đã có kết quả' }).waitFor();
    const women = p.locator('[data-share=women]');
    await women.filter({ hasText: '(1/2)' }).waitFor();
    expect(await women.textContent()).toContain('50');
    expect(await p.locator('[data-share=directWorkers]').textContent()).toContain('(1/2)');
    // Three charts: awards by title and kind, timeliness by level, refusals by reason.
    for (const id of ['report-awards', 'report-timeliness', 'report-refusals'])
      await p.getByTestId(id).locator('canvas[role=img]').waitFor();
    await p.getByTestId('report-awards').getByText('Bảng số liệu').click();
    await p.getByTestId('report-awards').getByRole('cell', { name: 'Bằng khen cấp bộ, ban, ngành, tỉnh' }).waitFor();
    await screenshot(p, 'reports-board');
    await p.close();
  });

  it('a citizen finds the award on the honour roll typing without diacritics, with its decision and achievement', async () => {
    const p = await newPage(web.context, PHONE);
    await p.goto(`${web.stack.baseUrl}/cong-khai`);
    await p.getByRole('heading', { name: 'Đã được khen thưởng' }).waitFor();
    await p.getByLabel('Tìm theo họ tên, đơn vị, danh hiệu').fill('hoang thi vinh danh');
    await p.getByRole('button', { name: 'Tìm', exact: true }).click();
    // The search's answer replaces the whole list (the school's team, also "Vinh Danh", is not among it).
    await p.locator('ul.awards li').filter({ hasText: 'Tổ Văn trường Vinh Danh' }).waitFor({ state: 'detached' });
    const item = p.locator('ul.awards li').filter({ hasText: 'Hoàng Thị Vinh Danh' });
    await item.getByText(SUMMARY).waitFor();
    expect(await item.textContent()).toMatch(/Quyết định số .+ ngày \d{2}\/\d{2}\/\d{4}/);
    expect(await p.locator('ul.awards li').count()).toBe(1);
    expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
    await screenshot(p, 'public-honour-roll-phone');
    await p.getByLabel('Tìm theo họ tên, đơn vị, danh hiệu').fill('khong ai ten nay');
    await p.getByRole('button', { name: 'Tìm', exact: true }).click();
    await p.getByText('Không tìm thấy khen thưởng phù hợp.').waitFor();
    await p.close();
  });
});
