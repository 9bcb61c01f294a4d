/**
 * Levels that propose and decide (docs/domain.md §2). Since 1/7/2025 local government has two tiers,
 * province and commune; a Sở (department) and a ministry decide within their own competence.
 */
export const AUTHORITY_LEVELS = [
  'UNIT',
  'COMMUNE',
  'DEPARTMENT',
  'PROVINCE',
  'MINISTRY',
  'GOVERNMENT',
  'PRESIDENT',
] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

/** Height in the hierarchy: a case moves upward to a strictly higher rank (Law 06/2022 art. 83). */
export const LEVEL_RANK: Record<AuthorityLevel, number> = {
  UNIT: 1,
  COMMUNE: 2,
  DEPARTMENT: 2,
  PROVINCE: 3,
  MINISTRY: 3,
  GOVERNMENT: 4,
  PRESIDENT: 5,
};

export const LEVEL_NAMES_VI: Record<AuthorityLevel, string> = {
  UNIT: 'Thủ trưởng cơ quan, đơn vị',
  COMMUNE: 'Chủ tịch UBND cấp xã',
  DEPARTMENT: 'Giám đốc Sở, thủ trưởng ban, ngành',
  PROVINCE: 'Chủ tịch UBND cấp tỉnh',
  MINISTRY: 'Bộ trưởng, thủ trưởng cơ quan trung ương',
  GOVERNMENT: 'Thủ tướng Chính phủ',
  PRESIDENT: 'Chủ tịch nước',
};

export const LEVEL_NAMES_EN: Record<AuthorityLevel, string> = {
  UNIT: 'Head of agency or unit',
  COMMUNE: "Commune People's Committee chair",
  DEPARTMENT: 'Department director',
  PROVINCE: "Provincial People's Committee chair",
  MINISTRY: 'Minister',
  GOVERNMENT: 'Prime Minister',
  PRESIDENT: 'State President',
};

export const isAuthorityLevel = (value: unknown): value is AuthorityLevel =>
  (AUTHORITY_LEVELS as readonly unknown[]).includes(value);
