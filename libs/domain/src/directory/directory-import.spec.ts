import {
  planCampaign,
  planCouncil,
  planUnit,
  type CampaignRow,
  type CouncilRow,
  type UnitRow,
} from './directory-import';
import type { CampaignState, CouncilState, UnitState } from './directory.types';
import { members, WHY } from './testing/fixtures';

const unitRow: UnitRow = {
  unitId: 'TH-1',
  name: 'Trường Tiểu học Số 1',
  kind: 'PUBLIC_SERVICE',
  level: 'UNIT',
  parentId: 'SO-GD',
  activeFrom: '2020-01-01',
};
const unit: UnitState = { ...unitRow, signingUnitId: 'TH-1', activeTo: null, successorId: null };

describe('importing a unit row', () => {
  it('registers a unit not yet in the directory, row as is', () => {
    expect(planUnit(unitRow, null, WHY)).toEqual([{ type: 'RegisterUnit', ...unitRow, reason: WHY }]);
  });

  it('records nothing for the same row again, its name compared trimmed, no parent or signing unit meaning "keep"', () => {
    expect(planUnit({ ...unitRow, name: ` ${unitRow.name} ` }, unit, WHY)).toEqual([]);
    expect(planUnit({ ...unitRow, signingUnitId: 'TH-1' }, unit, WHY)).toEqual([]);
    expect(planUnit({ ...unitRow, parentId: null }, unit, WHY)).toEqual([]);
  });

  it.each<[string, Partial<UnitRow>, Record<string, string>]>([
    ['the name', { name: 'Trường TH Số 1' }, { name: 'Trường TH Số 1' }],
    ['the kind', { kind: 'OTHER' }, { kind: 'OTHER' }],
    ['the level', { level: 'DEPARTMENT' }, { level: 'DEPARTMENT' }],
    ['the signing unit', { signingUnitId: 'SO-GD' }, { signingUnitId: 'SO-GD' }],
  ])('changes %s only', (_what, over, set) => {
    expect(planUnit({ ...unitRow, ...over }, unit, WHY)).toEqual([
      { type: 'ChangeUnit', unitId: 'TH-1', reason: WHY, ...set },
    ]);
  });

  it('moves a unit to its new parent, with the signing unit in the move, after any other change', () => {
    expect(planUnit({ ...unitRow, parentId: 'SO-YT' }, unit, WHY)).toEqual([
      { type: 'MoveUnit', unitId: 'TH-1', parentId: 'SO-YT', reason: WHY },
    ]);
    expect(planUnit({ ...unitRow, parentId: 'SO-YT', signingUnitId: 'SO-YT', name: 'Mới' }, unit, WHY)).toEqual([
      { type: 'ChangeUnit', unitId: 'TH-1', name: 'Mới', reason: WHY },
      { type: 'MoveUnit', unitId: 'TH-1', parentId: 'SO-YT', signingUnitId: 'SO-YT', reason: WHY },
    ]);
  });
});

const councilRow: CouncilRow = {
  councilId: 'HD-1',
  name: 'Hội đồng 1',
  unitId: 'SO-GD',
  authorityName: 'Giám đốc Sở',
  term: { termId: 'NK-1', from: '2026-01-01', to: '2030-12-31' },
  members: members(3),
};
const council: CouncilState = {
  councilId: 'HD-1',
  name: 'Hội đồng 1',
  level: 'DEPARTMENT',
  unitId: 'SO-GD',
  authorityName: 'Giám đốc Sở',
  terms: [councilRow.term],
  seats: members(3).map((m) => ({ ...m, seatId: `NK-1/${m.memberId}`, termId: 'NK-1', from: '2026-01-01', to: null })),
};

