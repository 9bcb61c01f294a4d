import { tallyBallot } from '../ballot/tally';
import { isCivilDate } from '../calendar/civil-date';
import { workingDayDeadline } from '../calendar/working-days';
import { Refusal } from '../refusal';
import { freezeAwardRule } from '../rules/rule-set';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import { DocumentRef, NominationEvent, REJECTION_REASONS } from './nomination.events';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';

export type Decision = NominationEvent[] | Refusal;

/** Required document codes the dossier (plus the new documents) still lacks. */
function missingDocuments(state: NominationState, ctx: DecisionContext, added: DocumentRef[]): string[] {
  const required = ctx.ruleSet.awards[state.awardCode]?.requiredDocuments ?? [];
  const have = new Set([...state.documents, ...added].map((d) => d.code));
  return required.filter((code) => !have.has(code));
}

const blank = (s: string | undefined) => !s || s.trim().length === 0;

/** Submitting and supplementing alike: the right status, the own unit, every required document. */
function fileDossier(state: NominationState, ctx: DecisionContext, status: NominationState['status'], documents: DocumentRef[], wrongStage: () => Refusal): Refusal | undefined {
  if (state.status !== status) return wrongStage();
  if (ctx.actor.unitId !== state.unitId) return refuse.notOwnUnit();
  const missing = missingDocuments(state, ctx, documents);
  return missing.length ? refuse.missingDocuments(missing) : undefined;
}

/**
 * decide(state, command) → events | refusal. Pure: the workflow's Update validators call it with
 * no side effect, its handlers call it again (serialized) before appending what it returns.
 */
