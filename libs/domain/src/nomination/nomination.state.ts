import type { CouncilMember, Tally } from '../ballot/tally';
import type { FrozenAwardRule } from '../rules/rule-set';
import type { Outcome, Stage } from '../stages';
import type { Council, DocumentRef, NominationEvent, Nominee, RejectionReason } from './nomination.events';

/** Where the case stands inside its stage. */
export type NominationStatus =
  | 'NEW'
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'BALLOT_OPEN'
  | 'DISCLOSURE_OPEN'
  | 'AWAITING_DECISION'
  | Outcome;

export interface BallotState {
  ballotId: string;
  open: boolean;
  members: CouncilMember[];
  recused: string[];
  /** Who took part; the choices are kept apart, unlinked, as counts (secret ballot). */
  voters: string[];
  approve: number;
  disapprove: number;
}

/** The nomination as a plain JSON value: the workflow's state, a projection row, an as-of answer. */
export interface NominationState {
  nominationId: string;
  version: number;
  stage: Stage;
  status: NominationStatus;
  outcome?: Outcome;
  awardCode: string;
  kind: string;
  unitId: string;
  campaignId: string;
  ruleSetId: string;
  nominee?: Nominee;
  council?: Council;
  documents: DocumentRef[];
  supplement?: { missing: string[]; note: string };
  rule?: FrozenAwardRule;
  receivedCompleteAt?: string;
  ballot?: BallotState;
  tally?: Tally;
  disclosure?: { opensAt: string; endsAt: string; workingDays: number };
  decision?: { decisionNumber: string; decisionDate: string; signerId: string; signerName: string };
  rejection?: { stage: Stage; reasonCode: RejectionReason; reason: string };
  withdrawal?: { reason: string };
}

export function initialState(): NominationState {
  return {
    nominationId: '', version: 0, stage: 'UNIT_PROPOSAL', status: 'NEW', awardCode: '', kind: '',
    unitId: '', campaignId: '', ruleSetId: '', documents: [],
  };
}

/** Later documents with the same code replace earlier ones (a supplement corrects the dossier). */
function mergeDocuments(current: DocumentRef[], added: DocumentRef[]): DocumentRef[] {
  const byCode = new Map(current.map((d) => [d.code, d] as const));
  added.forEach((d) => byCode.set(d.code, d));
  return [...byCode.values()];
}

/** Pure fold step: the one evolve used by the workflow, the projections, as-of and the checks. */
export function evolve(state: NominationState, event: NominationEvent): NominationState {
  const s: NominationState = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'NominationDrafted':
      return { ...s, ...event.data, status: 'DRAFT', stage: 'UNIT_PROPOSAL' };
    case 'DossierSubmitted':
      return { ...s, status: 'SUBMITTED', documents: mergeDocuments(s.documents, event.data.documents) };
    case 'SupplementRequested':
      return { ...s, status: 'SUPPLEMENT_REQUESTED', supplement: event.data };
    case 'DossierSupplemented':
      return { ...s, status: 'SUBMITTED', supplement: undefined, documents: mergeDocuments(s.documents, event.data.documents) };
    case 'NominationWithdrawn':
      return { ...s, stage: 'CLOSED', status: 'WITHDRAWN', outcome: 'WITHDRAWN', withdrawal: event.data };
    case 'AppraisalCompleted':
      return { ...s, rule: event.data.rule, receivedCompleteAt: event.data.receivedCompleteAt };
    case 'ReviewOpened':
      return {
        ...s, stage: 'COUNCIL_REVIEW', status: 'BALLOT_OPEN',
        ballot: { ...event.data, open: true, voters: [], approve: 0, disapprove: 0 },
      };
    case 'VoteCast': {
      const b = s.ballot!;
      const approve = event.data.choice === 'APPROVE' ? b.approve + 1 : b.approve;
      const disapprove = event.data.choice === 'DISAPPROVE' ? b.disapprove + 1 : b.disapprove;
      return { ...s, ballot: { ...b, voters: [...b.voters, event.data.memberId], approve, disapprove } };
    }
    case 'ReviewClosed':
      return { ...s, ballot: { ...s.ballot!, open: false }, tally: event.data.tally };
    case 'DisclosureOpened':
      return { ...s, stage: 'PUBLIC_DISCLOSURE', status: 'DISCLOSURE_OPEN', disclosure: event.data };
    case 'DisclosureClosed':
      return { ...s, stage: 'FINAL_DECISION', status: 'AWAITING_DECISION' };
    case 'DecisionIssued':
      return { ...s, stage: 'CLOSED', status: 'AWARDED', outcome: 'AWARDED', decision: event.data };
    case 'NominationRejected':
      return { ...s, stage: 'CLOSED', status: 'REJECTED', outcome: 'REJECTED', rejection: event.data };
  }
}

export function fold(events: readonly NominationEvent[], from: NominationState = initialState()): NominationState {
  return events.reduce(evolve, from);
}