describe('importing a council row', () => {
  it('registers the council and opens its term', () => {
    expect(planCouncil(councilRow, null, '2026-03-01', WHY)).toEqual([
      {
        type: 'RegisterCouncil',
        councilId: 'HD-1',
        name: 'Hội đồng 1',
        unitId: 'SO-GD',
        authorityName: 'Giám đốc Sở',
        reason: WHY,
      },
      { type: 'OpenTerm', councilId: 'HD-1', ...councilRow.term, members: councilRow.members, reason: WHY },
    ]);
  });

  it('records nothing for the same row again, names compared trimmed', () => {
    const same = { ...councilRow, name: ' Hội đồng 1 ', authorityName: 'Giám đốc Sở ' };
    expect(
      planCouncil(
        { ...same, members: members(3).map((m) => ({ ...m, name: ` ${m.name}` })) },
        council,
        '2026-03-01',
        WHY,
      ),
    ).toEqual([]);
  });

  it('renames when the name or the title differs, and opens a new term', () => {
    const rename = { type: 'ChangeCouncil', councilId: 'HD-1', reason: WHY };
    expect(planCouncil({ ...councilRow, name: 'HĐ 1' }, council, '2026-03-01', WHY)).toEqual([
      { ...rename, name: 'HĐ 1', authorityName: 'Giám đốc Sở' },
    ]);
    expect(planCouncil({ ...councilRow, authorityName: 'Phó Giám đốc' }, council, '2026-03-01', WHY)).toEqual([
      { ...rename, name: 'Hội đồng 1', authorityName: 'Phó Giám đốc' },
    ]);
    const next = { ...councilRow, term: { termId: 'NK-2', from: '2031-01-01', to: '2035-12-31' } };
    expect(planCouncil(next, council, '2026-03-01', WHY)).toEqual([
      { type: 'OpenTerm', councilId: 'HD-1', ...next.term, members: next.members, reason: WHY },
    ]);
  });

  it('changes the membership: who left, who joined, a member whose seat, unit or name changed both', () => {
    const [m1, m2, m3] = members(3);
    const row = {
      ...councilRow,
      members: [
        m1!,
        { ...m2!, seat: 'MEMBER' as const },
        { ...m3!, unitId: 'SO-YT' },
        { ...m1!, memberId: 'tv-9', name: 'Mới' },
      ],
    };
    expect(planCouncil(row, council, '2026-03-01', WHY)).toEqual([
      {
        type: 'ChangeMembership',
        councilId: 'HD-1',
        termId: 'NK-1',
        on: '2026-03-01',
        leave: ['tv-2', 'tv-3'],
        join: row.members.slice(1),
        reason: WHY,
      },
    ]);
    const renamed = planCouncil(
      { ...councilRow, members: [m1!, m2!, { ...m3!, name: 'Tên khác' }] },
      council,
      '2026-03-01',
      WHY,
    );
    expect(renamed).toMatchObject([{ leave: ['tv-3'], join: [{ memberId: 'tv-3', name: 'Tên khác' }] }]);
    expect(planCouncil({ ...councilRow, members: [m1!, m2!] }, council, '2026-03-01', WHY)).toMatchObject([
      { leave: ['tv-3'], join: [] },
    ]);
  });

  it('dates the change on the day of the import, kept within the term', () => {
    const on = (asOf: string) =>
      (planCouncil({ ...councilRow, members: members(2) }, council, asOf, WHY)[0] as { on: string }).on;
    expect(on('2025-06-01')).toBe('2026-01-01');
    expect(on('2026-01-01')).toBe('2026-01-01');
    expect(on('2026-01-02')).toBe('2026-01-02');
    expect(on('2030-12-30')).toBe('2030-12-30');
    expect(on('2030-12-31')).toBe('2030-12-31');
    expect(on('2031-02-01')).toBe('2030-12-31');
  });
});

const campaignRow: CampaignRow = {
  campaignId: 'TK-2026',
  name: 'Tổng kết 2026',
  unitId: 'UBND-TP',
  kind: 'ANNUAL',
  year: 2026,
  filingOpensOn: '2026-11-01',
  filingClosesOn: '2026-12-15',
  awards: ['BK_TINH', 'CSTD_TINH'],
  councilId: 'HD-TP',
};
const campaign: CampaignState = { ...campaignRow, level: 'PROVINCE', status: 'OPEN' };

describe('importing a campaign row', () => {
  it('launches a campaign not yet in the directory, and records nothing for the same row again', () => {
    expect(planCampaign(campaignRow, null, WHY)).toEqual([{ type: 'LaunchCampaign', ...campaignRow, reason: WHY }]);
    expect(
      planCampaign({ ...campaignRow, name: ' Tổng kết 2026 ', awards: [...campaignRow.awards] }, campaign, WHY),
    ).toEqual([]);
  });

  it.each<[string, Partial<CampaignRow>]>([
    ['name', { name: 'Tổng kết năm 2026' }],
    ['filingOpensOn', { filingOpensOn: '2026-10-15' }],
    ['filingClosesOn', { filingClosesOn: '2026-12-31' }],
    ['awards', { awards: ['CSTD_TINH', 'BK_TINH'] }],
    ['councilId', { councilId: 'HD-2' }],
  ])('changes the %s only', (field, over) => {
    expect(planCampaign({ ...campaignRow, ...over }, campaign, WHY)).toEqual([
      { type: 'ChangeCampaign', campaignId: 'TK-2026', reason: WHY, [field]: over[field as keyof CampaignRow] },
    ]);
  });
});
