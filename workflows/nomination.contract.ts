/**
 * The one contract both apps and the workflow share (style.md §14): task queue, workflow ids,
 * every Update and Query, the activity interface and the search attributes of design.md §4.
 * Imports only the workflow SDK and the pure domain, so the workflow bundle may include it.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Actor, DraftInput, EventEnvelope, NominationCommand, NominationCommandType, NominationState, Outcome, Refusal,
} from '@khen/domain';

export const NOMINATIONS_TASK_QUEUE = 'nominations';
export const nominationWorkflowId = (nominationId: string) => `nomination-${nominationId}`;

/** Application-failure type of an Update refused after acceptance; its details carry the Refusal. */
export const REFUSAL_FAILURE_TYPE = 'NominationRefused';

export interface NominationStartInput {
  draft: DraftInput;
  actor: Actor;
  correlationId?: string;
  /** Demo/test override of the disclosure length (ms); absent = the rules' working days. */
  disclosureOverrideMs?: number;
}

export interface NominationResult {
  nominationId: string;
  outcome?: Outcome;
  version: number;
}

/** Every human command arrives as one of these Updates, named after its command. */
export interface CommandRequest<C extends NominationCommand = NominationCommand> {
  command: C;
  actor: Actor;
  correlationId?: string;
}

export interface CommandAccepted {
  nominationId: string;
  version: number;
  stage: NominationState['stage'];
  status: NominationState['status'];
}

type CommandOf<T extends NominationCommandType> = Extract<NominationCommand, { type: T }>;
const update = <T extends NominationCommandType>(type: T) => defineUpdate<CommandAccepted, [CommandRequest<CommandOf<T>>]>(type);

export const nominationUpdates = {
  SubmitDossier: update('SubmitDossier'),
  RequestSupplement: update('RequestSupplement'),
  SupplementDossier: update('SupplementDossier'),
  AppraiseDossier: update('AppraiseDossier'),
  CastVote: update('CastVote'),
  CloseBallot: update('CloseBallot'),
  IssueDecision: update('IssueDecision'),
  RejectNomination: update('RejectNomination'),
  WithdrawNomination: update('WithdrawNomination'),
} as const;
export type HumanCommandType = keyof typeof nominationUpdates;

/** Live state for operators (queries never serve business reads: the projections do). */
export const nominationStateQuery = defineQuery<NominationState>('state');

export interface AppendEventsInput {
  streamId: string;
  expectedVersion: number;
  events: EventEnvelope[];
}

export interface AppendEventsOutput {
  nextExpectedVersion: number;
  appended: boolean;
}

/** Activities the workflow calls; implemented by Nest providers in apps/worker. */
export interface NominationActivities {
  appendEvents(input: AppendEventsInput): Promise<AppendEventsOutput>;
}

// Plain key objects (what defineSearchAttributeKey returns), so this file needs only the workflow SDK.
const keyword = (name: string) => ({ name, type: 'KEYWORD' as const });
export const searchAttributes = {
  stage: keyword('NominationStage'),
  award: keyword('AwardCode'),
  unit: keyword('UnitId'),
  campaign: keyword('CampaignId'),
  slaDeadline: { name: 'SlaDeadline', type: 'DATETIME' as const },
};

/** `--search-attribute` flags for `temporal server start-dev` (scripts read this list). */
export const SEARCH_ATTRIBUTE_REGISTRATIONS = ['NominationStage=Keyword', 'AwardCode=Keyword', 'UnitId=Keyword', 'CampaignId=Keyword', 'SlaDeadline=Datetime'];

export type { Refusal };
