import { randomUUID } from 'node:crypto';
import { steps } from '../support/nomination-steps';
import { users } from '../support/test-stack';
import { newPage, screenshot, signIn, webSuite } from '../support/web-browser';

/**
 * An administrator runs the board's organisation through the pages only (Debian's Chromium, the real
 * API, worker, Temporal and PostgreSQL): a commune under the city, its 19-member council with a term
 * whose members come from several units, and a campaign open for filing — then an officer of the
 * commune files into it, and the audit shows each change old → new.
 */
describe('the directory pages', () => {
  const web = webSuite();
  const tag = randomUUID().slice(0, 4).toUpperCase();
  const UNIT = `PHUONG-${tag}`;
  const COUNCIL = `HD-${UNIT}`;
  const CAMPAIGN = `THI-DUA-${UNIT}-2026`;
  const WHY = 'Theo Quyết định số 05/QĐ-UBND';
  const UNITS = [UNIT, 'SO-GD', 'SO-TC', 'SO-YT', 'SO-NV'];
  const MEMBERS = Array.from({ length: 19 }, (_, i) => ({
    memberId: `${UNIT.toLowerCase()}-tv-${i + 1}`,
    name: `Thành viên ${i + 1}`,
    seat: i === 0 ? 'Chủ tịch Hội đồng' : i === 1 ? 'VICE_CHAIR' : i === 2 ? 'SECRETARY' : 'MEMBER',
    unitId: UNITS[i % UNITS.length]!,
  }));

  it('creates a unit under the city, a 19-member council and a campaign through the pages', async () => {
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.admin));
    await p.goto(`${web.stack.baseUrl}/quan-tri/danh-muc`);
    await p.getByRole('heading', { name: 'Danh mục tổ chức' }).waitFor();

    // The tree loads level by level: the city, then its departments on expand.
    const city = p.locator('li[data-unit="UBND-TP"]');
    await city.getByRole('button', { name: 'Mở rộng' }).click();
    await p.locator('li[data-unit="SO-GD"]').waitFor();
    await city.getByRole('button', { name: 'UBND Thành phố Hà Nội' }).first().click();
    await p.getByRole('heading', { name: 'UBND Thành phố Hà Nội' }).waitFor();

    // A code the rules refuse is answered beside its field, in Vietnamese.
    await p.locator('#UBND-TP-u-code').fill('phuong thu');
    await p.locator('#UBND-TP-u-name').fill(`UBND phường Thử ${tag}`);
    await p.locator('#UBND-TP-u-kind').selectOption('COMMUNE');
    await p.locator('#UBND-TP-u-level').selectOption('COMMUNE');
    await p.locator('#UBND-TP-u-from').fill('01/07/2025');
    await p.locator('#UBND-TP-u-reason').fill(WHY);
    await p.getByRole('button', { name: 'Tạo đơn vị' }).last().click();
    await p.locator('#UBND-TP-u-code-error').filter({ hasText: 'Mã đơn vị không hợp lệ' }).waitFor();
    await screenshot(p, 'directory-unit-field-error');

    // The API's reason stays beside its field while another is edited, and goes once that field is.
    await p.locator('#UBND-TP-u-reason').fill(`${WHY} `);
    await p.locator('#UBND-TP-u-reason').fill(WHY);
    expect(await p.locator('#UBND-TP-u-code-error').textContent()).toContain('Mã đơn vị không hợp lệ');
    await p.locator('#UBND-TP-u-code').fill(UNIT);
    await p.locator('#UBND-TP-u-code-error').waitFor({ state: 'detached' });
    await p.getByRole('button', { name: 'Tạo đơn vị' }).last().click();
    await p.locator(`li[data-unit="${UNIT}"]`).waitFor();
    await screenshot(p, 'directory-unit-created');

    // The council of the new commune, and its term with 19 members from five units, pasted one per line.
    await p.getByRole('link', { name: 'Hội đồng', exact: true }).click();
    await p.locator('#c-code').fill(COUNCIL);
    await p.locator('#c-name').fill(`Hội đồng Thi đua – Khen thưởng phường Thử ${tag}`);
    await p.locator('#c-unit').fill(UNIT);
    await p.locator('#c-authority').fill(`Chủ tịch UBND phường Thử ${tag}`);
    await p.locator('#c-reason').fill(WHY);
    await p.getByRole('button', { name: 'Tạo Hội đồng' }).click();
    await p.getByRole('heading', { name: `Hội đồng Thi đua – Khen thưởng phường Thử ${tag}` }).waitFor();
    await p.locator('#t-id').fill('2026-2031');
    await p.locator('#t-from').fill('01/01/2026');
    await p.locator('#t-to').fill('30/06/2031');
    await p.locator('#t-paste').fill(MEMBERS.map((m) => `${m.memberId}; ${m.name}; ${m.seat}; ${m.unitId}`).join('\n'));
    await p.getByRole('button', { name: 'Thêm từ danh sách đã dán' }).click();
    await p.locator('tr[data-member-row="18"]').waitFor();
    await p.locator('#t-reason').fill(WHY);
    await p.getByRole('button', { name: 'Mở nhiệm kỳ' }).click();
    await p.getByText('19 thành viên ngày').waitFor();
    await screenshot(p, 'directory-council-19');

    // A campaign launched by the commune: it awards within its competence (a Giấy khen).
    await p.getByRole('link', { name: 'Đợt thi đua' }).click();
    await p.locator('#k-code').fill(CAMPAIGN);
    await p.locator('#k-name').fill(`Phong trào thi đua phường Thử ${tag} năm 2026`);
    await p.locator('#k-unit').fill(UNIT);
    await p.locator('#k-kind').selectOption('ANNUAL');
    await p.locator('#k-year').fill('2026');
    await p.locator('#k-open').fill('01/01/2026');
    await p.locator('#k-close').fill('31/12/2030');
    await p.locator('#k-awards').fill('GIAY_KHEN');
    await p.locator('#k-council').fill(COUNCIL);
    await p.locator('#k-reason').fill(WHY);
    await p.getByRole('button', { name: 'Phát động', exact: true }).click();
    await p.getByRole('status').filter({ hasText: 'Đã phát động' }).waitFor();
    await p.locator(`li[data-campaign="${CAMPAIGN}"]`).filter({ hasText: 'Đang nhận hồ sơ' }).waitFor();
    await screenshot(p, 'directory-campaign');

    // The campaign edited: a window that ends before it opens is refused beside its field, then the
    // filing window shortened and the name changed; the card's own audit shows old → new.
    const item = p.locator(`li[data-campaign="${CAMPAIGN}"]`);
    const edit = `#ke-${CAMPAIGN}`;
    await item.getByText('Sửa đợt thi đua').click();
    await p.locator(`${edit}-close`).fill('31/12/2025');
    await p.locator(`${edit}-reason`).fill(WHY);
    await item.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await p.locator(`${edit}-close-error`).waitFor();
    await screenshot(p, 'directory-campaign-edit-error');
    await p.locator(`${edit}-close`).fill('30/06/2030');
    await p.locator(`${edit}-name`).fill(`Phong trào thi đua phường Thử ${tag} 2026-2030`);
    await item.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await item.filter({ hasText: '30/06/2030' }).filter({ hasText: '2026-2030' }).waitFor();
    await item.getByText(/^Nhật ký thay đổi \(2\)/).click();
    await item.locator('[data-record-audit] li').filter({ hasText: '31/12/2030 → 30/06/2030' }).first().waitFor();
    await screenshot(p, 'directory-campaign-edited');

    // A council member's seat changed from a day: member 4 becomes the standing member from 01/03/2026;
    // on 28/02/2026 they were still a member, and the council's audit has the seat old → new.
    const m4 = MEMBERS[3]!;
    await p.getByRole('link', { name: 'Hội đồng', exact: true }).click();
    await p.locator(`li[data-council="${COUNCIL}"]`).getByRole('button').click();
    await p.locator(`tr[data-change-member="${m4.memberId}"]`).waitFor();
    await p.locator('#mc-on').fill('01/03/2026');
    await p.locator(`#mc-seat-${m4.memberId}`).selectOption('STANDING_MEMBER');
    await p.getByRole('button', { name: 'Ghi thay đổi thành viên' }).click();
    await p.locator('#mc-reason-error').waitFor();
    await p.locator('#mc-reason').fill(WHY);
    await p.getByRole('button', { name: 'Ghi thay đổi thành viên' }).click();
    await p.locator(`tr[data-member="${m4.memberId}"]`).filter({ hasText: 'Ủy viên thường trực' }).waitFor();
    await p.locator(`tr[data-member="${m4.memberId}"]`).filter({ hasText: '01/03/2026' }).waitFor();
    await p.getByText('19 thành viên ngày').waitFor();
    await p.locator(`[data-record-audit="${COUNCIL}"] summary`).click();
    await p
      .locator(`[data-record-audit="${COUNCIL}"] li`)
      .filter({ hasText: `${m4.name} — Ủy viên (${m4.unitId}) → ${m4.name} — Ủy viên thường trực` })
      .first()
      .waitFor();
    await screenshot(p, 'directory-council-seat-changed');

    // A cluster of the commune's units, organised by its council: a leader outside the members is
    // refused beside its field, then the year recorded.
    const CLUSTER = `CUM-${UNIT}`;
    await p.getByRole('link', { name: 'Cụm, khối thi đua' }).click();
    await p.locator('#cl-code').fill(CLUSTER);
    await p.locator('#cl-name').fill(`Cụm thi đua phường Thử ${tag}`);
    await p.locator('#cl-kind').selectOption('CLUSTER');
    await p.locator('#cl-council').fill(COUNCIL);
    await p.locator('#cl-reason').fill(WHY);
    await p.getByRole('button', { name: 'Tạo cụm, khối' }).click();
    await p.getByRole('heading', { name: `Cụm thi đua phường Thử ${tag}` }).waitFor();
    await p.locator('#cy-year').fill('2026');
    await p.locator('#cy-members').fill(UNIT);
    await p.locator('#cy-leader').fill('SO-GD');
    await p.locator('#cy-reason').fill(WHY);
    await p.getByRole('button', { name: 'Ghi thành viên năm' }).click();
    await p.locator('#cy-leader-error').waitFor();
    await screenshot(p, 'directory-cluster-error');
    await p.locator('#cy-leader').fill(UNIT);
    await p.getByRole('button', { name: 'Ghi thành viên năm' }).click();
    await p
      .locator(`[data-cluster-year="${CLUSTER}-2026"]`)
      .filter({ hasText: `trưởng: ${UNIT}` })
      .waitFor();
    await screenshot(p, 'directory-cluster');

    // The audit: each change with who and old → new, in officials' words.
    await p.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await p.locator(`tr[data-audit="${UNIT}"]`).filter({ hasText: 'Quản trị hệ thống' }).first().waitFor();
    await p.locator(`tr[data-audit="${COUNCIL}"]`).first().waitFor();
    await screenshot(p, 'directory-audit');
    await p.close();

    // What the pages created is what the API answers.
    const s = steps(web.stack);
    const members = await s.get(users.admin, `/directory/councils/${COUNCIL}/members`).expect(200);
    expect(members.body.members).toHaveLength(19);
    expect(new Set(members.body.members.map((m: { unitId: string }) => m.unitId))).toEqual(new Set(UNITS));
    const campaign = await s.get(users.admin, `/directory/campaigns/${CAMPAIGN}`).expect(200);
    expect(campaign.body.state).toMatchObject({
      level: 'COMMUNE',
      status: 'OPEN',
      awards: ['GIAY_KHEN'],
      filingClosesOn: '2030-06-30',
    });
    const before = await s.get(users.admin, `/directory/councils/${COUNCIL}/members?on=2026-02-28`).expect(200);
    expect(before.body.members.find((m: { memberId: string }) => m.memberId === MEMBERS[3]!.memberId)).toMatchObject({
      seat: 'MEMBER',
    });
    expect(members.body.members.find((m: { memberId: string }) => m.memberId === MEMBERS[3]!.memberId)).toMatchObject({
      seat: 'STANDING_MEMBER',
    });
    const clusters = await s.get(users.admin, '/directory/clusters').expect(200);
    expect(clusters.body.find((c: { clusterId: string }) => c.clusterId === `CUM-${UNIT}`)).toMatchObject({
      councilId: COUNCIL,
      years: [{ year: 2026, members: [UNIT], leaderId: UNIT }],
    });

    // An officer of the new commune files into its campaign, with its council.
    const officer = {
      userId: `${UNIT.toLowerCase()}-can-bo`,
      role: 'UNIT_OFFICER' as const,
      displayName: 'Cán bộ phường',
      unitId: UNIT,
    };
    await web.stack.signIn(officer);

    // The new nomination page offers the commune's own campaign, open for filing today, with its council.
    const o = await newPage(web.context);
    await signIn(o, web.stack.baseUrl, web.stack.token(officer));
    await o.goto(`${web.stack.baseUrl}/ho-so/moi`);
    await o.locator('#n-award').selectOption('GIAY_KHEN');
    // The directory loads after the page: wait for the default to be chosen (a string: no DOM types here).
    await o.waitForFunction(`document.querySelector('#n-campaign')?.value === '${CAMPAIGN}'`);
    expect(await o.locator('#n-campaign').inputValue()).toBe(CAMPAIGN);
    expect(await o.locator('#n-council').inputValue()).toBe(COUNCIL);
    await screenshot(o, 'directory-new-nomination-default');
    await o.close();
    const filed = await s.create(officer, {
      awardCode: 'GIAY_KHEN',
      campaignId: CAMPAIGN,
      councilId: COUNCIL,
      nominee: { name: 'Đặng Thị Phường', subject: 'INDIVIDUAL', key: `T-${randomUUID().slice(0, 12)}` },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ councilId: COUNCIL, unitId: UNIT });

    // Closing the commune while its case is open is refused beside the successor's field, in
    // Vietnamese; with the unit that takes its open cases chosen, it is closed.
    const q = await newPage(web.context);
    await signIn(q, web.stack.baseUrl, web.stack.token(users.admin));
    await q.goto(`${web.stack.baseUrl}/quan-tri/danh-muc`);
    await q.locator('li[data-unit="UBND-TP"]').getByRole('button', { name: 'Mở rộng' }).click();
    await q
      .locator(`li[data-unit="${UNIT}"]`)
      .getByRole('button', { name: `UBND phường Thử ${tag}` })
      .click();
    await q.getByRole('heading', { name: `UBND phường Thử ${tag}` }).waitFor();
    await q.locator('#ue-change').selectOption('close');
    await q.locator('#ue-to').fill('31/12/2026');
    await q.locator('#ue-reason').fill(WHY);
    await q.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await q.locator('#ue-successor-error').filter({ hasText: 'hồ sơ đang xử lý' }).waitFor();
    await screenshot(q, 'directory-unit-close-open-cases');
    await q.locator('#ue-successor').fill('UBND-TP');
    await q.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await q.locator('.facts').filter({ hasText: 'Đơn vị kế thừa' }).filter({ hasText: '31/12/2026' }).waitFor();
    await screenshot(q, 'directory-unit-closed');
    await q.close();
    const closed = await s.get(users.admin, `/directory/units/${UNIT}`).expect(200);
    expect(closed.body.state).toMatchObject({ activeTo: '2026-12-31', successorId: 'UBND-TP' });
  });

  it('imports units from a CSV file: the reason asked at its field, each refused row by its row and column', async () => {
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.admin));
    await p.goto(`${web.stack.baseUrl}/quan-tri/danh-muc/nhap-tep`);
    const csv = `Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp,Đơn vị cấp trên,Hoạt động từ ngày\n${UNIT}-TO-1,Tổ dân phố 1,COMMUNE,COMMUNE,KHONG-CO,01/07/2025\n`;
    await p.locator('#imp-file').setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await p.locator('#imp-sheet').selectOption('units');
    await p.getByRole('button', { name: 'Nhập', exact: true }).click();
    await p.locator('#imp-reason-error').filter({ hasText: 'Ghi lý do nhập' }).waitFor();
    await p.locator('#imp-reason').fill(WHY);
    await p.getByRole('button', { name: 'Nhập', exact: true }).click();
    await p.getByRole('status').filter({ hasText: '1 dòng bị từ chối' }).waitFor();
    const row = p.locator('tr[data-row="units-2"]');
    await row.filter({ hasText: 'Đơn vị cấp trên' }).waitFor();
    await screenshot(p, 'directory-import-file');
    await p.close();
  });

  it('gives a person a seat and ends it through the pages, and the API acts on it', async () => {
    const subject = `${UNIT.toLowerCase()}-pho-giam-doc`;
    const p = await newPage(web.context);
    await signIn(p, web.stack.baseUrl, web.stack.token(users.admin));
    await p.goto(`${web.stack.baseUrl}/quan-tri/danh-muc/nguoi`);
    await p.locator('#p-subject').fill(subject);
    await p.getByRole('button', { name: 'Tra cứu' }).click();
    await p.getByText('Người này chưa được giao vai trò nào.').waitFor();
    await p.locator('#p-name').fill('Phó Giám đốc Sở');
    await p.locator('#p-role').selectOption('AUTHORITY');
    await p.locator('#p-unit').fill('SO-GD');
    await p.locator('#p-from').fill('01/01/2026');
    await p.locator('#p-reason').fill(WHY);
    await p.getByRole('button', { name: 'Giao vai trò', exact: true }).click();
    const seat = p.getByTestId('person-seats').locator('tr[data-seat]');
    await seat.filter({ hasText: 'Người ký quyết định' }).filter({ hasText: '01/01/2026 – nay' }).waitFor();
    await screenshot(p, 'directory-person-seat');
    const record = await steps(web.stack).get(users.admin, `/directory/people/${subject}`);
    expect(record.body.state.seats).toEqual([
      expect.objectContaining({ role: 'AUTHORITY', unitId: 'SO-GD', from: '2026-01-01' }),
    ]);
    // Ended on its first day: the seat keeps its history, dated.
    await p.locator('#p-end-to').fill('01/01/2026');
    await p.locator('#p-end-reason').fill(WHY);
    await seat.getByRole('button', { name: 'Kết thúc vai trò' }).click();
    await seat.filter({ hasText: '01/01/2026 – 01/01/2026' }).waitFor();
    await p.close();
  });
});
