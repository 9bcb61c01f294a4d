import type { EscalationLevel } from '../rules/rule-set';

/** The human work items of the reviewers' queue (docs/architecture.md §4). */
export const TASK_TYPES = [
  'APPRAISE_DOSSIER',
  'SUPPLEMENT_DOSSIER',
  'CAST_VOTE',
  'RESOLVE_OBJECTION',
  'SIGN_DECISION',
  'RECORD_HIGHER_DECISION',
  'ESCALATION',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** 1 = urgent (an escalation), 2 = high (an objection holds the case), 3 = normal. */
export type TaskPriority = 1 | 2 | 3;

export const TASK_NAMES_VI: Record<TaskType, string> = {
  APPRAISE_DOSSIER: 'Thẩm định hồ sơ',
  SUPPLEMENT_DOSSIER: 'Bổ sung hồ sơ',
  CAST_VOTE: 'Bỏ phiếu kín',
  RESOLVE_OBJECTION: 'Giải quyết ý kiến phản ánh',
  SIGN_DECISION: 'Ký quyết định khen thưởng',
  RECORD_HIGHER_DECISION: 'Cập nhật quyết định của cấp trên',
  ESCALATION: 'Xử lý hồ sơ quá hạn',
};

export const TASK_NAMES_EN: Record<TaskType, string> = {
  APPRAISE_DOSSIER: 'Appraise the dossier',
  SUPPLEMENT_DOSSIER: 'Supplement the dossier',
  CAST_VOTE: 'Cast a secret vote',
  RESOLVE_OBJECTION: 'Resolve an objection',
  SIGN_DECISION: 'Sign the decision',
  RECORD_HIGHER_DECISION: "Record the higher level's decision",
  ESCALATION: 'Handle an overdue case',
};

/** Candidate groups: who may see and claim a task. */
export const groups = {
  unit: (unitId: string) => `unit:${unitId}`,
  office: (councilId: string) => `office:${councilId}`,
  council: (councilId: string) => `council:${councilId}`,
  authority: (authorityId: string) => `authority:${authorityId}`,
  escalation: (level: EscalationLevel, councilId: string, authorityId: string) =>
    level === 'OFFICE_LEAD'
      ? `office-lead:${councilId}`
      : level === 'COUNCIL_CHAIR'
        ? `council-chair:${councilId}`
        : `authority:${authorityId}`,
};
