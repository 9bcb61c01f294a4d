import type { DataSource } from 'typeorm';
import {
  toCivilDate,
  type CampaignRow,
  type CouncilRow,
  type CouncilSeatKind,
  type DirectoryCommand,
  type UnitKind,
  type UnitRow,
} from '@khen/domain';
import {
  DirectoryStore,
  importDirectory,
  RuleStore,
  type CouncilRecord,
  type DirectoryImportFile,
  type ImportReport,
} from '@khen/projections';

/**
 * Demo organisation (docs/domain.md §2): Hà Nội's city council and a department's council under it.
 * It is administered like any board's own directory: `npm start` posts it to the API's directory
 * import (POST /api/directory/imports, as an administrator), and the suites load the same file
 * through the same import in-process; a second load records nothing.
 */
const UNITS: (Omit<UnitRow, 'activeFrom' | 'kind'> & { kind: UnitKind })[] = [
  { unitId: 'UBND-TP', name: 'UBND Thành phố Hà Nội', parentId: null, level: 'PROVINCE', kind: 'PROVINCE' },
  { unitId: 'SO-NV', name: 'Sở Nội vụ', parentId: 'UBND-TP', level: 'DEPARTMENT', kind: 'DEPARTMENT' },
  {
    unitId: 'BAN-TDKT',
    name: 'Ban Thi đua – Khen thưởng Thành phố',
    parentId: 'SO-NV',
    level: 'DEPARTMENT',
    kind: 'DEPARTMENT',
  },
  { unitId: 'SO-GD', name: 'Sở Giáo dục và Đào tạo', parentId: 'UBND-TP', level: 'DEPARTMENT', kind: 'DEPARTMENT' },
  { unitId: 'SO-TC', name: 'Sở Tài chính', parentId: 'UBND-TP', level: 'DEPARTMENT', kind: 'DEPARTMENT' },
  { unitId: 'SO-YT', name: 'Sở Y tế', parentId: 'UBND-TP', level: 'DEPARTMENT', kind: 'DEPARTMENT' },
  { unitId: 'SO-CT', name: 'Sở Công Thương', parentId: 'UBND-TP', level: 'DEPARTMENT', kind: 'DEPARTMENT' },
  { unitId: 'THPT-CVA', name: 'Trường THPT Chu Văn An', parentId: 'SO-GD', level: 'UNIT', kind: 'PUBLIC_SERVICE' },
];
/** The demo's units exist from the first day of two-tier local government. */
const ACTIVE_FROM = '2025-07-01';

export const DEMO_UNITS: UnitRow[] = UNITS.map((u) => ({ ...u, activeFrom: ACTIVE_FROM }));

export const DEMO_COUNCIL: CouncilRecord = {
  councilId: 'HD-TP',
  name: 'Hội đồng Thi đua – Khen thưởng Thành phố',
  level: 'PROVINCE',
  authorityId: 'UBND-TP',
  authorityName: 'Chủ tịch UBND Thành phố',
  members: [
    { memberId: 'hd-chu-tich', unitId: 'SO-NV', name: 'Phạm Quốc Hùng', chair: true },
    { memberId: 'hd-tai-chinh', unitId: 'SO-TC', name: 'Đỗ Minh Châu' },
    { memberId: 'hd-y-te', unitId: 'SO-YT', name: 'Vũ Thị Hoa' },
    { memberId: 'hd-giao-duc', unitId: 'SO-GD', name: 'Ngô Đức Anh' },
    // Five seats: with one member recused, 4 of 5 reach the 80 % of all members a provincial Bằng khen asks.
    { memberId: 'hd-cong-thuong', unitId: 'SO-CT', name: 'Trần Thị Mai' },
  ],
};

export const DEMO_DEPARTMENT_COUNCIL: CouncilRecord = {
  councilId: 'HD-SO-GD',
  name: 'Hội đồng Thi đua – Khen thưởng Sở Giáo dục và Đào tạo',
  level: 'DEPARTMENT',
  authorityId: 'SO-GD',
  authorityName: 'Giám đốc Sở Giáo dục và Đào tạo',
  members: [
    { memberId: 'gd-pho-giam-doc', unitId: 'SO-GD', name: 'Lê Văn Thành', chair: true },
    { memberId: 'gd-cong-doan', unitId: 'SO-GD', name: 'Trịnh Thu Trang' },
    { memberId: 'gd-hieu-truong', unitId: 'THPT-CVA', name: 'Hoàng Minh Đức' },
  ],
};

export const DEMO_COUNCILS = [DEMO_COUNCIL, DEMO_DEPARTMENT_COUNCIL];

/** The councils' current term (nhiệm kỳ); members sit from its first day. */
export const DEMO_TERM = { termId: '2026-2031', from: '2026-01-01', to: '2031-06-30' };

const councilRow = (c: CouncilRecord): CouncilRow => ({
  councilId: c.councilId,
  name: c.name,
  unitId: c.authorityId,
  authorityName: c.authorityName,
  term: DEMO_TERM,
  members: c.members.map((m) => ({
    memberId: m.memberId,
    name: m.name ?? m.memberId,
    unitId: m.unitId,
    seat: (m.chair ? 'CHAIR' : 'MEMBER') as CouncilSeatKind,
  })),
});

/**
 * The city's campaigns: launched by the city, so the city awards within its competence (the department's
 * council files into them too, and proposes upward what the city decides). The Department of Education's
 * own annual campaign gives what a department decides (LĐTT, CSTĐ cơ sở, TTLĐTT, Giấy khen). Their filing
 * windows are wide on purpose (the demo and the suites file into them whatever day they run).
 */
