/** The four stages of docs/architecture.md §4, plus CLOSED once an outcome is reached. */
export const STAGES = ['UNIT_PROPOSAL', 'COUNCIL_REVIEW', 'PUBLIC_DISCLOSURE', 'FINAL_DECISION', 'CLOSED'] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOMES = ['AWARDED', 'REJECTED', 'WITHDRAWN'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Vietnamese names of the stages, for messages and pages. */
export const STAGE_NAMES_VI: Record<Stage, string> = {
  UNIT_PROPOSAL: 'Đơn vị đề nghị',
  COUNCIL_REVIEW: 'Hội đồng xét duyệt',
  PUBLIC_DISCLOSURE: 'Công khai lấy ý kiến',
  FINAL_DECISION: 'Quyết định khen thưởng',
  CLOSED: 'Đã kết thúc',
};

export const STAGE_NAMES_EN: Record<Stage, string> = {
  UNIT_PROPOSAL: 'Unit proposal',
  COUNCIL_REVIEW: 'Council review',
  PUBLIC_DISCLOSURE: 'Public disclosure',
  FINAL_DECISION: 'Final decision',
  CLOSED: 'Closed',
};
