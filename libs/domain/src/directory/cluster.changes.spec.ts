import { evolveCluster } from './cluster.decider';
import type { ClusterCommand } from './directory.commands';
import type { ClusterEvent, DirectoryEvent } from './directory.events';
import type { ClusterState } from './directory.types';
import { accepted, ctx, given, refused, TREE, when, WHY } from './testing/fixtures';

/** The record after an event (the deciders answer with the directory's events). */
const evolve = (state: ClusterState | null, event: DirectoryEvent) => evolveCluster(state, event as ClusterEvent);

type Register = Extract<ClusterCommand, { type: 'RegisterCluster' }>;
type Year = Extract<ClusterCommand, { type: 'SetClusterYear' }>;
const register = (over: Partial<Register> = {}): ClusterCommand => ({
  type: 'RegisterCluster',
  clusterId: 'CUM-VHXH',
  name: 'Cụm thi đua các sở văn hóa – xã hội',
  kind: 'CLUSTER',
  councilId: 'HD-TP',
  reason: WHY,
  ...over,
});
const year = (over: Partial<Year> = {}): ClusterCommand => ({
  type: 'SetClusterYear',
  clusterId: 'CUM-VHXH',
  year: 2026,
  members: ['SO-YT', 'SO-GD'],
  leaderId: 'SO-GD',
  reason: WHY,
  ...over,
});
const registered = () => given<ClusterState>([register()]);

