import type { ProcedureStep } from '../rules/rule-set';
import { mergeDocuments } from './dossier-files';
import type { NominationEvent } from './nomination.events';
import { evolveWork } from './nomination.evolve-work';
import {
  initialState,
  nextStep,
  type NominationState,
  type NominationStatus,
  STAGE_OF_STATUS,
} from './nomination.state';

const ENTRY_STATUS: Record<ProcedureStep, NominationStatus> = {
  APPRAISAL: 'SUBMITTED',
  BALLOT: 'BALLOT_PENDING',
  DISCLOSURE: 'DISCLOSURE_PENDING',
  DECISION: 'AWAITING_DECISION',
};

function complete(s: NominationState, step: ProcedureStep): NominationState {
  const done = { ...s, completedSteps: [...s.completedSteps, step] };
  const next = nextStep(done);
  return next ? withStatus(done, ENTRY_STATUS[next]) : done;
}

function withStatus(s: NominationState, status: NominationStatus): NominationState {
  return { ...s, status, stage: STAGE_OF_STATUS[status] };
}

/** Pure fold step: the one evolve used by the workflow, the projections, as-of and the checks. */
export function evolve(state: NominationState, event: NominationEvent): NominationState {
  const s: NominationState = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'NominationDrafted':
      return withStatus({ ...s, ...event.data }, 'DRAFT');
    case 'DraftUpdated':
      return { ...s, ...event.data.changes };
    case 'DossierSubmitted':
      return withStatus(
        {
          ...s,
          documents: mergeDocuments(s.documents, event.data.documents),
          rules: event.data.rules,
          receivedAt: event.data.receivedAt,
          ruleSetId: event.data.rules.ruleSetId,
          ...(event.data.collective ? { collectiveCounts: event.data.collective } : {}),
          ...(event.data.initiatives ? { initiativeCounts: event.data.initiatives } : {}),
          ...(event.data.clusterRank ? { clusterRankCount: event.data.clusterRank } : {}),
        },
        'SUBMITTED',
      );
    case 'SupplementRequested':
      return withStatus({ ...s, supplement: event.data }, 'SUPPLEMENT_REQUESTED');
    case 'DossierSupplemented':
      return withStatus(
        {
          ...s,
          supplement: undefined,
          appraiser: s.supplement?.requestedBy ?? s.appraiser,
          documents: mergeDocuments(s.documents, event.data.documents),
          achievements: event.data.achievements ?? s.achievements,
        },
        'SUBMITTED',
      );
    case 'NominationWithdrawn':
      return { ...withStatus(s, 'WITHDRAWN'), outcome: 'WITHDRAWN', withdrawal: event.data };
    case 'AppraisalCompleted':
      return complete({ ...s, appraisal: event.data }, 'APPRAISAL');
    case 'ReviewOpened':
      return withStatus(
        { ...s, tally: undefined, ballot: { ...event.data, open: true, voters: [], writtenOpinions: [] } },
        'BALLOT_OPEN',
      );
    case 'VoteCast':
      return { ...s, ballot: { ...s.ballot!, voters: [...s.ballot!.voters, event.data.memberId] } };
    case 'WrittenOpinionRecorded':
      return { ...s, ballot: { ...s.ballot!, writtenOpinions: [...s.ballot!.writtenOpinions, event.data.memberId] } };
    case 'ReviewClosed': {
      const closed = { ...s, ballot: { ...s.ballot!, open: false }, tally: event.data.tally };
      return event.data.passed ? complete(closed, 'BALLOT') : closed;
    }
    case 'BallotVoided':
      return withStatus({ ...s, ballot: { ...s.ballot!, open: false } }, 'BALLOT_PENDING');
    case 'DisclosureOpened':
      return withStatus({ ...s, disclosure: event.data }, 'DISCLOSURE_OPEN');
    case 'ObjectionFiled':
      return { ...s, objections: [...s.objections, { ...event.data, filedAt: s.disclosure?.opensAt ?? '' }] };
    case 'ObjectionResolved': {
      const { objectionId, outcome, note, resolvedBy } = event.data;
      const objections = s.objections.map((o) =>
        o.objectionId === objectionId ? { ...o, outcome, note, resolvedBy } : o,
      );
      const resolved = { ...s, objections };
      // Upheld after the council voted: the council reconsiders (docs/domain.md §5.4), the rest stays done.
      if (outcome !== 'UPHELD' || !s.completedSteps.includes('BALLOT')) return resolved;
      const reopened = { ...resolved, completedSteps: s.completedSteps.filter((x) => x !== 'BALLOT') };
      return s.status === 'AWAITING_DECISION' ? withStatus(reopened, 'BALLOT_PENDING') : reopened;
    }
    case 'DisclosureClosed':
      return complete(s, 'DISCLOSURE');
    case 'DecisionIssued':
      return { ...withStatus(s, 'AWARDED'), outcome: 'AWARDED', decision: event.data };
    case 'NominationRejected':
      return { ...withStatus(s, 'REJECTED'), outcome: 'REJECTED', rejection: event.data };
    case 'ForwardedToHigherLevel':
      return withStatus(
        { ...s, forwarded: { fromLevel: event.data.fromLevel, toLevel: event.data.toLevel, note: event.data.note } },
        'FORWARDED',
      );
    case 'TaskOpened':
    case 'TaskClaimed':
    case 'TaskReleased':
    case 'TaskAssigned':
    case 'TaskClosed':
    case 'SlaClockStarted':
    case 'SlaClockPaused':
    case 'SlaClockResumed':
    case 'SlaClockRescheduled':
    case 'SlaClockStopped':
    case 'SlaWarning':
    case 'SlaBreached':
    case 'EscalationRaised':
      return evolveWork(s, event);
  }
}

export function fold(events: readonly NominationEvent[], from: NominationState = initialState()): NominationState {
  return events.reduce(evolve, from);
}
