import type { RejectionReason, Stage, TaskType } from './domain-types';

/** Every member of a union, once: the compiler refuses a list that misses one (or names one twice by type). */
const allOf =
  <T extends string>() =>
  <L extends readonly T[]>(...list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

export const STAGES = allOf<Stage>()(
  'UNIT_PROPOSAL',
  'COUNCIL_REVIEW',
  'PUBLIC_DISCLOSURE',
  'FINAL_DECISION',
  'CLOSED',
);
export const TASK_TYPES = allOf<TaskType>()(
  'APPRAISE_DOSSIER',
  'SUPPLEMENT_DOSSIER',
  'CAST_VOTE',
  'RESOLVE_OBJECTION',
  'SIGN_DECISION',
  'RECORD_HIGHER_DECISION',
  'ESCALATION',
);
/** The reasons an authority may give (BALLOT_FAILED is the ballot's own). */
export const REJECTION_REASONS = allOf<Exclude<RejectionReason, 'BALLOT_FAILED'>>()(
  'WRONG_SUBJECT',
  'CRITERIA_NOT_MET',
  'INCOMPLETE_DOSSIER',
  'LAW_VIOLATION',
);
