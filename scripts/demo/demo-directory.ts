import type { DataSource } from 'typeorm';
import { CampaignRecord, CouncilRecord, UnitRecord } from '@khen/projections';

/** Demo organisation (docs/domain.md §2): Hà Nội's city council and a department's council under it. */
export const DEMO_UNITS: UnitRecord[] = [
  { unitId: 'UBND-TP', name: 'UBND Thành phố Hà Nội', parentId: null, level: 'PROVINCE' },
  { unitId: 'SO-NV', name: 'Sở Nội vụ', parentId: 'UBND-TP', level: 'DEPARTMENT' },
  { unitId: 'BAN-TDKT', name: 'Ban Thi đua – Khen thưởng Thành phố', parentId: 'SO-NV', level: 'DEPARTMENT' },
  { unitId: 'SO-GD', name: 'Sở Giáo dục và Đào tạo', parentId: 'UBND-TP', level: 'DEPARTMENT' },
  { unitId: 'SO-TC', name: 'Sở Tài chính', parentId: 'UBND-TP', level: 'DEPARTMENT' },
  { unitId: 'SO-YT', name: 'Sở Y tế', parentId: 'UBND-TP', level: 'DEPARTMENT' },
  { unitId: 'SO-CT', name: 'Sở Công Thương', parentId: 'UBND-TP', level: 'DEPARTMENT' },
  { unitId: 'THPT-CVA', name: 'Trường THPT Chu Văn An', parentId: 'SO-GD', level: 'UNIT' },
];

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

export const DEMO_CAMPAIGNS: CampaignRecord[] = [
  { campaignId: 'TONG-KET-2026', name: 'Tổng kết phong trào thi đua năm 2026', year: 2026, kind: 'CONG_TRANG' },
  { campaignId: 'CHUYEN-DE-CDS-2026', name: 'Thi đua chuyên đề chuyển đổi số năm 2026', year: 2026, kind: 'THEO_DOT' },
];

export { DEMO_USERS } from '../../apps/api/src/demo/demo-users';

/** A complete regular dossier (documents of Law 06/2022 art. 84): real PDFs, uploaded before filing. */
export { DEMO_DOCUMENTS } from './demo-documents';

/** Loads the directory (idempotently): units, councils, campaigns. */
export async function loadDirectory(ds: DataSource): Promise<void> {
  // Parents before children: the unit tree has a foreign key.
  for (const unit of DEMO_UNITS) await ds.getRepository(UnitRecord).upsert([unit], ['unitId']);
  await ds.getRepository(CouncilRecord).upsert(DEMO_COUNCILS, ['councilId']);
  await ds.getRepository(CampaignRecord).upsert(DEMO_CAMPAIGNS, ['campaignId']);
}
