import { Client, Connection } from '@temporalio/client';
import { loadTemporalConfig } from '@khen/temporal';
import { randomUUID } from 'node:crypto';
import { seedSlaDemoCases, slaDemoCasesWithIds } from '../../scripts/demo/demo-sla-cases';

import { CITY, flows, must } from '../support/case-flows';
import { steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { newPage, screenshot, webSuite } from '../support/web-browser';

// Ids of this suite's own: the e2e suite loads the same cases on the Temporal server all suites share.
const DEMO_SLA_CASES = slaDemoCasesWithIds([randomUUID(), randomUUID()]);

/**
 * Case numbers beside the case in the pages (case page, inbox, case list and its search, public disclosure,
 * objection status, SLA board), and the demo's warned and breached cases on the SLA board.
 */
describe('case numbers and the demo SLA cases in the pages', () => {
  const web = webSuite({ KHEN_DISCLOSURE_OVERRIDE_MS: '60000' });
  let s: ReturnType<typeof steps>;
  let connection: Connection;

  beforeAll(async () => {
    s = steps(web.stack);
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  });
  afterAll(async () => {
    await connection?.close();
  });

  const numberOf = async (id: string) => (await s.view(users.office, id)).body.caseNumber as string;

  it('shows the number on the case page, in the inbox row and in the case list, which finds a case by it', async () => {
    const name = 'Hà Văn Có Số';
    const id = await flows(web.stack).submitted(CITY, name);
    const n = await numberOf(id);
    expect(n).toMatch(/^HS-\d{4}-\d{6}$/);

    const page = await web.as(users.office, `/ho-so/${id}`);
    await page.locator('.case > p.muted').getByTestId('case-number').filter({ hasText: n }).waitFor();
    expect(await page.locator('.case > p.muted').textContent()).toContain(`Số hồ sơ: ${n}`);
    await screenshot(page, 'case-number-case-page');

    await page.goto(`${web.stack.baseUrl}/hop-viec`);
    const row = page.locator('tr[data-type="APPRAISE_DOSSIER"]').filter({ hasText: name });
    await row.getByTestId('case-number').filter({ hasText: n }).waitFor();
    await screenshot(page, 'case-number-inbox');

    await page.goto(`${web.stack.baseUrl}/ho-so`);
    await page.getByLabel('Tên, mã định danh hoặc số hồ sơ').fill(n);
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    // The list before the search holds the case too: wait for the search's answer to replace it.
    await page.waitForFunction("document.querySelectorAll('tbody tr').length === 1");
    await page.locator('tbody tr').filter({ hasText: name }).getByTestId('case-number').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'case-number-search');
    await page.close();
  });

  it('shows the number to the public on the disclosure list and the objection status page', async () => {
    const name = 'Lưu Thị Công Khai Số';
    const id = await flows(web.stack).disclosed(CITY, name);
    const n = await numberOf(id);
    const p = await newPage(web.context);
    await p.goto(`${web.stack.baseUrl}/cong-khai`);
    const card = p.locator(`li[data-nomination="${id}"]`);
    await card.getByTestId('case-number').filter({ hasText: n }).waitFor();
    await screenshot(p, 'case-number-disclosure');
    const code = must(await s.object(id, 'Thành tích kê khai chưa đúng.'), 201).body.trackingCode as string;
    await p.goto(`${web.stack.baseUrl}/cong-khai/y-kien/${code}`);
    await p.getByTestId('objection-status').getByTestId('case-number').filter({ hasText: n }).waitFor();
    await screenshot(p, 'case-number-objection-status');
    await p.close();
  });

  it("SLA monitor: the demo's warned and breached cases, each with its number", async () => {
    const config = { ...loadTemporalConfig(), taskQueue: web.stack.taskQueue };
    await seedSlaDemoCases(web.stack.db, new Client({ connection }), config, new Date(), DEMO_SLA_CASES);
    const [warned, breached] = DEMO_SLA_CASES.map((c) => c.nominationId);
    const p = await web.as(users.slaMonitor, '/sla');
    await p.getByRole('heading', { name: 'Theo dõi thời hạn' }).first().waitFor();
    const rowOf = (id: string) => p.locator(`tr[data-nomination="${id}"]`);
    await rowOf(breached!).waitFor();
    await rowOf(warned!).waitFor();
    expect(await rowOf(breached!).getAttribute('data-state')).toBe('breached');
    expect(await rowOf(breached!).locator('.badge-breached').count()).toBe(1);
    expect(await rowOf(warned!).getAttribute('data-state')).toBe('at-risk');
    for (const id of [warned!, breached!])
      expect(await rowOf(id).getByTestId('case-number').textContent()).toBe(await numberOf(id));
    await rowOf(breached!).scrollIntoViewIfNeeded();
    await screenshot(p, 'case-number-sla-demo');
    await p.close();
  });
});
