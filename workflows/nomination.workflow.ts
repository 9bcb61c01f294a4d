import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type Actor,
  alertsFor,
  type DecisionContext,
  decide,
  documentsToCheck,
  draftNomination,
  initialState,
  isRefusal,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
  participants,
  slaDeadline,
  vietnamCalendar,
} from '@khen/domain';
import { alerting, appendAndFold, caseReads } from './nomination.append';
import {
  calendarChangedSignal,
  type CommandAccepted,
  type CommandRequest,
  HUMAN_COMMANDS,
  NEEDS_FACTS,
  type NominationResult,
  type NominationStartInput,
  nominationStateQuery,
  nominationUpdates,
  type RuleContext,
  type SealedBallot,
  searchAttributes,
} from './nomination.contract';
import { commandMismatch, ignoreRefusal, refusalFailure } from './nomination.failures';
import { ballotOverdueWithQuorum, nextDue } from './nomination.timers';

const SYSTEM: Actor = { userId: 'system', role: 'SYSTEM', displayName: 'Hệ thống Khen' };
const EMPTY_CONTEXT = { ruleSet: undefined, schedules: [] } as unknown as RuleContext;

/**
 * A nomination from draft to outcome (docs/architecture.md §4): a thin shell around the pure decider. Update
 * validator = decide without side effects; handler = gather facts → decide → append → evolve, one
 * command at a time. Timers (disclosure end, ballot deadline, SLA warnings and breaches) are durable.
 */
