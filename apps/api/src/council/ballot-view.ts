import type { Actor, NominationState } from '@khen/domain';

/** The ballot as a member or the office may see it: who took part, never a choice; the tally after the close. */
export function ballotView(state: NominationState, a: Actor) {
  const b = state.ballot;
  if (!b) return { open: false, ballot: null, tally: null };
  const eligible = b.members.length - b.recused.length;
  return {
    open: b.open,
    ballotId: b.ballotId,
    round: b.round,
    deadline: b.deadline,
    sessionId: b.sessionId ?? null,
    members: b.members.map((m) => m.memberId),
    recused: b.recused,
    participated: [...b.voters, ...b.writtenOpinions],
    eligible,
    quorumNeeded: state.rules ? Math.ceil((eligible * state.rules.award.ballot.quorumPercent) / 100) : null,
    iHaveVoted: b.voters.includes(a.userId) || b.writtenOpinions.includes(a.userId),
    tally: b.open ? null : (state.tally ?? null),
  };
}