/** The department's own campaign: its council files the awards a department decides into it. */
export const DEPARTMENT_CAMPAIGN = 'TONG-KET-2026-SO-GD';

export const DEMO_CAMPAIGN_ROWS: CampaignRow[] = [
  {
    campaignId: 'TONG-KET-2026',
    name: 'Tổng kết phong trào thi đua năm 2026',
    unitId: 'UBND-TP',
    kind: 'ANNUAL',
    year: 2026,
    filingOpensOn: '2026-01-01',
    filingClosesOn: '2030-12-31',
    awards: ['CSTD_TINH', 'TTLDXS', 'CO_TINH', 'BK_TINH'],
    councilId: 'HD-TP',
  },
  {
    campaignId: 'CHUYEN-DE-CDS-2026',
    name: 'Thi đua chuyên đề chuyển đổi số năm 2026',
    unitId: 'UBND-TP',
    kind: 'THEMATIC',
    year: 2026,
    filingOpensOn: '2026-01-01',
    filingClosesOn: '2030-12-31',
    awards: ['BK_TINH', 'NGUOI_TOT_VIEC_TOT', 'CONG_DAN_THU_DO_UU_TU'],
    councilId: 'HD-TP',
  },
  {
    campaignId: DEPARTMENT_CAMPAIGN,
    name: 'Tổng kết phong trào thi đua năm học 2025-2026 ngành Giáo dục',
    unitId: 'SO-GD',
    kind: 'ANNUAL',
    year: 2026,
    filingOpensOn: '2026-01-01',
    filingClosesOn: '2030-12-31',
    awards: ['LDTT', 'CSTD_CS', 'TTLDTT', 'GIAY_KHEN'],
    councilId: 'HD-SO-GD',
  },
];

/** The whole demo directory as one import file (what npm start posts, what the suites load). */
export const DEMO_DIRECTORY: Required<DirectoryImportFile> = {
  units: DEMO_UNITS,
  councils: DEMO_COUNCILS.map(councilRow),
  campaigns: DEMO_CAMPAIGN_ROWS,
};
export const DEMO_DIRECTORY_REASON = 'Danh mục mẫu của bản trình diễn (Hà Nội)';

export { DEMO_USERS } from '../../apps/api/src/demo/demo-users';

/** A complete regular dossier (documents of Law 06/2022 art. 84): real PDFs, uploaded before filing. */
export { DEMO_DOCUMENTS } from './demo-documents';

const ADMIN = { userId: 'quan-tri', role: 'ADMIN', displayName: 'Quản trị hệ thống' };

/**
 * The demo's person with two seats: Ngô Đức Anh sits on the city council for the Department of Education
 * (member4, his token says COUNCIL_MEMBER) and, from the directory, signs for the department as its deputy
 * director (AUTHORITY of SO-GD). One account: he picks what he acts as at the top of the pages.
 */
export const DEMO_PERSON_SEATS: Extract<DirectoryCommand, { type: 'GrantSeat' }>[] = [
  {
    type: 'GrantSeat',
    subject: 'hd-giao-duc',
    name: 'Ngô Đức Anh',
    role: 'AUTHORITY',
    unitId: 'SO-GD',
    from: DEMO_TERM.from,
    reason: 'Phó Giám đốc Sở Giáo dục và Đào tạo, ký thay Giám đốc (Quyết định phân công 02/QĐ-SGD)',
  },
];

/**
 * The demo's granted seats, in-process through the directory's store (its deciders and audit); a seat
 * already granted (by an earlier load, or by a suite loading side by side) is left as it is.
 */
export async function grantDemoSeats(ds: DataSource): Promise<void> {
  const store = new DirectoryStore(ds);
  for (const cmd of DEMO_PERSON_SEATS) {
    const [row] = (await ds.query(`SELECT state FROM persons WHERE subject = $1`, [cmd.subject])) as {
      state: { seats: { role: string; unitId: string | null }[] };
    }[];
    if (row?.state.seats.some((s) => s.role === cmd.role && s.unitId === (cmd.unitId ?? null))) continue;
    const out = await store.execute({ command: cmd }, { actor: ADMIN });
    if (out.status === 'REFUSED' && out.refusal.code !== 'SEAT_OVERLAPS')
      throw new Error(`demo seat of ${cmd.subject}: ${out.refusal.code}`);
  }
}

/**
 * Loads the demo directory in-process, through the directory's import (the API's own path: the same
 * deciders, store and audit), idempotently. Suites load it side by side on one database: a row another
 * loader recorded first is refused or stale here, so the import is repeated until every row is unchanged.
 */
export async function loadDirectory(ds: DataSource): Promise<void> {
  await new RuleStore(ds.manager).ensureSeed();
  const store = new DirectoryStore(ds);
  let report: ImportReport | undefined;
  for (let attempt = 0; attempt < 6; attempt++) {
    report = await importDirectory(ds, store, DEMO_DIRECTORY, {
      actor: ADMIN,
      reason: DEMO_DIRECTORY_REASON,
      asOf: toCivilDate(new Date()),
    });
    if (report.rows.every((r) => r.status === 'UNCHANGED')) return grantDemoSeats(ds);
  }
  const refused = report!.rows.filter((r) => r.status === 'REFUSED' || r.status === 'STALE');
  if (refused.length > 0)
    throw new Error(`demo directory: ${refused.map((r) => `${r.id} ${r.status} ${r.refusal?.code ?? ''}`).join(', ')}`);
}
