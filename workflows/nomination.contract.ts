/**
 * The one contract both apps and the workflow share: task queue, workflow ids,
 * every Update, Signal and Query, the activity interface and the search attributes of docs/architecture.md §4.
 * Imports only the workflow SDK and the pure domain, so the workflow bundle may include it.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Actor,
  CouncilMember,
  DraftInput,
  EventEnvelope,
  NominationCommand,
  NominationCommandType,
  NominationState,
  Outcome,
  QuotaRule,
  Refusal,
  RevealedBallots,
  RuleSet,
  SlaAlert,
  SubmissionFacts,
  YearSchedule,
} from '@khen/domain';
import { nominationStreamId } from '@khen/domain';

export const NOMINATIONS_TASK_QUEUE = 'nominations';
/** Workflow id = stream id: the domain's one scheme (libs/domain/src/nomination/stream-id.ts). */
export const nominationWorkflowId = nominationStreamId;

/** Application-failure type of an Update refused after acceptance; its details carry the Refusal. */
export const REFUSAL_FAILURE_TYPE = 'NominationRefused';

/** The rules and calendar a workflow works with (loaded by an activity, so recorded in history). */
export interface RuleContext {
  ruleSet: RuleSet;
  /** Year schedules an admin published (newest per year), over the built-in official ones. */
  schedules: YearSchedule[];
}

export interface NominationStartInput {
  draft: DraftInput;
  actor: Actor;
  correlationId?: string;
  /** Demo/test override of the disclosure length (ms); absent = the rules' working days. */
  disclosureOverrideMs?: number;
  /**
   * Carried over by continue-as-new: the state, the rules and the sealed ballots so far. Or, with
   * `fromStream`, the fold of the case's stored events for a case whose workflow Temporal lost
   * (`npm run khen -- resume`, docs/architecture.md "When Temporal and the event store disagree").
   */
  resume?: { state: NominationState; context: RuleContext; sealedBox: SealedBallot[]; fromStream?: boolean };
}

/** A sealed choice held by the workflow until the ballot closes; `written`: an absent member's opinion. */
export interface SealedBallot {
  sealed: string;
  written: boolean;
}

export interface NominationResult {
  nominationId: string;
  outcome?: Outcome;
  version: number;
}

/** Commands people send: each is one Workflow Update named after it. */
export const HUMAN_COMMANDS = [
  'EditDraft',
  'SubmitDossier',
  'RequestSupplement',
  'SupplementDossier',
  'WithdrawNomination',
  'AppraiseDossier',
  'CastVote',
  'RecordWrittenOpinion',
  'CloseBallot',
  'FileObjection',
  'ResolveObjection',
  'IssueDecision',
  'RejectNomination',
  'ForwardToHigherLevel',
  'RecordHigherDecision',
  'ClaimTask',
  'ReleaseTask',
  'ReassignTask',
  'DelegateTask',
  'ExtendSla',
] as const satisfies readonly NominationCommandType[];
export type HumanCommandType = (typeof HUMAN_COMMANDS)[number];

/**
 * Commands whose validation needs facts from outside the stream (registry, holds, other cases, quota):
 * the API reads them and passes them in the Update, the workflow reads them again before it records.
 */
export const NEEDS_FACTS: ReadonlySet<NominationCommandType> = new Set<NominationCommandType>([
  'SubmitDossier',
  'SupplementDossier',
  'IssueDecision',
]);

export interface CommandRequest<C extends NominationCommand = NominationCommand> {
  command: C;
  actor: Actor;
  correlationId?: string;
  /** Read by the API for an early, traceless refusal; the workflow re-reads them before it records. */
  facts?: SubmissionFacts;
  /** The case version the actor was looking at (as-seen audit). */
  seenVersion?: number;
}

export interface CommandAccepted {
  nominationId: string;
  version: number;
  stage: NominationState['stage'];
  status: NominationState['status'];
}

/** The command of a type, as the domain defines it. */
export type CommandOf<T extends NominationCommandType> = Extract<NominationCommand, { type: T }>;
/** What a sender writes for a command: everything but its type, which the Update's name already says. */
export type CommandBody<T extends NominationCommandType> = Omit<CommandOf<T>, 'type'>;

/** The Update of a command type, typed from the request it takes to the answer it gives. */
export const updateOf = <T extends HumanCommandType>(type: T) =>
  defineUpdate<CommandAccepted, [CommandRequest<CommandOf<T>>]>(type);

export const nominationUpdates: { [T in HumanCommandType]: ReturnType<typeof updateOf<T>> } = Object.fromEntries(
  HUMAN_COMMANDS.map((t) => [t, updateOf(t)]),
) as never;

/** Live state for operators (queries never serve business reads: the projections do). */
export const nominationStateQuery = defineQuery<NominationState>('state');
/** Sent to running cases when an admin publishes a year's calendar: deadlines are recomputed. */
export const calendarChangedSignal = defineSignal<[{ reason: string }]>('calendarChanged');

/** Checks the store makes inside the append's transaction, where other cases' writes are serialized. */
export type AppendGuard =
  | {
      type: 'QUOTA';
      nominationId: string;
      unitId: string;
      campaignId: string;
      quota: QuotaRule;
      awards: RuleSet['awards'];
    }
  | { type: 'DECISION_NUMBER'; authorityId: string; decisionNumber: string; decisionDate: string; signerId: string };

export interface AppendEventsInput {
  streamId: string;
  expectedVersion: number;
  events: EventEnvelope[];
  guards?: AppendGuard[];
}

export interface AppendEventsOutput {
  nextExpectedVersion: number;
  appended: boolean;
  /** A guard refused: nothing was appended. */
  refusal?: Refusal;
  /** The number the store gave the case's NominationDrafted (also on a retried append). */
  caseNumber?: string;
}

export interface SubmissionContextInput {
  nominationId: string;
  nomineeKey: string;
  unitId: string;
  campaignId: string;
  awardCode: string;
  /** ISO instant whose civil date picks the rule set in force. */
  asOf: string;
  /** The uploads the command's documents name, and whose they must be (domain: documentsToCheck). */
  documents?: { ownerId: string; hashes: string[] };
  /** A collective's listed members (their registry records count for it). */
  memberKeys?: string[];
}

/** Activities the workflow calls; implemented by Nest providers in apps/worker. */
export interface NominationActivities {
  appendEvents(input: AppendEventsInput): Promise<AppendEventsOutput>;
  loadRuleContext(input: { asOf: string }): Promise<RuleContext>;
  loadSubmissionContext(input: SubmissionContextInput): Promise<{ ruleSet: RuleSet; facts: SubmissionFacts }>;
  loadCouncilMembers(input: { councilId: string }): Promise<CouncilMember[]>;
  openBallotBox(input: { ballotId: string; sealed: string[]; writtenOpinions: string[] }): Promise<RevealedBallots>;
  /** Delivers an SLA alert on every configured channel; retried until delivered, keyed for dedup. */
  notifySla(alert: SlaAlert): Promise<void>;
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

/**
 * `Name=Type` of each search attribute, as `temporal server start-dev --search-attribute` takes them:
 * derived from `searchAttributes`, the one definition. scripts/lib.sh reads this list from the built
 * contract, the fault drill and the time-skipping tests import it; docker/compose.yml spells it
 * (compose cannot read TypeScript) and test/integration/docker-compose.int.spec.ts holds the two equal.
 */
export const SEARCH_ATTRIBUTE_REGISTRATIONS: string[] = Object.values(searchAttributes).map(
  ({ name, type }) => `${name}=${type.charAt(0)}${type.slice(1).toLowerCase()}`,
);

export type { Refusal };