describe('clusters: registering and renaming', () => {
  it('records the cluster, name trimmed, every field old → new', () => {
    const [e] = accepted(when(null, register({ name: ' Khối các sở ', kind: 'BLOC' })));
    const cluster = { clusterId: 'CUM-VHXH', name: 'Khối các sở', kind: 'BLOC', councilId: 'HD-TP' };
    expect(e).toEqual({
      type: 'ClusterRegistered',
      data: {
        cluster,
        reason: WHY,
        changes: Object.entries(cluster).map(([field, to]) => ({ field, from: null, to })),
      },
    });
    expect(evolve(null, e!)).toEqual({ ...cluster, years: [] });
  });

  it.each<[string, Partial<Register>, string, string, RegExp]>([
    ['a code in lower case', { clusterId: 'cum-1' }, 'INVALID_RECORD_CODE', 'clusterId', /^Mã cụm, khối thi đua/],
    ['no name', { name: '' }, 'FIELD_REQUIRED', 'name', /tên cụm, khối thi đua/],
    [
      'a kind neither cluster nor bloc',
      { kind: 'GROUP' as never },
      'INVALID_VALUE',
      'kind',
      /"GROUP".*loại \(cụm hoặc khối\)/,
    ],
    ['no reason', { reason: '' }, 'FIELD_REQUIRED', 'reason', /lý do/],
    ['a council unknown', { councilId: 'HD-MA' }, 'COUNCIL_UNKNOWN', 'councilId', /"HD-MA"/],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(null, register(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('refuses a second registration, and a command for a cluster not registered', () => {
    expect(refused(when(registered(), register()))).toMatchObject({
      code: 'DIRECTORY_RECORD_EXISTS',
      field: 'clusterId',
    });
    expect(refused(when(null, year())).messageVi).toBe('Cụm, khối thi đua mã "CUM-VHXH" không có trong danh mục.');
    expect(refused(when(registered(), year({ reason: ' ' }))).code).toBe('FIELD_REQUIRED');
  });

  it('renames and moves to another council, old → new, nothing when nothing differs; refuses blank and unknown', () => {
    const change = (over: Record<string, string>) =>
      ({ type: 'ChangeCluster', clusterId: 'CUM-VHXH', reason: WHY, ...over }) as ClusterCommand;
    const [e] = accepted(
      when(registered(), change({ councilId: 'HD-SO-GD', name: 'Cụm thi đua các sở văn hóa – xã hội' })),
    );
    expect(e).toEqual({
      type: 'ClusterChanged',
      data: {
        clusterId: 'CUM-VHXH',
        set: { councilId: 'HD-SO-GD' },
        reason: WHY,
        changes: [{ field: 'councilId', from: 'HD-TP', to: 'HD-SO-GD' }],
      },
    });
    expect(evolve(registered(), e!)).toMatchObject({
      councilId: 'HD-SO-GD',
      name: 'Cụm thi đua các sở văn hóa – xã hội',
    });
    expect(when(registered(), change({ name: 'Cụm thi đua các sở văn hóa – xã hội' }))).toEqual([]);
    expect(refused(when(registered(), change({ name: ' ' })))).toMatchObject({ code: 'FIELD_REQUIRED', field: 'name' });
    expect(refused(when(registered(), change({ councilId: 'HD-MA' })))).toMatchObject({
      code: 'COUNCIL_UNKNOWN',
      field: 'councilId',
    });
  });
});

describe('clusters: members and leader of a year', () => {
  it('records the members sorted and the leader, each under its year, and keeps the years in order', () => {
    const [e] = accepted(when(registered(), year()));
    expect(e).toEqual({
      type: 'ClusterYearSet',
      data: {
        clusterId: 'CUM-VHXH',
        year: 2026,
        members: ['SO-GD', 'SO-YT'],
        leaderId: 'SO-GD',
        reason: WHY,
        changes: [
          { field: '2026.members', from: null, to: ['SO-GD', 'SO-YT'] },
          { field: '2026.leaderId', from: null, to: 'SO-GD' },
        ],
      },
    });
    const c = given<ClusterState>([register(), year({ year: 2027 }), year({ year: 2025 }), year({ year: 2026 })]);
    expect(c.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const moved = given<ClusterState>([register(), year(), year({ members: ['SO-GD', 'UBND-TP'] })]);
    expect(moved.years).toEqual([{ year: 2026, members: ['SO-GD', 'UBND-TP'], leaderId: 'SO-GD' }]);
  });

  it('records a year changed as old → new, the members compared in any order', () => {
    const c = given<ClusterState>([register(), year({ members: ['SO-YT', 'SO-GD'] })]);
    const [e] = accepted(when(c, year({ members: ['SO-GD', 'SO-YT', 'UBND-TP'], leaderId: 'SO-GD' })));
    expect((e as Extract<ClusterEvent, { type: 'ClusterYearSet' }>).data.changes).toEqual([
      { field: '2026.members', from: ['SO-GD', 'SO-YT'], to: ['SO-GD', 'SO-YT', 'UBND-TP'] },
    ]);
    expect(when(c, year({ members: ['SO-GD', 'SO-YT'] }))).toEqual([]);
    expect(accepted(when(c, year({ year: 2027, members: ['SO-GD', 'SO-YT'] })))).toHaveLength(1);
  });

  it.each<[string, Partial<Year>, string, string, RegExp]>([
    ['the year 1999', { year: 1999 }, 'INVALID_VALUE', 'year', /"1999" không hợp lệ cho năm\./],
    ['the year 2101', { year: 2101 }, 'INVALID_VALUE', 'year', /"2101"/],
    ['a year with a fraction', { year: 2026.5 }, 'INVALID_VALUE', 'year', /"2026.5"/],
    ['no members', { members: [] }, 'FIELD_REQUIRED', 'members', /các đơn vị thành viên \(không trùng lặp\)/],
    ['a member twice', { members: ['SO-GD', 'SO-GD'] }, 'FIELD_REQUIRED', 'members', /không trùng lặp/],
    [
      'a member unknown',
      { members: ['SO-GD', 'SO-MA'] },
      'UNIT_NOT_ACTIVE',
      'members',
      /^Đơn vị thành viên "SO-MA".*01\/01\/2026/,
    ],
    ['a member closed before the year', { members: ['SO-GD', 'HUYEN-CU'] }, 'UNIT_NOT_ACTIVE', 'members', /"HUYEN-CU"/],
    ['a leader not a member', { leaderId: 'UBND-TP' }, 'LEADER_NOT_MEMBER', 'leaderId', /"UBND-TP"/],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(registered(), year(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('takes the years 2000 and 2100, and a unit active on any day of the year', () => {
    const old = ctx({ units: { ...TREE, 'SO-GD': { ...TREE['SO-GD']!, activeFrom: '1990-01-01' } } });
    expect(accepted(when(registered(), year({ year: 2000, members: ['SO-GD'] }), old))).toHaveLength(1);
    expect(accepted(when(registered(), year({ year: 2100, members: ['SO-GD'] })))).toHaveLength(1);
    // The district closed on 30/06/2025 and the commune opened on 01/07/2025 were both active in 2025.
    expect(
      accepted(when(registered(), year({ year: 2025, members: ['HUYEN-CU', 'XA-AN-KHANH'], leaderId: 'HUYEN-CU' }))),
    ).toHaveLength(1);
    expect(
      refused(when(registered(), year({ year: 2024, members: ['XA-AN-KHANH'], leaderId: 'XA-AN-KHANH' }))).code,
    ).toBe('UNIT_NOT_ACTIVE');
  });

  it('names the other cluster and the year of a unit already in one', () => {
    const r = refused(when(registered(), year(), ctx({ clusterOf: { 'SO-GD': 'CUM-KT' } })));
    expect(r).toMatchObject({ code: 'UNIT_IN_OTHER_CLUSTER', field: 'members' });
    expect(r.messageVi).toBe('Đơn vị "SO-GD" đã thuộc cụm, khối "CUM-KT" trong năm 2026.');
  });

  it('leaves an event for no cluster without a cluster', () => {
    const [e] = accepted(when(registered(), year()));
    expect(evolve(null, e!)).toBeNull();
  });
});
