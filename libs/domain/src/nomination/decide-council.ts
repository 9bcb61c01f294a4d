import { legacyTally, quorumNeededFor, tallyBallot } from '../ballot/tally';
import { workingDayDeadline } from '../calendar/working-days';
import type { DecisionContext, NominationCommand } from './nomination.commands';
import type { Primary } from './decide-proposal';
import { refuse } from './nomination.refusals';
import type { BallotState, NominationState } from './nomination.state';
import { isOfficeOf, isSystem } from './permissions';
import { claimGate } from './task-gates';
import { describeTallyVi } from './tally-text';

type Of<T extends NominationCommand['type']> = Extract<NominationCommand, { type: T }>;

const SEALED = /^[A-Za-z0-9_-]{16,512}$/;
const blank = (s: string | undefined) => !s || s.trim().length === 0;

/** Members who take part so far: ballots cast in session plus written opinions. */
export const participants = (b: BallotState) => b.voters.length + b.writtenOpinions.length;

/** How many must take part before the open ballot may close (`legacy`: the first count, for old histories). */
export function quorumNeeded(state: NominationState, legacy = false): number {
  const b = state.ballot!;
  return quorumNeededFor(state.rules!.award.ballot, b.members.length, b.recused.length, legacy);
}

/** COUNCIL_REVIEW: the office appraises, the council votes by secret ballot (docs/domain.md §5.2–5.3). */
export const council = {
  AppraiseDossier(state: NominationState, c: Of<'AppraiseDossier'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    if (state.status !== 'SUBMITTED') return refuse.wrongStage(c.type, state.stage, state.status);
    const gate = claimGate(state, 'APPRAISE_DOSSIER', ctx.actor);
    if (gate) return gate;
    if (blank(c.opinion)) return refuse.emptyField('opinion', 'ý kiến thẩm định', 'appraisal opinion');
    return [
      {
        type: 'AppraisalCompleted',
        data: {
          opinion: c.opinion.trim(),
          appraiserId: ctx.actor.userId,
          ...(c.sessionId ? { sessionId: c.sessionId } : {}),
        },
      },
    ];
  },

  /** The workflow loaded the council's current members: the ballot opens, with recusals recorded. */
  OpenBallot(state: NominationState, c: Of<'OpenBallot'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    if (state.status !== 'BALLOT_PENDING' || !state.rules) return refuse.wrongStage(c.type, state.stage, state.status);
    const round = (state.ballot?.round ?? 0) + 1;
    // Conflict of interest: members of the nominee's unit do not vote (docs/architecture.md §5).
    const recused = c.members
      .filter((m) => m.unitId === state.nominee?.unitId)
      .map((m) => ({ memberId: m.memberId, reason: 'Cùng đơn vị với người được đề nghị' }));
    const deadline = workingDayDeadline(
      ctx.calendar,
      new Date(ctx.now),
      state.rules.sla.ballotWorkingDays,
    ).toISOString();
    return [
      {
        type: 'ReviewOpened',
        data: {
          ballotId: `${state.nominationId}/ballot-${round}`,
          round,
          members: c.members,
          recused,
          deadline,
          ...(state.appraisal?.sessionId ? { sessionId: state.appraisal.sessionId } : {}),
        },
      },
    ];
  },

  CastVote(state: NominationState, c: Of<'CastVote'>, ctx: DecisionContext): Primary {
    const ballot = state.ballot;
    if (state.stage !== 'COUNCIL_REVIEW' || !ballot) return refuse.wrongStage(c.type, state.stage, state.status);
    if (!ballot.open) return refuse.ballotClosed();
    const me = ctx.actor.userId;
    if (ctx.actor.role !== 'COUNCIL_MEMBER' || !ballot.members.some((m) => m.memberId === me))
      return refuse.notCouncilMember();
    if (ballot.recused.some((r) => r.memberId === me)) return refuse.recused();
    if (ballot.voters.includes(me) || ballot.writtenOpinions.includes(me)) return refuse.alreadyVoted();
    if (!SEALED.test(c.sealedChoice)) return refuse.sealedInvalid();
    return [{ type: 'VoteCast', data: { ballotId: ballot.ballotId, memberId: me } }];
  },

  /** An absent member's written opinion, entered by the office's secretary (docs/domain.md §5.3). */
  RecordWrittenOpinion(state: NominationState, c: Of<'RecordWrittenOpinion'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    const ballot = state.ballot;
    if (state.stage !== 'COUNCIL_REVIEW' || !ballot) return refuse.wrongStage(c.type, state.stage, state.status);
    if (!ballot.open) return refuse.ballotClosed();
    if (!ballot.members.some((m) => m.memberId === c.memberId)) return refuse.notCouncilMember();
    if (ballot.recused.some((r) => r.memberId === c.memberId)) return refuse.recused();
    if (ballot.voters.includes(c.memberId) || ballot.writtenOpinions.includes(c.memberId)) return refuse.alreadyVoted();
    if (!SEALED.test(c.sealedChoice)) return refuse.sealedInvalid();
    return [
      {
        type: 'WrittenOpinionRecorded',
        data: { ballotId: ballot.ballotId, memberId: c.memberId, recordedBy: ctx.actor.userId },
      },
    ];
  },

  CloseBallot(state: NominationState, c: Of<'CloseBallot'>, ctx: DecisionContext): Primary {
    if (!isOfficeOf(ctx.actor, state)) return refuse.notPermitted(c.type, ctx.actor.userId);
    return closeBallot(state, ctx, 'SECRETARY', c.type);
  },

  CloseBallotAtDeadline(state: NominationState, c: Of<'CloseBallotAtDeadline'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    return closeBallot(state, ctx, 'DEADLINE', c.type);
  },

  /**
   * The workflow restored from the stream has no sealed choice of this ballot (they are never in an
   * event): counting it would drop the votes cast. It is voided and the council votes again; the
   * participation recorded stays in the stream.
   */
  VoidBallot(state: NominationState, c: Of<'VoidBallot'>, ctx: DecisionContext): Primary {
    if (!isSystem(ctx.actor)) return refuse.notPermitted(c.type, ctx.actor.userId);
    const ballot = state.ballot;
    if (state.status !== 'BALLOT_OPEN' || !ballot?.open) return refuse.wrongStage(c.type, state.stage, state.status);
    return [{ type: 'BallotVoided', data: { ballotId: ballot.ballotId, lostParticipants: participants(ballot) } }];
  },
};

