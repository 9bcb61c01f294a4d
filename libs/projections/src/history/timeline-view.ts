import {
  changesBetween,
  summarizeEn,
  EVENT_LABELS,
  evolve,
  initialState,
  stageVisits,
  summarizeVi,
  type NominationEvent,
  type NominationEventType,
  type NominationState,
  NO_NAMES,
  type TimelineNames,
  type WorkingCalendar,
} from '@khen/domain';
import { storedEventToJson, type StoredEvent } from '@khen/eventstore';

/** The steps people take, as opposed to the queue and clock bookkeeping that follows from them. */
const DOMAIN_EVENTS = new Set<NominationEventType>([
  'NominationDrafted',
  'DraftUpdated',
  'DossierSubmitted',
  'SupplementRequested',
  'DossierSupplemented',
  'NominationWithdrawn',
  'AppraisalCompleted',
  'ReviewOpened',
  'VoteCast',
  'WrittenOpinionRecorded',
  'ReviewClosed',
  'BallotVoided',
  'DisclosureOpened',
  'ObjectionFiled',
  'ObjectionResolved',
  'DisclosureClosed',
  'DecisionIssued',
  'NominationRejected',
  'ForwardedToHigherLevel',
]);

const asEvent = (e: StoredEvent) => ({ type: e.type, data: e.data }) as NominationEvent;
export const occurredAt = (e: StoredEvent) => String(e.metadata.occurredAt ?? e.recordedAt.toISOString());

/**
 * A case's history for administrators: every event with who, role, unit, when, stage,
 * reason and old → new values; what the actor saw (case and rule versions); stage durations.
 * Votes show who took part; the tally shows the numbers; no event holds a member's choice.
 */
export function buildTimeline(
  streamId: string,
  events: readonly StoredEvent[],
  calendar: WorkingCalendar,
  now: Date,
  names: TimelineNames = NO_NAMES,
) {
  let state = initialState();
  const entries = events.map((e) => {
    const before = state;
    state = evolve(state, asEvent(e));
    const m = e.metadata as Record<string, unknown>;
    const stored = storedEventToJson(e);
    const [labelVi, labelEn] = EVENT_LABELS[e.type as NominationEventType] ?? [e.type, e.type];
    return {
      version: e.streamVersion,
      type: e.type,
      labelVi,
      labelEn,
      domain: DOMAIN_EVENTS.has(e.type as NominationEventType),
      at: occurredAt(e),
      recordedAt: stored.recordedAt,
      actor: {
        id: m.actorId ?? null,
        role: m.actorRole ?? null,
        name: (m.actorName as string | undefined) ?? (m.actorId ? names.person(String(m.actorId)) : undefined) ?? null,
        unitId: m.actorUnitId ?? null,
      },
      stage: state.stage,
      reasonCode: (e.data as { reasonCode?: string }).reasonCode ?? null,
      changes: changesBetween(before, state),
      summaryVi: summarizeVi(asEvent(e), names),
      summaryEn: summarizeEn(asEvent(e), names),
      seen: {
        version: m.seenVersion ?? null,
        ruleSetId: m.ruleSetId ?? null,
        ruleSetVersion: m.ruleSetVersion ?? null,
      },
      runId: m.runId ?? null,
      correlationId: m.correlationId ?? null,
      hash: stored.hash,
    };
  });
  return {
    workflowId: streamId,
    runIds: [...new Set(events.map((e) => e.metadata.runId).filter(Boolean))] as string[],
    entries,
    stageDurations: stageVisits(
      events.map((e) => ({ event: asEvent(e), at: occurredAt(e) })),
      calendar,
      now.toISOString(),
    ),
  };
}

/** The case as it stood after the events recorded up to an instant, or up to a version. */
export function stateAsOf(events: readonly StoredEvent[], limit: { at?: string; version?: number }): NominationState {
  return events
    .filter((e) =>
      limit.version !== undefined ? e.streamVersion <= limit.version : e.recordedAt.getTime() <= Date.parse(limit.at!),
    )
    .reduce((s, e) => evolve(s, asEvent(e)), initialState());
}
