import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import type { Actor } from '@khen/domain';
import { must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { launchBrowser, newPage, signIn, startWebStack, type WebStack } from '../support/web-browser';

/**
 * The cluster scoring page (docs/cluster-scoring.md): a unit officer's score sheet with the maximum said at its field,
 * the leading unit's review (an adjustment asks for its reason, then shows old → new), and the ranking put to the vote.
 */
describe('the cluster scoring page in the browser', () => {
  let stack: WebStack;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  const run = randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
  const [A, B, C] = ['A', 'B', 'C'].map((x) => `WB${run}-${x}`);
  const officer = (u: string): Actor => ({ userId: `cb-${u.toLowerCase()}`, role: 'UNIT_OFFICER', unitId: u });
  const clusterId = `CUMW${run}`;
  const campaignId = `CUM-WEB-${run}`;
  const base = `/cluster-scoring/${clusterId}/${campaignId}`;
  const why = 'Kế hoạch thi đua cụm';

  beforeAll(async () => {
    stack = await startWebStack();
    browser = await launchBrowser();
    const s = steps(stack);
    for (const u of [A, B, C]) {
      must(
        await s.post(users.admin, '/directory/units', {
          unitId: u,
          name: `Đơn vị ${u}`,
          kind: 'DEPARTMENT',
          level: 'DEPARTMENT',
          parentId: 'UBND-TP',
          activeFrom: '2026-01-01',
          reason: why,
        }),
        201,
      );
      await stack.signIn(officer(u));
    }
    must(
      await s.post(users.admin, '/directory/clusters', {
        clusterId,
        name: `Cụm web ${run}`,
        kind: 'CLUSTER',
        councilId: 'HD-TP',
        reason: why,
      }),
      201,
    );
    must(
      await s.put(users.admin, `/directory/clusters/${clusterId}/years/2026`, {
        members: [A, B, C],
        leaderId: A,
        reason: why,
      }),
      200,
    );
    must(
      await s.post(users.admin, '/directory/campaigns', {
        campaignId,
        name: `Thi đua cụm web ${run}`,
        unitId: 'UBND-TP',
        kind: 'ANNUAL',
        year: 2026,
        filingOpensOn: '2026-01-01',
        filingClosesOn: '2030-12-31',
        awards: ['CO_TINH'],
        councilId: 'HD-TP',
        criteria: [{ criterionId: 'TC-1', name: 'Nhiệm vụ chính trị', weight: 1, maxPoints: 40 }],
        reason: why,
      }),
      201,
    );
    for (const [u, p] of [
      [A, 38],
      [B, 39],
    ] as const) {
      must(await s.put(officer(u), `${base}/sheets/${u}/scores/TC-1`, { points: p, note: 'Báo cáo năm' }), 200);
      must(await s.post(officer(u), `${base}/sheets/${u}/submit`), 200);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const open = async (actor: Actor) => {
    const p = await newPage(browser.context);
    await signIn(p, stack.baseUrl, stack.token(actor), '?next=/cham-diem-cum');
    await p.goto(`${stack.baseUrl}/cham-diem-cum`);
    await p.locator('#cs-cluster').selectOption(clusterId);
    await p.locator('#cs-campaign').selectOption(campaignId);
    await p.getByTestId('cluster-scoring').waitFor();
    return p;
  };

  it("fills a unit's sheet: the maximum is said at the field, then the score is saved and the sheet sent", async () => {
    const p = await open(officer(C));
    const form = p.getByRole('form', { name: 'Nhiệm vụ chính trị' });
    await form.locator('#cs-TC-1-points').fill('41');
    await form.locator('#cs-TC-1-note').fill('Báo cáo tổng kết');
    await form.getByRole('button', { name: 'Lưu điểm' }).click();
    await form.getByText('Điểm từ 0 đến 40.').waitFor();
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'SelfScored'`,
      [`scoring-${clusterId}.${campaignId}`],
    );
    expect(n).toBe(2);
    await form.locator('#cs-TC-1-points').fill('30');
    await form.getByRole('button', { name: 'Lưu điểm' }).click();
    await p.getByTestId('cluster-sheets').getByRole('row').filter({ hasText: C }).getByText('30').waitFor();
    await p.getByRole('button', { name: 'Gửi bảng điểm cho trưởng cụm, khối' }).click();
    await p.getByText('Đơn vị đã gửi bảng tự chấm điểm').waitFor();
  });

  it('lets the leader adjust with a reason, shows old → new, and puts the ranking to the vote', async () => {
    const p = await open(officer(A));
    const form = p.getByRole('form', { name: 'Điều chỉnh điểm' });
    await form.locator('#cs-adj-unit').selectOption(B);
    await form.locator('#cs-adj-points').fill('34');
    await form.getByRole('button', { name: 'Điều chỉnh' }).click();
    await form.getByText('Vui lòng nhập lý do điều chỉnh.').waitFor();
    await form.locator('#cs-adj-reason').fill('Minh chứng chưa đủ');
    await form.getByRole('button', { name: 'Điều chỉnh' }).click();
    await p.getByTestId('cluster-adjustments').getByText('39 → 34 — Minh chứng chưa đủ').waitFor();
    await p.getByRole('button', { name: 'Đưa bảng xếp hạng ra bỏ phiếu kín' }).click();
    const ranking = p.getByTestId('cluster-ranking');
    await ranking.getByRole('row').nth(1).getByText(A).waitFor();
    await p.getByText('Đang bỏ phiếu xếp hạng').waitFor();
  });
});
