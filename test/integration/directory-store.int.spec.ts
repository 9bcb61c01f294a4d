import type { DataSource } from 'typeorm';
import { verifyStore } from '@khen/eventstore';
import {
  DirectoryQueries,
  DirectoryStore,
  rebuildProjection,
  RuleStore,
  type DirectoryOutcome,
} from '@khen/projections';
import type { DirectoryCommand } from '@khen/domain';
import { freshDatabase } from '../support/fresh-database';
import { ADMIN, NOW, provinceRows, register, seats, WHY } from '../support/directory-fixtures';

/** The directory's store on the real PostgreSQL: the lock, the deciders' facts, the fold, the audit. */
describe('the directory store', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;
  let store: DirectoryStore;
  let queries: DirectoryQueries;
  const run = (command: DirectoryCommand, ifMatch?: number) => store.execute({ command, ifMatch }, { actor: ADMIN });
  const events = async () => Number((await ds.query(`SELECT count(*) AS n FROM events`))[0].n);
  const recorded = (o: DirectoryOutcome) => {
    if (o.status !== 'RECORDED') throw new Error(`expected RECORDED, got ${JSON.stringify(o)}`);
    return o;
  };

  beforeAll(async () => {
    db = await freshDatabase();
    ds = db.ds;
    await new RuleStore(ds.manager).ensureSeed();
    store = new DirectoryStore(ds, { clock: () => NOW });
    queries = new DirectoryQueries(ds.manager);
    const rows = provinceRows('HN', 4, 3);
    const { outcomes } = await store.executeMany(
      rows.map((r) => ({ command: register(r) })),
      { actor: ADMIN },
    );
    expect(outcomes.every((o) => o.status === 'RECORDED')).toBe(true);
  });
  afterAll(async () => db?.drop());

  it('folds the tree with paths, children in keyset pages and an unaccented search', async () => {
    const unit = await queries.unitWithPath('HN-D2-S3');
    expect(unit?.path.map((p) => p.unitId)).toEqual(['HN', 'HN-D2', 'HN-D2-S3']);
    const first = await queries.children('HN', { limit: 3 });
    const second = await queries.children('HN', { limit: 3, after: first.next });
    expect(first.items.map((u) => u.unitId)).toEqual(['HN-D1', 'HN-D2', 'HN-D3']);
    expect(second.items.map((u) => u.unitId)).toEqual(['HN-D4']);
    expect(second.next).toBeUndefined();
    // Every word, in any order, with or without diacritics; the whole phrase first.
    expect((await queries.searchUnits('truong so 2 thuoc so 3')).map((u) => u.unitId)).toEqual([
      'HN-D3-S2',
      'HN-D2-S3',
    ]);
    expect((await queries.searchUnits('Trường số 2 thuộc Sở 3')).map((u) => u.unitId)).toEqual([
      'HN-D3-S2',
      'HN-D2-S3',
    ]);
    expect((await queries.searchUnits('SỞ SỐ 4'))[0]?.unitId).toBe('HN-D4');
  });

  it('refuses a change and writes nothing: no event, no row changed', async () => {
    const before = await events();
    const row = await queries.unitWithPath('HN-D1');
    const out = await run({ type: 'MoveUnit', unitId: 'HN-D1', parentId: 'HN-D1-S1', reason: WHY });
    expect(out).toMatchObject({ status: 'REFUSED', refusal: { code: 'UNIT_CYCLE', field: 'parentId' } });
    expect(await events()).toBe(before);
    expect(await queries.unitWithPath('HN-D1')).toEqual(row);
  });

  it('checks If-Match: a stale version records nothing, the current one records the change', async () => {
    const { version } = (await queries.unitWithPath('HN-D1-S1'))!;
    const rename = { type: 'ChangeUnit' as const, unitId: 'HN-D1-S1', name: 'Trường THPT Kim Liên', reason: WHY };
    expect(await run(rename, version - 1)).toEqual({
      status: 'STALE',
      streamId: 'unit-HN-D1-S1',
      expected: version - 1,
      actual: version,
    });
    const ok = recorded(await run(rename, version));
    expect(ok.version).toBe(version + 1);
    expect((await queries.unitWithPath('HN-D1-S1'))?.name).toBe('Trường THPT Kim Liên');
  });

  it('keeps the tree free of cycles under concurrent opposite moves', async () => {
    // Pairs of departments, each pair moved under each other at the same moment: one move wins, the other is a cycle.
    const pairs = [
      ['HN-D1', 'HN-D2'],
      ['HN-D3', 'HN-D4'],
    ] as const;
    const moves = pairs.flatMap(([a, b]) => [
      run({ type: 'MoveUnit', unitId: a, parentId: b, reason: WHY }),
      run({ type: 'MoveUnit', unitId: b, parentId: a, reason: WHY }),
    ]);
    const outcomes = await Promise.all(moves);
    for (let i = 0; i < pairs.length; i++) {
      const statuses = [outcomes[2 * i]!.status, outcomes[2 * i + 1]!.status].sort();
      expect(statuses).toEqual(['RECORDED', 'REFUSED']);
    }
    const rows = (await ds.query(`SELECT unit_id, parent_id, path FROM units WHERE unit_id LIKE 'HN%'`)) as {
      unit_id: string;
      parent_id: string | null;
      path: string[];
    }[];
    const byId = new Map(rows.map((r) => [r.unit_id, r]));
    for (const r of rows) {
      expect(new Set(r.path).size).toBe(r.path.length);
      expect(r.path[0]).toBe('HN');
      expect(r.path[r.path.length - 1]).toBe(r.unit_id);
      // The path is the chain of parent links.
      expect(r.path.length > 1 ? r.path[r.path.length - 2] : null).toBe(r.parent_id);
      if (r.parent_id) expect(byId.get(r.parent_id)).toBeDefined();
    }
    // A school moved with its department: its path follows.
    const moved = outcomes.find((o) => o.status === 'RECORDED')!.streamId.slice('unit-'.length);
    const school = await queries.unitWithPath(`${moved}-S1`);
    expect(school?.path).toHaveLength(4);
  });

  it('seats a 19-member council for a term and answers who sat on it on each date after dated changes', async () => {
    const units = ['HN', 'HN-D1', 'HN-D2', 'HN-D3'];
    recorded(
      await run({
        type: 'RegisterCouncil',
        councilId: 'HD-HN',
        name: 'Hội đồng TĐKT tỉnh',
        unitId: 'HN',
        authorityName: 'Chủ tịch UBND tỉnh',
        reason: WHY,
      }),
    );
    recorded(
      await run({
        type: 'OpenTerm',
        councilId: 'HD-HN',
        termId: 'NK-2026-2031',
        from: '2026-01-01',
        to: '2030-12-31',
        members: seats(19, units),
        reason: WHY,
      }),
    );
    recorded(
      await run({
        type: 'ChangeMembership',
        councilId: 'HD-HN',
        termId: 'NK-2026-2031',
        on: '2026-06-01',
        leave: ['tv-1'],
        join: [{ memberId: 'tv-20', name: 'Chủ tịch mới', seat: 'CHAIR', unitId: 'HN' }],
        reason: WHY,
      }),
    );
    recorded(
      await run({
        type: 'ChangeMembership',
        councilId: 'HD-HN',
        termId: 'NK-2026-2031',
        on: '2026-09-01',
        leave: ['tv-19'],
        join: [],
        reason: WHY,
      }),
    );
    const at = async (d: string) => (await queries.councilMembersAt('HD-HN', d)).map((m) => m.memberId);
    expect(await at('2025-12-31')).toEqual([]);
    expect(await at('2026-05-31')).toHaveLength(19);
    expect(await at('2026-05-31')).toContain('tv-1');
    expect((await queries.councilMembersAt('HD-HN', '2026-06-01'))[0]).toMatchObject({
      memberId: 'tv-20',
      seat: 'CHAIR',
    });
    expect(await at('2026-06-01')).not.toContain('tv-1');
    expect(await at('2026-08-31')).toContain('tv-19');
    expect(await at('2026-09-01')).toHaveLength(18);
    // The ballot's loader reads councils.members: the latest composition.
    const [{ members }] = await ds.query(`SELECT members FROM councils WHERE council_id = 'HD-HN'`);
    expect(members).toHaveLength(18);
    expect(members.find((m: { chair: boolean }) => m.chair)).toMatchObject({ memberId: 'tv-20', unitId: 'HN' });
    // Refused: the new chair leaving with nobody taking the seat.
    const noChair = await run({
      type: 'ChangeMembership',
      councilId: 'HD-HN',
      termId: 'NK-2026-2031',
      on: '2026-10-01',
      leave: ['tv-20'],
      join: [],
      reason: WHY,
    });
    expect(noChair).toMatchObject({ status: 'REFUSED', refusal: { code: 'NO_CHAIR' } });
    // A person's seats that day: the council seat derived from the council, beside one granted.
    recorded(
      await run({
        type: 'GrantSeat',
        subject: 'tv-2',
        role: 'UNIT_OFFICER',
        unitId: 'HN-D1',
        from: '2026-01-01',
        reason: WHY,
      }),
    );
    expect((await queries.personSeatsAt('tv-2', '2026-07-01')).map((s) => s.role).sort()).toEqual([
      'COUNCIL_MEMBER',
      'UNIT_OFFICER',
    ]);
  });

  it('launches a campaign of the province and lists it as open inside its window only', async () => {
    recorded(
      await run({
        type: 'LaunchCampaign',
        campaignId: 'TK-HN-2026',
        name: 'Tổng kết năm 2026',
        unitId: 'HN',
        kind: 'ANNUAL',
        year: 2026,
        filingOpensOn: '2026-11-01',
        filingClosesOn: '2026-12-15',
        awards: ['BK_TINH'],
        councilId: 'HD-HN',
        reason: WHY,
      }),
    );
    expect((await queries.campaignsOpenAt('2026-11-10')).map((c) => c.campaignId)).toContain('TK-HN-2026');
    expect((await queries.campaignsOpenAt('2026-12-16')).map((c) => c.campaignId)).not.toContain('TK-HN-2026');
    const [row] = await ds.query(`SELECT kind, year FROM campaigns WHERE campaign_id = 'TK-HN-2026'`);
    expect(row).toEqual({ kind: 'CONG_TRANG', year: 2026 });
  });

  it('shows old → new, who and why in the audit, and the hash chain of directory streams verifies', async () => {
    recorded(
      await run({
        type: 'ChangeUnit',
        unitId: 'HN-D3-S3',
        name: 'Trường Chuyên tỉnh',
        reason: 'Đổi tên theo Quyết định 40/QĐ-UBND',
      }),
    );
    const [entry] = await queries.audit({ kind: 'unit', recordId: 'HN-D3-S3', limit: 1 });
    expect(entry).toMatchObject({
      type: 'UnitChanged',
      actorId: 'quan-tri',
      actorName: 'Quản trị hệ thống',
      reason: 'Đổi tên theo Quyết định 40/QĐ-UBND',
      changes: [{ field: 'name', from: 'Trường số 3 thuộc Sở 3', to: 'Trường Chuyên tỉnh' }],
    });
    expect((await queries.audit({ actorId: 'nobody' })).length).toBe(0);
    expect((await queries.audit({ kind: 'council', limit: 10 })).map((e) => e.type)).toContain(
      'CouncilMembershipChanged',
    );
    const one = await verifyStore(ds, { streamId: 'council-HD-HN' });
    expect(one).toMatchObject({ ok: true, streams: 1, events: 4 });
    expect((await verifyStore(ds)).ok).toBe(true);
  });

  it('rebuilds every directory read model from the streams into the same rows, keeping rows from before', async () => {
    const tables = [
      'units',
      'councils',
      'council_terms',
      'council_seats',
      'campaigns',
      'persons',
      'person_seats',
      'directory_audit',
    ];
    const dump = async () => {
      const out: Record<string, unknown[]> = {};
      for (const t of tables) out[t] = await ds.query(`SELECT * FROM ${t} ORDER BY 1, 2`);
      return out;
    };
    // A row from before the directory was event-sourced (version 0), as the old loader wrote it.
    await ds.query(
      `INSERT INTO units (unit_id, name, parent_id, level) VALUES ('TU-TRUOC', 'Đơn vị từ trước', NULL, 'UNIT')
       ON CONFLICT (unit_id) DO NOTHING`,
    );
    const before = await dump();
    expect(before.units!.some((u) => (u as { version: number }).version === 0)).toBe(true);
    await rebuildProjection(ds, 'directory');
    expect(await dump()).toEqual(before);
    expect((await queries.councilMembersAt('HD-HN', '2026-06-01')).length).toBe(19);
  });
});
