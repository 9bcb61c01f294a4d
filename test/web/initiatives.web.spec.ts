import { randomUUID } from 'node:crypto';
import { users } from '../support/test-stack';
import { newPage, signIn, webSuite } from '../support/web-browser';

/** The office's initiative registry page (docs/initiatives.md): field errors in Vietnamese, filing, assessment. */
describe('the initiative registry page in the browser', () => {
  const web = webSuite();

  it('says what is missing at each field, then files and records the council recognising it', async () => {
    const title = `Thư viện số ${randomUUID().slice(0, 6)}`;
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.office), '?next=/sang-kien');
    await p.goto(`${web.stack.baseUrl}/sang-kien`);
    await p.getByRole('link', { name: 'Sổ sáng kiến' }).waitFor();
    await p.getByRole('button', { name: 'Đăng ký sáng kiến' }).click();
    const form = p.getByRole('form', { name: 'Đăng ký sáng kiến' });
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    await form.locator('#sk-title-error').getByText('Vui lòng nhập tên sáng kiến.').waitFor();
    await form.locator('#sk-author-0-error').getByText('Vui lòng nhập họ tên tác giả.').waitFor();
    const [{ n }] = await web.stack.db.query(`SELECT count(*)::int AS n FROM initiatives WHERE title = $1`, [title]);
    expect(n).toBe(0);

    // A field's reason goes as soon as that field is edited; the others stay until theirs are.
    await form.locator('#sk-title').fill(title);
    await form.locator('#sk-title-error').waitFor({ state: 'detached' });
    expect(await form.locator('#sk-author-0-error').textContent()).toContain('Vui lòng nhập họ tên tác giả.');
    await form.locator('#sk-author-0').fill('Phan Thị Sách');
    await form.locator('#sk-author-0-error').waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Đăng ký' }).click();
    const row = p.getByRole('row').filter({ hasText: title });
    await row.getByText('Chờ Hội đồng sáng kiến').waitFor();

    await row.getByRole('button', { name: 'Ghi kết quả đánh giá' }).click();
    const assess = p.getByRole('form', { name: 'Kết quả đánh giá sáng kiến' });
    await assess.getByRole('button', { name: 'Ghi nhận' }).click();
    // The form's own check: the date left empty is asked for beside it, nothing sent.
    await assess.getByText('Vui lòng nhập ngày.').waitFor();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    await assess.locator('#sk-date').fill(today.split('-').reverse().join('/'));
    await assess.getByRole('button', { name: 'Ghi nhận' }).click();
    await row.getByText('Được công nhận').waitFor();
    const [saved] = await web.stack.db.query(`SELECT status, scope FROM initiatives WHERE title = $1`, [title]);
    expect(saved).toEqual({ status: 'RECOGNISED', scope: 'UNIT' });
  });
});
