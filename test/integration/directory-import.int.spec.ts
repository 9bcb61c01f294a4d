import type { DataSource } from 'typeorm';
import {
  importDirectory,
  DirectoryStore,
  DirectoryQueries,
  RuleStore,
  type DirectoryImportFile,
} from '@khen/projections';
import { freshDatabase } from '../support/fresh-database';
import { ADMIN, NOW, provinceRows, seats } from '../support/directory-fixtures';

/** An org chart imported through the batch store: hundreds of units, councils with members, campaigns. */
describe('importing an org chart', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;
  let store: DirectoryStore;
  const events = async () => Number((await ds.query(`SELECT count(*) AS n FROM events`))[0].n);
  const file = (): DirectoryImportFile => {
    // 1 province, 20 departments, 15 schools each: 321 units; a child listed before its parent.
    const units = provinceRows('HP', 20, 15).reverse();
    const councils = Array.from({ length: 20 }, (_, d) => ({
      councilId: `HD-HP-D${d + 1}`,
      name: `Hội đồng TĐKT Sở số ${d + 1}`,
      unitId: `HP-D${d + 1}`,
      authorityName: `Giám đốc Sở số ${d + 1}`,
      term: { termId: 'NK-2026', from: '2026-01-01', to: '2030-12-31' },
      members: seats(15 + (d % 11), [`HP-D${d + 1}`, `HP-D${d + 1}-S1`, `HP-D${d + 1}-S2`]),
    }));
    const campaigns = Array.from({ length: 20 }, (_, d) => ({
      campaignId: `TK-HP-D${d + 1}-2026`,
      name: `Tổng kết năm 2026 của Sở số ${d + 1}`,
      unitId: `HP-D${d + 1}`,
      kind: 'ANNUAL' as const,
      year: 2026,
      filingOpensOn: '2026-11-01',
      filingClosesOn: '2026-12-15',
      awards: ['LDTT', 'GIAY_KHEN'],
      councilId: `HD-HP-D${d + 1}`,
    }));
    return { units, councils, campaigns };
  };
  const opts = () => ({
    actor: ADMIN,
    reason: 'Nhập sơ đồ tổ chức từ tệp so-do-2026.xlsx',
    asOf: '2026-03-01',
    chunk: 200,
  });

  beforeAll(async () => {
    db = await freshDatabase();
    ds = db.ds;
    await new RuleStore(ds.manager).ensureSeed();
    store = new DirectoryStore(ds, { clock: () => NOW });
  });
  afterAll(async () => db?.drop());

  it('records every row of a first import, parents before children, with progress', async () => {
    const before = await events();
    const progress: number[] = [];
    const report = await importDirectory(ds, store, file(), { ...opts(), onProgress: (done) => progress.push(done) });
    expect(report.rows.filter((r) => r.status !== 'RECORDED')).toEqual([]);
    expect(report.rows).toHaveLength(321 + 20 + 20);
    // 321 registrations, 20 × (council + term), 20 campaigns.
    expect(report.recorded).toBe(321 + 40 + 20);
    expect((await events()) - before).toBe(report.recorded);
    expect(progress[progress.length - 1]).toBe(361);
    expect(progress.length).toBe(2);
    const q = new DirectoryQueries(ds.manager);
    expect((await q.unitWithPath('HP-D7-S15'))?.path.map((p) => p.unitId)).toEqual(['HP', 'HP-D7', 'HP-D7-S15']);
    expect(await q.councilMembersAt('HD-HP-D11', '2026-03-01')).toHaveLength(25);
  });

  it('records nothing when the same file is imported again', async () => {
    const before = await events();
    const report = await importDirectory(ds, store, file(), opts());
    expect(report.recorded).toBe(0);
    expect(report.rows.every((r) => r.status === 'UNCHANGED')).toBe(true);
    expect(await events()).toBe(before);
  });

  it('records only the rows that changed, and reports each refused row with its field', async () => {
    const changed = file();
    changed.units = changed.units!.map((u) =>
      u.unitId === 'HP-D3-S4' ? { ...u, name: 'Trường Chuyên Hải Phòng' } : u,
    );
    changed.units.push({
      unitId: 'HP-X1',
      name: 'Đơn vị mồ côi',
      kind: 'PUBLIC_SERVICE',
      level: 'UNIT',
      parentId: 'HP-KHONG-CO',
      activeFrom: '2026-01-01',
    });
    changed.councils![0] = {
      ...changed.councils![0]!,
      members: changed.councils![0]!.members.filter((m) => m.memberId !== 'tv-15'),
    };
    const report = await importDirectory(ds, store, changed, opts());
    expect(report.recorded).toBe(2);
    expect(
      report.rows
        .filter((r) => r.status === 'RECORDED')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['HD-HP-D1', 'HP-D3-S4']);
    const refused = report.rows.filter((r) => r.status === 'REFUSED');
    expect(refused).toEqual([
      expect.objectContaining({
        sheet: 'units',
        row: 322,
        id: 'HP-X1',
        refusal: expect.objectContaining({ code: 'UNIT_NOT_ACTIVE', field: 'parentId' }),
      }),
    ]);
    expect(await new DirectoryQueries(ds.manager).councilMembersAt('HD-HP-D1', '2026-03-01')).toHaveLength(14);
  });
});
