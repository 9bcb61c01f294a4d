import type { Role } from '../api/types';

declare global {
  /** Tokens of `.data/demo-tokens.env` embedded by a non-production build (vite.config.mjs); {} otherwise. */
  const __DEMO_TOKENS__: Record<string, string>;
}

/**
 * The demo users of scripts/demo/demo-directory.ts (DEMO_USERS), for the "sign in as" list.
 * test/web checks that this list and DEMO_USERS name the same users.
 */
export interface DemoUser {
  key: string;
  userId: string;
  role: Role;
  displayName: string;
  scope?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'unitOfficer',
    userId: 'cb-so-gd',
    role: 'UNIT_OFFICER',
    displayName: 'Trần Văn Minh (Sở Giáo dục và Đào tạo)',
    scope: 'SO-GD',
  },
  {
    key: 'schoolOfficer',
    userId: 'cb-chu-van-an',
    role: 'UNIT_OFFICER',
    displayName: 'Nguyễn Thu Hằng (Trường THPT Chu Văn An)',
    scope: 'THPT-CVA',
  },
  {
    key: 'office',
    userId: 'ban-tdkt',
    role: 'TDKT_OFFICE',
    displayName: 'Lê Thu Hà (Trưởng ban Thi đua – Khen thưởng)',
    scope: 'HD-TP',
  },
  {
    key: 'office2',
    userId: 'ban-tdkt-2',
    role: 'TDKT_OFFICE',
    displayName: 'Phan Anh Tuấn (chuyên viên Ban TĐKT)',
    scope: 'HD-TP',
  },
  {
    key: 'officeSoGd',
    userId: 'tdkt-so-gd',
    role: 'TDKT_OFFICE',
    displayName: 'Bùi Thị Lan (Phòng TĐKT Sở GD&ĐT)',
    scope: 'HD-SO-GD',
  },
  {
    key: 'member1',
    userId: 'hd-chu-tich',
    role: 'COUNCIL_MEMBER',
    displayName: 'Phạm Quốc Hùng (Chủ tịch Hội đồng)',
    scope: 'HD-TP',
  },
  { key: 'member2', userId: 'hd-tai-chinh', role: 'COUNCIL_MEMBER', displayName: 'Đỗ Minh Châu', scope: 'HD-TP' },
  { key: 'member3', userId: 'hd-y-te', role: 'COUNCIL_MEMBER', displayName: 'Vũ Thị Hoa', scope: 'HD-TP' },
  { key: 'member4', userId: 'hd-giao-duc', role: 'COUNCIL_MEMBER', displayName: 'Ngô Đức Anh', scope: 'HD-TP' },
  { key: 'member5', userId: 'hd-cong-thuong', role: 'COUNCIL_MEMBER', displayName: 'Trần Thị Mai', scope: 'HD-TP' },
  {
    key: 'memberSoGd1',
    userId: 'gd-pho-giam-doc',
    role: 'COUNCIL_MEMBER',
    displayName: 'Lê Văn Thành',
    scope: 'HD-SO-GD',
  },
  {
    key: 'memberSoGd2',
    userId: 'gd-cong-doan',
    role: 'COUNCIL_MEMBER',
    displayName: 'Trịnh Thu Trang',
    scope: 'HD-SO-GD',
  },
  {
    key: 'memberSoGd3',
    userId: 'gd-hieu-truong',
    role: 'COUNCIL_MEMBER',
    displayName: 'Hoàng Minh Đức',
    scope: 'HD-SO-GD',
  },
  {
    key: 'authority',
    userId: 'chu-tich-ubnd',
    role: 'AUTHORITY',
    displayName: 'Chủ tịch UBND Thành phố',
    scope: 'UBND-TP',
  },
  {
    key: 'authoritySoGd',
    userId: 'giam-doc-so-gd',
    role: 'AUTHORITY',
    displayName: 'Giám đốc Sở Giáo dục và Đào tạo',
    scope: 'SO-GD',
  },
  { key: 'admin', userId: 'quan-tri', role: 'ADMIN', displayName: 'Quản trị hệ thống' },
  { key: 'slaMonitor', userId: 'giam-sat', role: 'SLA_MONITOR', displayName: 'Giám sát tiến độ' },
];

/** TOKEN_MEMBER1 for member1, as seed-demo.ts names the variables of .data/demo-tokens.env. */
export const tokenVariable = (key: string) => `TOKEN_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

export const embeddedToken = (key: string): string | undefined => {
  try {
    return __DEMO_TOKENS__[tokenVariable(key)];
  } catch {
    return undefined;
  }
};

/**
 * DEMO/TEST ONLY: GET /api/demo/tokens (served only when NODE_ENV !== 'production', 404 there), answering
 * { users: [{ key, userId, role, displayName, token }] }; nothing known = paste a token.
 */
export async function serverTokens(): Promise<Record<string, string>> {
  try {
    const res = await fetch('/api/demo/tokens', { headers: { Accept: 'application/json' } });
    if (!res.ok) return {};
    const body = (await res.json()) as { users?: { key?: string; userId: string; token: string }[] };
    return Object.fromEntries((body.users ?? []).map((u) => [u.userId, u.token]));
  } catch {
    return {};
  }
}