function closeBallot(
  state: NominationState,
  ctx: DecisionContext,
  closedBy: 'SECRETARY' | 'DEADLINE',
  type: 'CloseBallot' | 'CloseBallotAtDeadline',
): Primary {
  const ballot = state.ballot;
  if (state.status !== 'BALLOT_OPEN' || !ballot?.open || !state.rules)
    return refuse.wrongStage(type, state.stage, state.status);
  const legacy = ctx.legacyBallotCount === true;
  const needed = quorumNeeded(state, legacy);
  if (participants(ballot) < needed) return refuse.quorumNotReached(participants(ballot), needed);
  const revealed = ctx.revealed ?? { choices: [], writtenOpinions: 0, invalid: 0, sealed: [] };
  // An unreadable ballot takes part but does not approve.
  const votes = [...revealed.choices, ...Array<'DISAPPROVE'>(revealed.invalid).fill('DISAPPROVE')];
  const input = {
    rule: state.rules.award.ballot,
    members: ballot.members,
    recused: ballot.recused.map((r) => r.memberId),
    votes,
    writtenOpinions: revealed.writtenOpinions,
  };
  const tally = legacy ? legacyTally(input) : tallyBallot(input);
  const closed = {
    type: 'ReviewClosed' as const,
    data: {
      ballotId: ballot.ballotId,
      tally,
      passed: tally.passed,
      closedBy,
      sealedBallots: [...revealed.sealed].sort(),
    },
  };
  if (tally.passed) return [closed];
  return [
    closed,
    {
      type: 'NominationRejected',
      data: {
        stage: 'COUNCIL_REVIEW',
        reasonCode: 'BALLOT_FAILED',
        reason: legacy
          ? `Không đạt tỷ lệ phiếu đồng ý (${tally.approvePercent}%, cần ${tally.rule.comparison === 'AT_LEAST' ? 'từ' : 'trên'} ${tally.rule.percent}%).`
          : `Không đạt: ${describeTallyVi(tally)}.`,
      },
    },
  ];
}
