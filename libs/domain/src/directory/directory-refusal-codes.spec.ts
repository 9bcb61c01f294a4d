import { isRefusal, type Refusal, type RefusalKind } from '../refusal';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { campaignOffersAward, councilFilesInto } from './campaign-filing';
import { campaignOpenForFiling } from './campaign.decider';
import type { DirectoryCommand } from './directory.commands';
import { DIRECTORY_REFUSAL_CODES, type DirectoryRefusalCode } from './directory-refusal-codes';
import type { CampaignState, CouncilState, UnitState } from './directory.types';
import { ctx, given, members, when, WHY, TREE } from './testing/fixtures';

// Every refusal code of the directory, each produced by a concrete scenario through its deciders.

const STATUS: Record<RefusalKind, number> = { CONFLICT: 409, INVALID: 422, FORBIDDEN: 403, NOT_FOUND: 404 };
const unitCmd = (over: object = {}): DirectoryCommand =>
  ({
    type: 'RegisterUnit',
    unitId: 'TH-A',
    name: 'Trường A',
    kind: 'PUBLIC_SERVICE',
    level: 'UNIT',
    parentId: 'SO-GD',
    activeFrom: '2026-01-01',
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const { path: _p, ...soGd } = TREE['SO-GD']!;
const school = (): UnitState => given([unitCmd()]);
const closedSchool = (): UnitState =>
  given([unitCmd(), { type: 'CloseUnit', unitId: 'TH-A', activeTo: '2026-02-01', reason: WHY }]);
const council = (): CouncilState =>
  given([
    {
      type: 'RegisterCouncil',
      councilId: 'HD-TP',
      name: 'HĐ',
      unitId: 'UBND-TP',
      authorityName: 'Chủ tịch',
      reason: WHY,
    },
    {
      type: 'OpenTerm',
      councilId: 'HD-TP',
      termId: 'NK-1',
      from: '2026-01-01',
      to: '2030-12-31',
      members: members(6),
      reason: WHY,
    },
  ]);
const openTerm = (over: object): DirectoryCommand =>
  ({
    type: 'OpenTerm',
    councilId: 'HD-TP',
    termId: 'NK-2',
    from: '2031-01-01',
    to: '2035-12-31',
    members: members(4),
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const membership = (over: object): DirectoryCommand =>
  ({
    type: 'ChangeMembership',
    councilId: 'HD-TP',
    termId: 'NK-1',
    on: '2026-06-01',
    leave: [],
    join: [],
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const launch = (over: object = {}): DirectoryCommand =>
  ({
    type: 'LaunchCampaign',
    campaignId: 'TK-2026',
    name: 'Tổng kết 2026',
    unitId: 'UBND-TP',
    kind: 'ANNUAL',
    year: 2026,
    filingOpensOn: '2026-11-01',
    filingClosesOn: '2026-12-15',
    awards: ['BK_TINH'],
    councilId: 'HD-TP',
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const campaign = (): CampaignState => given([launch()]);
const cluster = (kind = 'CLUSTER') =>
  given([
    {
      type: 'RegisterCluster',
      clusterId: 'CUM-1',
      name: 'Cụm 1',
      kind,
      councilId: 'HD-TP',
      reason: WHY,
    } as DirectoryCommand,
  ]);
const year = (over: object) =>
  ({
    type: 'SetClusterYear',
    clusterId: 'CUM-1',
    year: 2026,
    members: ['SO-GD', 'SO-YT'],
    leaderId: 'SO-GD',
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const grant = (over: object = {}) =>
  ({
    type: 'GrantSeat',
    subject: 'cb-1',
    role: 'UNIT_OFFICER',
    unitId: 'SO-GD',
    from: '2026-01-01',
    reason: WHY,
    ...over,
  }) as DirectoryCommand;
const joiner = (seat: string, memberId = 'tv-new') => ({ memberId, name: 'Người mới', seat, unitId: 'SO-GD' });

type Row = [scenario: string, code: DirectoryRefusalCode, status: number, produce: () => unknown];
const ROWS: Row[] = [
  ['registering a unit code twice', 'DIRECTORY_RECORD_EXISTS', 409, () => when(school(), unitCmd())],
  [
    'renaming a unit nobody registered',
    'DIRECTORY_RECORD_NOT_FOUND',
    404,
    () => when(null, { type: 'ChangeUnit', unitId: 'X', name: 'Y', reason: WHY }),
  ],
  ['a unit code with diacritics', 'INVALID_RECORD_CODE', 422, () => when(null, unitCmd({ unitId: 'SỞ-GD' }))],
  ['a unit of an unknown kind', 'INVALID_VALUE', 422, () => when(null, unitCmd({ kind: 'HUYEN' }))],
  ['a unit closing before it opens', 'INVALID_PERIOD', 422, () => when(null, unitCmd({ activeTo: '2025-12-31' }))],
  [
    'a department with no parent',
    'PARENT_REQUIRED',
    422,
    () => when(null, unitCmd({ kind: 'DEPARTMENT', level: 'DEPARTMENT', parentId: null })),
  ],
  ['a unit under a closed district', 'UNIT_NOT_ACTIVE', 422, () => when(null, unitCmd({ parentId: 'HUYEN-CU' }))],
  [
    'a department moved under its own school',
    'UNIT_CYCLE',
    422,
    () => when(soGd, { type: 'MoveUnit', unitId: 'SO-GD', parentId: 'THPT-CVA', reason: WHY }),
  ],
  [
    'renaming a closed unit',
    'UNIT_CLOSED',
    409,
    () => when(closedSchool(), { type: 'ChangeUnit', unitId: 'TH-A', name: 'B', reason: WHY }),
  ],
  ['a province-level school', 'LEVEL_NOT_FOR_KIND', 422, () => when(null, unitCmd({ level: 'PROVINCE' }))],
  [
    'a department under a school',
    'LEVEL_ABOVE_PARENT',
    422,
    () => when(null, unitCmd({ kind: 'DEPARTMENT', level: 'DEPARTMENT', parentId: 'THPT-CVA' })),
  ],
  [
    'a district registered in 2026',
    'DISTRICT_LEVEL_ABOLISHED',
    422,
    () => when(null, unitCmd({ kind: 'DISTRICT_LEGACY', level: 'DEPARTMENT', parentId: 'UBND-TP' })),
  ],
  [
    'a school signed for by another department',
    'SIGNING_UNIT_NOT_ANCESTOR',
    422,
    () => when(null, unitCmd({ signingUnitId: 'SO-YT' })),
  ],
  [
    'closing a unit with 2 open cases and no successor',
    'UNIT_HAS_OPEN_CASES',
    409,
    () =>
      when(school(), { type: 'CloseUnit', unitId: 'TH-A', activeTo: '2026-06-30', reason: WHY }, ctx({ openCases: 2 })),
  ],
  [
    'closing a unit with an active sub-unit',
    'UNIT_HAS_ACTIVE_CHILDREN',
    409,
    () =>
      when(
        school(),
        { type: 'CloseUnit', unitId: 'TH-A', activeTo: '2026-06-30', reason: WHY },
        ctx({ activeChildren: 1 }),
      ),
  ],
  [
    'a campaign reviewed by an unknown council',
    'COUNCIL_UNKNOWN',
    422,
    () => when(null, launch({ councilId: 'HD-MA' })),
  ],
  [
    'a department-level city council',
    'COUNCIL_LEVEL_MISMATCH',
    422,
    () =>
      when(null, {
        type: 'RegisterCouncil',
        councilId: 'HD-X',
        name: 'HĐ',
        unitId: 'UBND-TP',
        level: 'DEPARTMENT',
        authorityName: 'CT',
        reason: WHY,
      }),
  ],
  [
    'a second term overlapping the first',
    'TERMS_OVERLAP',
    409,
    () => when(council(), openTerm({ from: '2030-01-01' })),
  ],
  [
    'a change in a term the council does not have',
    'TERM_NOT_FOUND',
    404,
    () => when(council(), membership({ termId: 'NK-9' })),
  ],
  [
    'a change dated after the term',
    'DATE_OUTSIDE_TERM',
    422,
    () => when(council(), membership({ on: '2031-02-01', leave: ['tv-6'] })),
  ],
  ['the chair leaving with no successor', 'NO_CHAIR', 422, () => when(council(), membership({ leave: ['tv-1'] }))],
  ['a second chair joining', 'SEAT_HELD_TWICE', 422, () => when(council(), membership({ join: [joiner('CHAIR')] }))],
  [
    'a member joining a second seat',
    'MEMBER_SEATED_TWICE',
    422,
    () => when(council(), membership({ join: [joiner('VICE_CHAIR', 'tv-6')] })),
  ],
  ['someone leaving who never sat', 'MEMBER_NOT_SEATED', 409, () => when(council(), membership({ leave: ['nobody'] }))],
  [
    'filing into a closed campaign',
    'CAMPAIGN_CLOSED',
    409,
    () => campaignOpenForFiling({ ...campaign(), status: 'CLOSED' }, '2026-11-10'),
  ],
  ['filing after the window', 'CAMPAIGN_NOT_OPEN', 422, () => campaignOpenForFiling(campaign(), '2027-01-05')],
  [
    'filing for an award the campaign does not offer',
    'AWARD_NOT_OFFERED',
    422,
    () => campaignOffersAward(campaign(), 'CSTD_TINH', SEED_RULE_SET),
  ],
  [
    "filing into a department's campaign with the city council",
    'COUNCIL_NOT_IN_CAMPAIGN',
    422,
    () =>
      councilFilesInto(
        { ...campaign(), unitId: 'SO-GD', level: 'DEPARTMENT' },
        { councilId: 'HD-TP', name: 'Hội đồng Thành phố', level: 'PROVINCE', unitPath: ['UBND-TP'] },
      ),
  ],
  [
    'a provincial campaign offering a Prime Minister award',
    'AWARD_NOT_IN_COMPETENCE',
    422,
    () => when(null, launch({ awards: ['BK_TTG'] })),
  ],
  [
    "a city campaign reviewed by a department's council",
    'COUNCIL_NOT_OF_UNIT',
    422,
    () => when(null, launch({ councilId: 'HD-SO-GD' })),
  ],
  ['a cluster led by a non-member', 'LEADER_NOT_MEMBER', 422, () => when(cluster(), year({ leaderId: 'UBND-TP' }))],
  [
    'a unit in two clusters the same year',
    'UNIT_IN_OTHER_CLUSTER',
    409,
    () => when(cluster(), year({}), ctx({ clusterOf: { 'SO-GD': 'CUM-2' } })),
  ],
  ['a council seat granted by hand', 'SEAT_FROM_COUNCIL', 422, () => when(null, grant({ role: 'COUNCIL_MEMBER' }))],
  [
    'the same role granted twice for overlapping periods',
    'SEAT_OVERLAPS',
    409,
    () => when(given([grant()]), grant({ from: '2026-03-01' })),
  ],
  [
    'ending a seat the person does not have',
    'SEAT_NOT_FOUND',
    404,
    () => when(given([grant()]), { type: 'EndSeat', subject: 'cb-1', seatId: 'X', to: '2026-03-01', reason: WHY }),
  ],
];

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const produced = (produce: () => unknown): Refusal => {
  const r = produce();
  if (!isRefusal(r)) throw new Error(`no refusal: ${JSON.stringify(r)?.slice(0, 200)}`);
  return r;
};

describe('every refusal code of the directory, produced by a scenario', () => {
  it('covers exactly DIRECTORY_REFUSAL_CODES, each once', () => {
    const codes = ROWS.map(([, code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...DIRECTORY_REFUSAL_CODES].sort());
  });

  it.each(ROWS)('refuses %s with %s (HTTP %i)', (_s, code, status, produce) => {
    const r = produced(produce);
    expect(r.code).toBe(code);
    expect(STATUS[r.kind]).toBe(status);
  });

  it.each(ROWS)(
    'explains %s to officials: Vietnamese, English second, no field path or code',
    (_s, code, _st, produce) => {
      const r = produced(produce);
      expect(r.messageVi).toMatch(VIETNAMESE);
      expect(r.messageEn).not.toBe(r.messageVi);
      expect(r.messageEn).toMatch(/\b(the|a|is|not|no|of|on|to|in|has|its)\b/i);
      expect(`${r.messageVi} ${r.messageEn}`).not.toContain(code);
      if (r.field)
        expect(r.messageVi).not.toContain(r.field.includes('.') || r.field.includes('[') ? r.field : '\u0000');
    },
  );
});