export async function nominationWorkflow(input: NominationStartInput): Promise<NominationResult> {
  let state: NominationState = input.resume?.state ?? initialState();
  // Loaded after the handlers are registered, so that an Update arriving meanwhile waits, not fails.
  let context: RuleContext = input.resume?.context ?? EMPTY_CONTEXT;
  let calendar = vietnamCalendar(context.schedules);
  const sealedBox: SealedBallot[] = [...(input.resume?.sealedBox ?? [])];
  // Held while a command is being recorded (the draft's included): the state is about to change.
  let busy = true;
  let calendarChanged: string | undefined;
  const atomicLock = patched('atomic-update-lock');
  const checkOnEveryWake = patched('due-checks-on-wake');
  // patched(): ballots are counted over every seated member where the rule says all members (docs/domain.md
  // §10); a history recorded before replays the first count. Asked only where a count is made, never in a validator.
  const legacyBallotCount = () => !patched('ballot-counts-all-seated');
  // Alerts run beside the case: a receiver that is down must not hold up the people working on it.
  const deliveries: Promise<void>[] = [];

  const ctx = (actor: Actor, extra: Partial<DecisionContext> = {}): DecisionContext => ({
    now: new Date().toISOString(),
    actor,
    ruleSet: context.ruleSet,
    calendar,
    disclosureOverrideMs: input.disclosureOverrideMs,
    ...extra,
  });

  async function record(events: NominationEvent[], actor: Actor, req: Partial<CommandRequest> = {}): Promise<void> {
    const previous = state;
    state = await appendAndFold(state, context, events, actor, req);
    if (previous.stage !== state.stage || slaDeadline(previous) !== slaDeadline(state)) publishSearchAttributes();
    // patched(): cases recorded before alerts existed replay without scheduling them (docs/architecture.md §4).
    if (patched('sla-alerts'))
      alertsFor(previous, events, state).forEach((alert) => deliveries.push(alerting.notifySla(alert)));
  }

  /** Facts from outside the stream, read just before deciding (the validator saw the API's copy). */
  async function gather(command: NominationCommand): Promise<Partial<DecisionContext>> {
    if (NEEDS_FACTS.has(command.type)) {
      const loaded = await caseReads().loadSubmissionContext({
        nominationId: state.nominationId,
        nomineeKey: state.nominee!.key,
        unitId: state.unitId,
        campaignId: state.campaignId,
        awardCode: state.awardCode,
        asOf: new Date().toISOString(),
        // An activity's arguments are not part of replay's check: older histories replay unchanged.
        documents: documentsToCheck(state, command),
        memberKeys: state.achievements?.collective?.memberKeys,
      });
      context = { ...context, ruleSet: loaded.ruleSet };
      return { ruleSet: loaded.ruleSet, facts: loaded.facts };
    }
    if ((command.type === 'CloseBallot' || command.type === 'CloseBallotAtDeadline') && state.ballot) {
      const revealed = await caseReads().openBallotBox({
        ballotId: state.ballot.ballotId,
        sealed: sealedBox.filter((s) => !s.written).map((s) => s.sealed),
        writtenOpinions: sealedBox.filter((s) => s.written).map((s) => s.sealed),
      });
      return { revealed, legacyBallotCount: legacyBallotCount() };
    }
    return {};
  }

  /** Serialized: a command that lost a race is re-decided against the state it now meets. */
  async function execute(
    command: NominationCommand,
    actor: Actor,
    req: Partial<CommandRequest> = {},
  ): Promise<CommandAccepted> {
    // Take the lock inside the condition: several waiters are woken in one activation, and only the
    // first may have it (patched: histories recorded before this fix replay the old way).
    if (atomicLock) await condition(() => (busy ? false : (busy = true)));
    else {
      await condition(() => !busy);
      busy = true;
    }
    try {
      const decision = decide(state, command, ctx(actor, await gather(command)));
      if (isRefusal(decision)) throw refusalFailure(decision);
      if (decision.length) await record(decision, actor, req);
      keepSealed(command, decision);
      await settle();
      return { nominationId: state.nominationId, version: state.version, stage: state.stage, status: state.status };
    } finally {
      busy = false;
    }
  }

  /** Sealed choices stay in the workflow, never in an event, until the ballot closes. */
  function keepSealed(command: NominationCommand, events: NominationEvent[]): void {
    if (command.type === 'CastVote' && events.length) sealedBox.push({ sealed: command.sealedChoice, written: false });
    if (command.type === 'RecordWrittenOpinion' && events.length)
      sealedBox.push({ sealed: command.sealedChoice, written: true });
    if (events.some((e) => e.type === 'ReviewClosed')) sealedBox.length = 0;
  }

  /** Steps the workflow opens itself: a ballot needs the council's members of the day. */
  async function settle(): Promise<void> {
    while (state.status === 'BALLOT_PENDING' && state.council) {
      const members = await caseReads().loadCouncilMembers({ councilId: state.council.councilId });
      const opened = decide(state, { type: 'OpenBallot', members }, ctx(SYSTEM));
      if (isRefusal(opened)) throw ApplicationFailure.nonRetryable(`OpenBallot refused: ${opened.code}`);
      await record(opened, SYSTEM);
    }
  }

  function publishSearchAttributes(): void {
    const deadline = slaDeadline(state);
    upsertSearchAttributes([
      { key: searchAttributes.stage, value: state.stage },
      { key: searchAttributes.slaDeadline, value: deadline ? new Date(deadline) : null },
    ]);
  }

  for (const type of HUMAN_COMMANDS) {
    setHandler(
      nominationUpdates[type] as typeof nominationUpdates.SubmitDossier,
      (req: CommandRequest) => execute(req.command, req.actor, req),
      {
        validator: (req: CommandRequest) => {
          if (req?.command?.type !== type) throw refusalFailure(commandMismatch(type));
          // Mid-append the state is stale, and without the API's facts a check could be wrong:
          // accept, and let the handler decide on fresh facts under the lock.
          if (busy || (NEEDS_FACTS.has(type) && !req.facts)) return;
          const decision = decide(state, req.command, ctx(req.actor, { facts: req.facts }));
          if (isRefusal(decision)) throw refusalFailure(decision);
        },
      },
    );
  }
  setHandler(nominationStateQuery, () => state);
  setHandler(calendarChangedSignal, ({ reason }) => {
    calendarChanged = reason;
  });

  if (!input.resume) {
    context = await caseReads().loadRuleContext({ asOf: new Date().toISOString() });
    calendar = vietnamCalendar(context.schedules);
    const drafted = draftNomination(input.draft, context.ruleSet, new Date().toISOString());
    if (isRefusal(drafted)) throw refusalFailure(drafted);
    await record([drafted], input.actor, { correlationId: input.correlationId });
    upsertSearchAttributes([
      { key: searchAttributes.award, value: state.awardCode },
      { key: searchAttributes.unit, value: state.unitId },
      { key: searchAttributes.campaign, value: state.campaignId },
    ]);
  } else if (input.resume.fromStream) await restoreFromStream();
  busy = false;

  while (state.stage !== 'CLOSED') {
    if (workflowInfo().continueAsNewSuggested) {
      await condition(() => !busy && allHandlersFinished());
      await Promise.all(deliveries);
      await continueAsNew<typeof nominationWorkflow>({ ...input, resume: { state, context, sealedBox } });
    }
    const version = state.version;
    const due = nextDue(state, calendar);
    const moved = () => state.version !== version || calendarChanged !== undefined || state.stage === 'CLOSED';
    const woke =
      due === undefined ? (await condition(moved), true) : await condition(moved, Math.max(1, due - Date.now()));
    if (calendarChanged !== undefined) {
      const reason = calendarChanged;
      calendarChanged = undefined;
      context = await caseReads().loadRuleContext({ asOf: new Date().toISOString() });
      calendar = vietnamCalendar(context.schedules);
      await execute({ type: 'RecomputeClocks', reason }, SYSTEM).catch(ignoreRefusal);
    }
    // A change can make something due without a timer: a vote that reaches the quorum after the
    // ballot's deadline closes it at once (patched: older histories checked on timeouts only).
    if (
      !woke ||
      Date.now() >= (due ?? Infinity) ||
      (checkOnEveryWake && ballotOverdueWithQuorum(state, legacyBallotCount))
    )
      await runDueTimers();
  }
  await condition(allHandlersFinished);
  await Promise.all(deliveries);
  return { nominationId: state.nominationId, outcome: state.outcome, version: state.version };

  /**
   * Started from the stream after Temporal lost the case (a path no earlier history takes): an open
   * ballot's sealed choices were only in the lost workflow, so it is voided and held again; a step the
   * lost run was opening (a ballot waiting for its members) is opened. Timers re-arm from the state.
   */
  async function restoreFromStream(): Promise<void> {
    if (state.status === 'BALLOT_OPEN' && state.ballot && participants(state.ballot) > sealedBox.length) {
      const voided = decide(state, { type: 'VoidBallot' }, ctx(SYSTEM));
      if (isRefusal(voided)) throw ApplicationFailure.nonRetryable(`VoidBallot refused: ${voided.code}`);
      await record(voided, SYSTEM);
    }
    await settle();
  }

  /** What the timers are for: the disclosure ends, the ballot's deadline passes, an SLA step is due. */
  async function runDueTimers(): Promise<void> {
    const now = Date.now();
    if (state.status === 'DISCLOSURE_OPEN' && state.disclosure && now >= Date.parse(state.disclosure.endsAt)) {
      await execute({ type: 'CloseDisclosure' }, SYSTEM).catch(ignoreRefusal);
    }
    if (ballotOverdueWithQuorum(state, legacyBallotCount)) {
      await execute({ type: 'CloseBallotAtDeadline' }, SYSTEM).catch(ignoreRefusal);
    }
    if (state.stage !== 'CLOSED') await execute({ type: 'SlaTick' }, SYSTEM).catch(ignoreRefusal);
  }
}
