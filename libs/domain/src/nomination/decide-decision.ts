import { isCivilDate, toCivilDate } from '../calendar/civil-date';
import { activeHolds } from '../eligibility/eligibility';
import { refuseEligibility } from '../eligibility/eligibility.refusals';
import { LEVEL_RANK, type AuthorityLevel } from '../organisation/levels';
import { isRefusal, type Refusal } from '../refusal';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { Primary } from './decide-proposal';
import { checkSignedDecision } from './dossier-files';
import { REJECTION_REASONS } from './nomination.events';
import { refuse } from './nomination.refusals';
import type { NominationState } from './nomination.state';
import { isAuthorityOf, isOfficeOf } from './permissions';
import { claimGate } from './task-gates';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;
const blank = (s: string | undefined) => !s || s.trim().length === 0;

/** Gates common to signing, rejecting and forwarding: the stage, the authority, no open objection. */
function decisionGate(
  state: NominationState,
  ctx: DecisionContext,
  type: NominationCommand['type'],
): Refusal | undefined {
  if (state.status === 'DISCLOSURE_OPEN' && state.disclosure) return refuse.disclosureNotEnded(state.disclosure.endsAt);
  if (state.status !== 'AWAITING_DECISION' || !state.rules) return refuse.wrongStage(type, state.stage, state.status);
  if (!isAuthorityOf(ctx.actor, state)) return refuse.notTheAuthority();
  const open = state.objections.filter((o) => !o.outcome).length;
  if (open) return refuse.objectionUnresolved(open);
  return claimGate(state, 'SIGN_DECISION', ctx.actor);
}

function dateGate(date: string | undefined, field: string, now: string): Refusal | undefined {
  return !date || !isCivilDate(date) || date > toCivilDate(new Date(now)) ? refuse.invalidDate(field) : undefined;
}

function reasonGate(code: string | undefined, reason: string | undefined): Refusal | undefined {
  if (!code || !(REJECTION_REASONS as readonly string[]).includes(code) || code === 'BALLOT_FAILED')
    return refuse.unknownReason();
  return blank(reason) ? refuse.emptyField('reason', 'lý do từ chối', 'reason') : undefined;
}

/** Awarding is on hold while the nominee is under discipline, inspection or complaint (Law art. 5). */
function holdGate(state: NominationState, ctx: DecisionContext): Refusal | undefined {
  const [hold] = activeHolds(ctx.facts?.holds ?? [], toCivilDate(new Date(ctx.now)));
  return hold ? refuseEligibility.onHold(hold) : undefined;
}

/** The lowest level above this one that may decide the award (Law art. 83). */
function higherLevel(levels: AuthorityLevel[], from: AuthorityLevel): AuthorityLevel | undefined {
  return [...levels].sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]).find((l) => LEVEL_RANK[l] > LEVEL_RANK[from]);
}

/** FINAL_DECISION: sign, reject, forward upward, and record the higher level's decision (docs/domain.md §5.5). */
export const decision = {
  IssueDecision(state: NominationState, c: Of<'IssueDecision'>, ctx: DecisionContext): Primary {
    const gate = decisionGate(state, ctx, c.type);
    if (gate) return gate;
    const council = state.council!;
    if (!state.rules!.award.decidingLevels.includes(council.level))
      return refuse.mustForward(state.awardCode, council.level);
    if (blank(c.decisionNumber)) return refuse.emptyField('decisionNumber', 'số quyết định', 'decision number');
    const badDate = dateGate(c.decisionDate, 'decisionDate', ctx.now);
    if (badDate) return badDate;
    const hold = holdGate(state, ctx);
    if (hold) return hold;
    const signed = c.signedDocument && checkSignedDecision(c.signedDocument, ctx.facts?.documents, ctx.ruleSet);
    if (signed && isRefusal(signed)) return signed;
    return [
      {
        type: 'DecisionIssued',
        data: {
          decisionNumber: c.decisionNumber.trim(),
          decisionDate: c.decisionDate,
          signerId: ctx.actor.userId,
          signerName: ctx.actor.displayName ?? ctx.actor.userId,
          authorityId: council.authorityId,
          level: council.level,
          byHigherLevel: false,
          ...(signed ? { signedDocument: signed } : {}),
        },
      },
    ];
  },

  RejectNomination(state: NominationState, c: Of<'RejectNomination'>, ctx: DecisionContext): Primary {
    const gate = decisionGate(state, ctx, c.type) ?? reasonGate(c.reasonCode, c.reason);
    if (gate) return gate;
    return [
      {
        type: 'NominationRejected',
        data: { stage: 'FINAL_DECISION', reasonCode: c.reasonCode, reason: c.reason.trim() },
      },
    ];
  },

  ForwardToHigherLevel(state: NominationState, c: Of<'ForwardToHigherLevel'>, ctx: DecisionContext): Primary {
    const gate = decisionGate(state, ctx, c.type);
    if (gate) return gate;
    const from = state.council!.level;
    const to = higherLevel(state.rules!.award.decidingLevels, from);
    if (!to || state.rules!.award.decidingLevels.includes(from)) return refuse.noHigherLevel(state.awardCode);
    if (blank(c.note)) return refuse.emptyField('note', 'nội dung tờ trình cấp trên', 'forwarding note');
    return [
      {
        type: 'ForwardedToHigherLevel',
        data: { fromLevel: from, toLevel: to, note: c.note.trim(), forwardedBy: ctx.actor.userId },
      },
    ];
  },

  /** The office records what the higher level decided; an award lands in the registry like any other. */
  RecordHigherDecision(state: NominationState, c: Of<'RecordHigherDecision'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    if (state.status !== 'FORWARDED' || !state.forwarded) return refuse.wrongStage(c.type, state.stage, state.status);
    const gate = claimGate(state, 'RECORD_HIGHER_DECISION', ctx.actor);
    if (gate) return gate;
    if (c.outcome === 'REJECT') {
      const bad = reasonGate(c.reasonCode, c.reason);
      if (bad) return bad;
      return [
        {
          type: 'NominationRejected',
          data: { stage: 'FINAL_DECISION', reasonCode: c.reasonCode!, reason: c.reason!.trim(), byHigherLevel: true },
        },
      ];
    }
    if (blank(c.decisionNumber)) return refuse.emptyField('decisionNumber', 'số quyết định', 'decision number');
    const badDate = dateGate(c.decisionDate, 'decisionDate', ctx.now);
    if (badDate) return badDate;
    if (blank(c.signerName)) return refuse.emptyField('signerName', 'người ký quyết định', 'signer');
    const level = state.forwarded.toLevel;
    return [
      {
        type: 'DecisionIssued',
        data: {
          decisionNumber: c.decisionNumber!.trim(),
          decisionDate: c.decisionDate!,
          signerId: `external:${level}`,
          signerName: c.signerName!.trim(),
          authorityId: `LEVEL:${level}`,
          level,
          byHigherLevel: true,
        },
      },
    ];
  },
};
