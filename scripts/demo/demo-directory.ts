import type { Actor, CouncilMember } from '@khen/domain';

/** Demo organisation: Hà Nội's city council and the people who act in the walk-through. */
export const DEMO_COUNCIL = {
  councilId: 'HD-TP',
  name: 'Hội đồng Thi đua – Khen thưởng Thành phố',
  level: 'PROVINCE',
  members: [
    { memberId: 'hd-chu-tich', unitId: 'SO-NV' },
    { memberId: 'hd-tai-chinh', unitId: 'SO-TC' },
    { memberId: 'hd-y-te', unitId: 'SO-YT' },
    { memberId: 'hd-giao-duc', unitId: 'SO-GD' },
  ] as CouncilMember[],
};

export const DEMO_USERS: Record<string, Actor> = {
  unitOfficer: { userId: 'cb-so-gd', role: 'UNIT_OFFICER', displayName: 'Trần Văn Minh (Sở Giáo dục và Đào tạo)', unitId: 'SO-GD' },
  office: { userId: 'ban-tdkt', role: 'TDKT_OFFICE', displayName: 'Lê Thu Hà (Ban Thi đua – Khen thưởng)', unitId: 'BAN-TDKT' },
  member1: { userId: 'hd-chu-tich', role: 'COUNCIL_MEMBER', displayName: 'Phạm Quốc Hùng', unitId: 'SO-NV', councilId: 'HD-TP' },
  member2: { userId: 'hd-tai-chinh', role: 'COUNCIL_MEMBER', displayName: 'Đỗ Minh Châu', unitId: 'SO-TC', councilId: 'HD-TP' },
  member3: { userId: 'hd-y-te', role: 'COUNCIL_MEMBER', displayName: 'Vũ Thị Hoa', unitId: 'SO-YT', councilId: 'HD-TP' },
  member4: { userId: 'hd-giao-duc', role: 'COUNCIL_MEMBER', displayName: 'Ngô Đức Anh', unitId: 'SO-GD', councilId: 'HD-TP' },
  authority: { userId: 'chu-tich-ubnd', role: 'AUTHORITY', displayName: 'Chủ tịch UBND Thành phố', unitId: 'UBND-TP' },
  admin: { userId: 'quan-tri', role: 'ADMIN', displayName: 'Quản trị hệ thống' },
  slaMonitor: { userId: 'giam-sat', role: 'SLA_MONITOR', displayName: 'Giám sát tiến độ' },
};

/** A complete dossier for LĐTT (documents of Law 06/2022 art. 84). */
export const DEMO_DOCUMENTS = [
  { code: 'TO_TRINH', title: 'Tờ trình đề nghị khen thưởng', sha256: '1'.repeat(64) },
  { code: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích năm 2026', sha256: '2'.repeat(64) },
  { code: 'BIEN_BAN_HOP', title: 'Biên bản họp Hội đồng TĐKT đơn vị', sha256: '3'.repeat(64) },
];
