/**
 * The bare baseline's messages: a workflow of the nomination's shape (same Updates, activities and
 * timers) with none of our code. Imports only the workflow SDK, so the bundle stays bare.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';

export const BARE_TASK_QUEUE = 'bench-bare';

export type BareStatus = 'DRAFT' | 'SUBMITTED' | 'BALLOT_OPEN' | 'DISCLOSURE_OPEN' | 'AWAITING_DECISION' | 'CLOSED';

export interface BareAccepted {
  version: number;
  status: BareStatus;
}

export interface BareStartInput {
  disclosureMs: number;
}

/** Each Update with the number of activities its handler runs in the real workflow (see the award history). */
export const BARE_UPDATES = {
  SubmitDossier: { from: 'DRAFT', to: 'SUBMITTED', activities: 2 },
  // The appraisal appends twice (appraisal, then the ballot it opens): the main loop wakes in between.
  AppraiseDossier: { from: 'SUBMITTED', to: 'BALLOT_OPEN', activities: 3, appends: 2 },
  CastVote: { from: 'BALLOT_OPEN', to: 'BALLOT_OPEN', activities: 1 },
  CloseBallot: { from: 'BALLOT_OPEN', to: 'DISCLOSURE_OPEN', activities: 2 },
  IssueDecision: { from: 'AWAITING_DECISION', to: 'CLOSED', activities: 2 },
} as const satisfies Record<string, { from: BareStatus; to: BareStatus; activities: number; appends?: number }>;
export type BareUpdate = keyof typeof BARE_UPDATES;

export type BareUpdateDefinition = UpdateDefinition<BareAccepted, [{ payload: unknown }]>;
export const bareUpdates = Object.fromEntries(
  Object.keys(BARE_UPDATES).map((name) => [name, defineUpdate<BareAccepted, [{ payload: unknown }]>(name)]),
) as Record<BareUpdate, BareUpdateDefinition>;

export const bareStatusQuery = defineQuery<BareStatus>('status');

export interface BareActivities {
  /** Does nothing: stands for appendEvents, loadRuleContext, loadSubmissionContext, … */
  noop(input: { step: string; payload?: unknown }): Promise<{ ok: true }>;
}

export const BARE_STAGE_ATTRIBUTE = { name: 'BareStage', type: 'KEYWORD' as const };
