import type { DataSource } from 'typeorm';
import { councilMembersOn, DirectoryStore } from '@khen/projections';
import type { DirectoryCommand } from '@khen/domain';
import { freshDatabase } from '../support/fresh-database';
import { ADMIN, NOW, provinceRows, register, seats, WHY } from '../support/directory-fixtures';

/** What a ballot copies when its review opens: the members seated on the council that day. */
describe('the members a ballot copies', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;
  let store: DirectoryStore;
  const run = async (command: DirectoryCommand) => {
    const out = await store.execute({ command }, { actor: ADMIN });
    if (out.status !== 'RECORDED') throw new Error(JSON.stringify(out));
  };

  beforeAll(async () => {
    db = await freshDatabase();
    ds = db.ds;
    store = new DirectoryStore(ds, { clock: () => NOW });
    for (const row of provinceRows('BM', 3, 0)) await run(register(row));
    await run({
      type: 'RegisterCouncil',
      councilId: 'HD-BM',
      name: 'Hội đồng BM',
      unitId: 'BM',
      authorityName: 'Chủ tịch',
      reason: WHY,
    });
    await run({
      type: 'OpenTerm',
      councilId: 'HD-BM',
      termId: '2026-2031',
      from: '2026-01-01',
      to: '2031-06-30',
      members: seats(19, ['BM-D1', 'BM-D2', 'BM-D3']),
      reason: WHY,
    });
    await run({
      type: 'ChangeMembership',
      councilId: 'HD-BM',
      termId: '2026-2031',
      on: '2026-02-10',
      leave: ['tv-19'],
      join: [{ memberId: 'tv-moi', name: 'Thành viên mới', seat: 'MEMBER', unitId: 'BM-D1' }],
      reason: WHY,
    });
  });
  afterAll(async () => db?.drop());

  it('are those seated on the day: a dated change moves the next ballots only', async () => {
    const before = await councilMembersOn(ds.manager, 'HD-BM', '2026-02-09');
    const after = await councilMembersOn(ds.manager, 'HD-BM', '2026-02-10');
    expect(before).toHaveLength(19);
    expect(before!.map((m) => m.memberId)).toContain('tv-19');
    expect(after).toHaveLength(19);
    expect(after!.map((m) => m.memberId)).toContain('tv-moi');
    expect(after!.map((m) => m.memberId)).not.toContain('tv-19');
  });

  it('are none of the directory for a council without terms (its members column stands) or unknown', async () => {
    await run({
      type: 'RegisterCouncil',
      councilId: 'HD-BM-D1',
      name: 'Hội đồng Sở 1',
      unitId: 'BM-D1',
      authorityName: 'Giám đốc',
      reason: WHY,
    });
    expect(await councilMembersOn(ds.manager, 'HD-BM-D1', '2026-03-01')).toBeUndefined();
    expect(await councilMembersOn(ds.manager, 'HD-KHONG-CO', '2026-03-01')).toBeUndefined();
    // Before the first term: nobody is seated, so the ballot falls back to the members column.
    expect(await councilMembersOn(ds.manager, 'HD-BM', '2025-12-31')).toBeUndefined();
  });
});
