import {
  allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler, upsertSearchAttributes, uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  Actor, decide, draftNomination, EventEnvelope, fold, initialState, isRefusal, NominationCommand, NominationEvent,
  NominationState, Refusal, SEED_RULE_SET, Stage, VIETNAM_CALENDAR, workingDayDeadline,
} from '@khen/domain';
import {
  CommandAccepted, CommandRequest, HumanCommandType, NominationActivities, NominationResult, NominationStartInput,
  nominationStateQuery, nominationUpdates, REFUSAL_FAILURE_TYPE, searchAttributes,
} from './nomination.contract';

const { appendEvents } = proxyActivities<NominationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

const calendar = VIETNAM_CALENDAR;
const SYSTEM: Actor = { userId: 'system', role: 'SYSTEM', displayName: 'Khen' };

function refusalFailure(r: Refusal): ApplicationFailure {
  return ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPE, message: `${r.code}: ${r.messageEn}`, details: [r], nonRetryable: true });
}

/**
 * A nomination from draft to outcome (design.md §4). A thin shell around the pure decider:
 * Update validator = decide without side effects; handler = decide → append → evolve, one at a time.
 */
export async function nominationWorkflow(input: NominationStartInput): Promise<NominationResult> {
  let state: NominationState = initialState();
  // Held while an append is in flight (the draft's included): the state is about to change.
  let busy = true;
  const context = (actor: Actor) => ({
    now: new Date().toISOString(), actor, ruleSet: SEED_RULE_SET, calendar, disclosureOverrideMs: input.disclosureOverrideMs,
  });

  async function record(events: NominationEvent[], actor: Actor, correlationId?: string): Promise<void> {
    const { workflowId, runId } = workflowInfo();
    const occurredAt = new Date().toISOString();
    const envelopes: EventEnvelope[] = events.map((e) => ({
      ...e, eventId: uuid4(), occurredAt,
      metadata: { actorId: actor.userId, actorRole: actor.role, workflowId, runId, correlationId },
    }));
    await appendEvents({ streamId: workflowId, expectedVersion: state.version, events: envelopes });
    const before = state.stage;
    state = fold(events, state);
    publishSearchAttributes(before !== state.stage || events.some((e) => e.type === 'DossierSubmitted'));
  }

  function publishSearchAttributes(stageChanged: boolean): void {
    if (!stageChanged) return;
    upsertSearchAttributes([
      { key: searchAttributes.stage, value: state.stage },
      { key: searchAttributes.slaDeadline, value: stageDeadline(state) },
    ]);
  }

  /** Serialized: a command that lost a race is re-decided against the state it now meets. */
  async function execute(command: NominationCommand, actor: Actor, correlationId?: string): Promise<CommandAccepted> {
    await condition(() => !busy);
    busy = true;
    try {
      const decision = decide(state, command, context(actor));
      if (isRefusal(decision)) throw refusalFailure(decision);
      await record(decision, actor, correlationId);
      return { nominationId: state.nominationId, version: state.version, stage: state.stage, status: state.status };
    } finally {
      busy = false;
    }
  }

  for (const type of Object.keys(nominationUpdates) as HumanCommandType[]) {
    setHandler(
      nominationUpdates[type] as typeof nominationUpdates.SubmitDossier,
      (req: CommandRequest) => execute(req.command, req.actor, req.correlationId),
      {
        validator: (req: CommandRequest) => {
          if (req?.command?.type !== type) throw refusalFailure(commandMismatch(type));
          // Mid-append the state is stale: accept, and let the handler decide under the lock.
          if (busy) return;
          const decision = decide(state, req.command, context(req.actor));
          if (isRefusal(decision)) throw refusalFailure(decision);
        },
      },
    );
  }
  setHandler(nominationStateQuery, () => state);

  const drafted = draftNomination(input.draft, SEED_RULE_SET);
  if (isRefusal(drafted)) throw refusalFailure(drafted);
  await record([drafted], input.actor, input.correlationId);
  busy = false;
  upsertSearchAttributes([
    { key: searchAttributes.award, value: state.awardCode },
    { key: searchAttributes.unit, value: state.unitId },
    { key: searchAttributes.campaign, value: state.campaignId },
  ]);

  while (state.stage !== 'CLOSED') {
    if (state.status === 'DISCLOSURE_OPEN' && state.disclosure) {
      // Durable timer: the disclosure closes by itself after its working days.
      const left = Math.max(1, Date.parse(state.disclosure.endsAt) - Date.now());
      const moved = await condition(() => state.status !== 'DISCLOSURE_OPEN', left);
      if (!moved) await execute({ type: 'CloseDisclosure' }, SYSTEM);
    } else {
      await condition(() => state.stage === 'CLOSED' || state.status === 'DISCLOSURE_OPEN');
    }
  }
  await condition(allHandlersFinished);
  return { nominationId: state.nominationId, outcome: state.outcome, version: state.version };
}

/** When the current stage's working-day budget runs out (SLA monitoring proper: the SLA issue). */
function stageDeadline(state: NominationState): Date | null {
  if (state.stage === 'CLOSED') return null;
  if (state.stage === 'PUBLIC_DISCLOSURE' && state.disclosure) return new Date(state.disclosure.endsAt);
  if (state.stage === 'UNIT_PROPOSAL' && state.status !== 'SUBMITTED') return null;
  const rule = state.rule ?? SEED_RULE_SET.awards[state.awardCode];
  const budget = rule?.slaWorkingDays[state.stage as Exclude<Stage, 'CLOSED'>];
  return budget === undefined ? null : workingDayDeadline(calendar, new Date(), budget);
}

function commandMismatch(expected: string): Refusal {
  return {
    refused: true, code: 'COMMAND_MISMATCH', kind: 'INVALID', field: 'command.type',
    messageVi: `Lệnh không khớp với thao tác ${expected}.`, messageEn: `Command does not match update ${expected}.`,
  };
}
