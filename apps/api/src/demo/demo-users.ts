import type { Actor } from '@khen/domain';

/** The people of the demo (README): one per role and scope, with the demo directory's units and councils. */
export const DEMO_USERS: Record<string, Actor> = {
  unitOfficer: { userId: 'cb-so-gd', role: 'UNIT_OFFICER', displayName: 'Trần Văn Minh (Sở Giáo dục và Đào tạo)', unitId: 'SO-GD' },
  schoolOfficer: { userId: 'cb-chu-van-an', role: 'UNIT_OFFICER', displayName: 'Nguyễn Thu Hằng (Trường THPT Chu Văn An)', unitId: 'THPT-CVA' },
  office: { userId: 'ban-tdkt', role: 'TDKT_OFFICE', displayName: 'Lê Thu Hà (Trưởng ban Thi đua – Khen thưởng)', unitId: 'BAN-TDKT', councilId: 'HD-TP', lead: true },
  office2: { userId: 'ban-tdkt-2', role: 'TDKT_OFFICE', displayName: 'Phan Anh Tuấn (chuyên viên Ban TĐKT)', unitId: 'BAN-TDKT', councilId: 'HD-TP' },
  officeSoGd: { userId: 'tdkt-so-gd', role: 'TDKT_OFFICE', displayName: 'Bùi Thị Lan (Phòng TĐKT Sở GD&ĐT)', unitId: 'SO-GD', councilId: 'HD-SO-GD', lead: true },
  member1: { userId: 'hd-chu-tich', role: 'COUNCIL_MEMBER', displayName: 'Phạm Quốc Hùng (Chủ tịch Hội đồng)', unitId: 'SO-NV', councilId: 'HD-TP', lead: true },
  member2: { userId: 'hd-tai-chinh', role: 'COUNCIL_MEMBER', displayName: 'Đỗ Minh Châu', unitId: 'SO-TC', councilId: 'HD-TP' },
  member3: { userId: 'hd-y-te', role: 'COUNCIL_MEMBER', displayName: 'Vũ Thị Hoa', unitId: 'SO-YT', councilId: 'HD-TP' },
  member4: { userId: 'hd-giao-duc', role: 'COUNCIL_MEMBER', displayName: 'Ngô Đức Anh', unitId: 'SO-GD', councilId: 'HD-TP' },
  memberSoGd1: { userId: 'gd-pho-giam-doc', role: 'COUNCIL_MEMBER', displayName: 'Lê Văn Thành', unitId: 'SO-GD', councilId: 'HD-SO-GD', lead: true },
  memberSoGd2: { userId: 'gd-cong-doan', role: 'COUNCIL_MEMBER', displayName: 'Trịnh Thu Trang', unitId: 'SO-GD', councilId: 'HD-SO-GD' },
  memberSoGd3: { userId: 'gd-hieu-truong', role: 'COUNCIL_MEMBER', displayName: 'Hoàng Minh Đức', unitId: 'THPT-CVA', councilId: 'HD-SO-GD' },
  authority: { userId: 'chu-tich-ubnd', role: 'AUTHORITY', displayName: 'Chủ tịch UBND Thành phố', unitId: 'UBND-TP', authorityId: 'UBND-TP', level: 'PROVINCE' },
  authoritySoGd: { userId: 'giam-doc-so-gd', role: 'AUTHORITY', displayName: 'Giám đốc Sở Giáo dục và Đào tạo', unitId: 'SO-GD', authorityId: 'SO-GD', level: 'DEPARTMENT' },
  admin: { userId: 'quan-tri', role: 'ADMIN', displayName: 'Quản trị hệ thống' },
  slaMonitor: { userId: 'giam-sat', role: 'SLA_MONITOR', displayName: 'Giám sát tiến độ' },
};
