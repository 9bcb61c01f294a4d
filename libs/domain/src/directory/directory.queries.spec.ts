import { planCampaign, planCouncil, planUnit, type CouncilRow, type UnitRow } from './directory-import';
import { successorChain, subtreeOf } from './directory.queries';
import { parseDirectoryStreamId, unitStreamId } from './directory-streams';
import { searchKey } from './directory-checks';
import type { CouncilState, UnitState } from './directory.types';
import { given, members, WHY } from './testing/fixtures';

describe('the tree and the successor chain', () => {
  const units = [
    { unitId: 'UBND-TP', parentId: null },
    { unitId: 'SO-GD', parentId: 'UBND-TP' },
    { unitId: 'THPT-CVA', parentId: 'SO-GD' },
    { unitId: 'TO-TOAN', parentId: 'THPT-CVA' },
    { unitId: 'SO-YT', parentId: 'UBND-TP' },
  ];

  it('lists a unit and everything below it', () => {
    expect(subtreeOf(units, 'SO-GD')).toEqual(['SO-GD', 'THPT-CVA', 'TO-TOAN']);
    expect(subtreeOf(units, 'SO-YT')).toEqual(['SO-YT']);
  });

  it('follows successors to the unit that now holds the cases, and stops on a loop', () => {
    const map = new Map([
      ['HUYEN-A', { successorId: 'XA-B' }],
      ['XA-B', { successorId: 'XA-C' }],
      ['XA-C', { successorId: null }],
      ['LOOP-1', { successorId: 'LOOP-2' }],
      ['LOOP-2', { successorId: 'LOOP-1' }],
    ]);
    expect(successorChain(map, 'HUYEN-A')).toEqual(['HUYEN-A', 'XA-B', 'XA-C']);
    expect(successorChain(map, 'LOOP-1')).toEqual(['LOOP-1', 'LOOP-2']);
  });
});

describe('stream ids and search keys', () => {
  it('round-trips a record through its stream id, and knows other streams are not the directory', () => {
    expect(parseDirectoryStreamId(unitStreamId('SO-GD'))).toEqual({ kind: 'unit', id: 'SO-GD' });
    expect(parseDirectoryStreamId('person-cb-so-gd')).toEqual({ kind: 'person', id: 'cb-so-gd' });
    expect(parseDirectoryStreamId('nomination-1')).toBeUndefined();
  });

  it('folds Vietnamese diacritics so that an unaccented query finds the name', () => {
    expect(searchKey('Sở Giáo dục và Đào tạo')).toBe('so giao duc va dao tao');
    expect(searchKey('  Trường   THPT Chu Văn An ')).toBe('truong thpt chu van an');
  });
});

describe('import planning: a re-import records nothing', () => {
  const row: UnitRow = {
    unitId: 'TH-A',
    name: 'Trường A',
    kind: 'PUBLIC_SERVICE',
    level: 'UNIT',
    parentId: 'SO-GD',
    activeFrom: '2026-01-01',
  };

  it('registers a new unit, then plans nothing for the same row, and only what differs for a changed one', () => {
    const [register] = planUnit(row, null, WHY);
    expect(register).toMatchObject({ type: 'RegisterUnit', unitId: 'TH-A' });
    const unit = given<UnitState>([register!]);
    expect(planUnit(row, unit, WHY)).toEqual([]);
    expect(planUnit({ ...row, name: 'Trường B', parentId: 'SO-YT' }, unit, WHY)).toEqual([
      { type: 'ChangeUnit', unitId: 'TH-A', reason: WHY, name: 'Trường B' },
      { type: 'MoveUnit', unitId: 'TH-A', parentId: 'SO-YT', reason: WHY },
    ]);
  });

  it('opens a council term once, then plans membership changes only for the members that differ', () => {
    const council: CouncilRow = {
      councilId: 'HD-TP',
      name: 'HĐ TĐKT Thành phố',
      unitId: 'UBND-TP',
      authorityName: 'Chủ tịch UBND Thành phố',
      term: { termId: 'NK-1', from: '2026-01-01', to: '2030-12-31' },
      members: members(17),
    };
    const state = given<CouncilState>(planCouncil(council, null, '2026-01-01', WHY));
    expect(state.seats).toHaveLength(17);
    expect(planCouncil(council, state, '2026-05-01', WHY)).toEqual([]);
    const changed = { ...council, members: [...members(16), { ...members(17)[16]!, memberId: 'tv-moi' }] };
    expect(planCouncil(changed, state, '2026-05-01', WHY)).toEqual([
      expect.objectContaining({
        type: 'ChangeMembership',
        on: '2026-05-01',
        leave: ['tv-17'],
        join: [expect.objectContaining({ memberId: 'tv-moi' })],
      }),
    ]);
  });

  it('launches a campaign once, then plans only a changed window', () => {
    const c = {
      campaignId: 'TK-2026',
      name: 'Tổng kết 2026',
      unitId: 'UBND-TP',
      kind: 'ANNUAL' as const,
      year: 2026,
      filingOpensOn: '2026-11-01',
      filingClosesOn: '2026-12-15',
      awards: ['BK_TINH'],
      councilId: 'HD-TP',
    };
    const state = given(planCampaign(c, null, WHY));
    expect(planCampaign(c, state as never, WHY)).toEqual([]);
    expect(planCampaign({ ...c, filingClosesOn: '2026-12-20' }, state as never, WHY)).toEqual([
      { type: 'ChangeCampaign', campaignId: 'TK-2026', reason: WHY, filingClosesOn: '2026-12-20' },
    ]);
  });
});
