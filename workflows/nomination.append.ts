import { patched, proxyActivities, proxyLocalActivities, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  type Actor,
  type EventEnvelope,
  fold,
  type NominationEvent,
  type NominationState,
  withCaseNumber,
} from '@khen/domain';
import type { AppendGuard, CommandRequest, NominationActivities, RuleContext } from './nomination.contract';
import { refusalFailure } from './nomination.failures';

const CASE_ACTIVITY_OPTIONS = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
} as const;

/** Appends are regular activities: their input (the events) is in the history before they run. */
export const activities = proxyActivities<Pick<NominationActivities, 'appendEvents'>>(CASE_ACTIVITY_OPTIONS);

type CaseReads = Pick<
  NominationActivities,
  'loadRuleContext' | 'loadSubmissionContext' | 'loadCouncilMembers' | 'openBallotBox'
>;
const remoteReads = proxyActivities<CaseReads>(CASE_ACTIVITY_OPTIONS);
const localReads = proxyLocalActivities<CaseReads>(CASE_ACTIVITY_OPTIONS);

/**
 * The case's reads (rules, facts, council members, the ballot box) run as local activities: inside the
 * workflow task that asks for them, with no round trip through the server's task queues. They change
 * nothing, so a task lost with its worker and run again repeats them harmlessly. Appends may not: a local
 * append inside an Update commits before the Update is recorded, and a task lost then leaves the store
 * ahead of the workflow (the fault drill showed it). patched(): histories recorded with regular reads
 * replay with them; a running case switches at its next step.
 */
export const caseReads = (): CaseReads => (patched('local-case-reads') ? localReads : remoteReads);

export const alerting = proxyActivities<Pick<NominationActivities, 'notifySla'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/**
 * Appends a decision's events to the case's stream (ids made here, so a retried activity re-sends
 * the same ones) and folds them: the state after the append, or the guard's refusal as a failure.
 */
export async function appendAndFold(
  state: NominationState,
  context: RuleContext,
  events: NominationEvent[],
  actor: Actor,
  req: Partial<CommandRequest>,
): Promise<NominationState> {
  const { workflowId, runId } = workflowInfo();
  const occurredAt = new Date().toISOString();
  const envelopes: EventEnvelope[] = events.map((e) => ({
    ...e,
    eventId: uuid4(),
    occurredAt,
    metadata: {
      actorId: actor.userId,
      actorRole: actor.role,
      actorName: actor.displayName,
      actorUnitId: actor.unitId,
      workflowId,
      runId,
      correlationId: req.correlationId,
      seenVersion: req.seenVersion ?? state.version,
      ruleSetId: state.rules?.ruleSetId ?? context.ruleSet.id,
      ruleSetVersion: state.rules?.ruleSetVersion ?? context.ruleSet.version,
    },
  }));
  const result = await activities.appendEvents({
    streamId: workflowId,
    expectedVersion: state.version,
    events: envelopes,
    guards: guardsFor(events, state, context),
  });
  if (result.refusal) throw refusalFailure(result.refusal);
  // The draft as recorded carries the case's number, given by the store (absent in older histories).
  if (result.caseNumber && patched('case-numbers')) return fold(withCaseNumber(events, result.caseNumber), state);
  return fold(events, state);
}

/** Checks the store makes atomically across cases: the unit's quota, the decision number. */
function guardsFor(events: NominationEvent[], state: NominationState, context: RuleContext): AppendGuard[] | undefined {
  const guards: AppendGuard[] = [];
  for (const e of events) {
    if (e.type === 'DossierSubmitted') {
      const quota = context.ruleSet.quotas.find((q) => q.awardCode === state.awardCode);
      if (quota)
        guards.push({
          type: 'QUOTA',
          nominationId: state.nominationId,
          unitId: state.unitId,
          campaignId: state.campaignId,
          quota,
          awards: context.ruleSet.awards,
        });
    }
    if (e.type === 'DecisionIssued') {
      guards.push({
        type: 'DECISION_NUMBER',
        authorityId: e.data.authorityId,
        decisionNumber: e.data.decisionNumber,
        decisionDate: e.data.decisionDate,
        signerId: e.data.signerId,
      });
    }
  }
  return guards.length ? guards : undefined;
}