export function decide(state: NominationState, command: NominationCommand, ctx: DecisionContext): Decision {
  if (state.stage === 'CLOSED') return refuse.closed(command.type);
  const wrongStage = () => refuse.wrongStage(command.type, state.stage, state.status);

  switch (command.type) {
    case 'SubmitDossier':
      return fileDossier(state, ctx, 'DRAFT', command.documents, wrongStage) ?? [{ type: 'DossierSubmitted', data: { documents: command.documents } }];
    case 'RequestSupplement': {
      if (state.status !== 'SUBMITTED') return wrongStage();
      if (command.missing.length === 0) return refuse.emptyField('missing', 'danh sách tài liệu cần bổ sung', 'documents to supplement');
      return [{ type: 'SupplementRequested', data: { missing: command.missing, note: command.note } }];
    }
    case 'SupplementDossier':
      return fileDossier(state, ctx, 'SUPPLEMENT_REQUESTED', command.documents, wrongStage) ?? [{ type: 'DossierSupplemented', data: { documents: command.documents } }];
    case 'AppraiseDossier': {
      if (state.status !== 'SUBMITTED') return wrongStage();
      const rule = freezeAwardRule(ctx.ruleSet, state.awardCode);
      if (!rule) return refuse.unknownAward(state.awardCode);
      const members = state.council?.members ?? [];
      // Conflict of interest: members of the nominee's unit are recused (design.md §5).
      const recused = members.filter((m) => m.unitId === state.nominee?.unitId).map((m) => m.memberId);
      return [
        { type: 'AppraisalCompleted', data: { opinion: command.opinion, receivedCompleteAt: ctx.now, rule } },
        { type: 'ReviewOpened', data: { ballotId: `${state.nominationId}/ballot-${state.version + 2}`, members, recused } },
      ];
    }
    case 'CastVote': {
      const ballot = state.ballot;
      if (state.stage !== 'COUNCIL_REVIEW' || !ballot) return wrongStage();
      if (!ballot.open) return refuse.ballotClosed();
      const me = ctx.actor.userId;
      if (!ballot.members.some((m) => m.memberId === me)) return refuse.notCouncilMember();
      if (ballot.recused.includes(me)) return refuse.recused();
      if (ballot.voters.includes(me)) return refuse.alreadyVoted();
      return [{ type: 'VoteCast', data: { ballotId: ballot.ballotId, memberId: me, choice: command.choice } }];
    }
    case 'CloseBallot': {
      const ballot = state.ballot;
      if (state.stage !== 'COUNCIL_REVIEW' || !ballot?.open || !state.rule) return wrongStage();
      const votes = [...Array(ballot.approve).fill('APPROVE'), ...Array(ballot.disapprove).fill('DISAPPROVE')];
      const tally = tallyBallot({ rule: state.rule.ballot, members: ballot.members, recused: ballot.recused, votes });
      if (!tally.quorumReached) return refuse.quorumNotReached(tally.cast, Math.ceil((tally.eligible * state.rule.ballot.quorumPercent) / 100));
      const closed: NominationEvent = { type: 'ReviewClosed', data: { ballotId: ballot.ballotId, tally, passed: tally.passed } };
      if (!tally.passed) {
        return [closed, { type: 'NominationRejected', data: { stage: 'COUNCIL_REVIEW', reasonCode: 'BALLOT_FAILED', reason: `Không đạt tỷ lệ phiếu đồng ý (${tally.approvePercent}%).` } }];
      }
      const workingDays = state.rule.disclosureWorkingDays;
      const endsAt = ctx.disclosureOverrideMs !== undefined
        ? new Date(Date.parse(ctx.now) + ctx.disclosureOverrideMs)
        : workingDayDeadline(ctx.calendar, new Date(ctx.now), workingDays);
      return [closed, { type: 'DisclosureOpened', data: { opensAt: ctx.now, endsAt: endsAt.toISOString(), workingDays } }];
    }
    case 'CloseDisclosure': {
      if (state.status !== 'DISCLOSURE_OPEN' || !state.disclosure) return wrongStage();
      if (Date.parse(ctx.now) < Date.parse(state.disclosure.endsAt)) return refuse.disclosureNotEnded(state.disclosure.endsAt);
      return [{ type: 'DisclosureClosed', data: { closedAt: ctx.now } }];
    }
    case 'IssueDecision': {
      if (state.status === 'DISCLOSURE_OPEN' && state.disclosure) return refuse.disclosureNotEnded(state.disclosure.endsAt);
      if (state.status !== 'AWAITING_DECISION') return wrongStage();
      if (blank(command.decisionNumber)) return refuse.emptyField('decisionNumber', 'số quyết định', 'decision number');
      if (!isCivilDate(command.decisionDate)) return refuse.invalidDate('decisionDate');
      return [{
        type: 'DecisionIssued',
        data: { decisionNumber: command.decisionNumber.trim(), decisionDate: command.decisionDate, signerId: ctx.actor.userId, signerName: ctx.actor.displayName ?? ctx.actor.userId },
      }];
    }
    case 'RejectNomination': {
      if (state.status === 'DISCLOSURE_OPEN' && state.disclosure) return refuse.disclosureNotEnded(state.disclosure.endsAt);
      if (state.status !== 'AWAITING_DECISION') return wrongStage();
      if (!REJECTION_REASONS.includes(command.reasonCode) || command.reasonCode === 'BALLOT_FAILED') return refuse.unknownReason();
      if (blank(command.reason)) return refuse.emptyField('reason', 'lý do từ chối', 'reason');
      return [{ type: 'NominationRejected', data: { stage: 'FINAL_DECISION', reasonCode: command.reasonCode, reason: command.reason.trim() } }];
    }
    case 'WithdrawNomination': {
      if (ctx.actor.unitId !== state.unitId) return refuse.notOwnUnit();
      if (state.stage === 'FINAL_DECISION') return wrongStage();
      if (blank(command.reason)) return refuse.emptyField('reason', 'lý do rút hồ sơ', 'reason');
      return [{ type: 'NominationWithdrawn', data: { reason: command.reason.trim() } }];
    }
  }
}
