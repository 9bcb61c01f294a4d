import { mayReadParticipation, quorumOf, type Actor, type NominationState } from '@khen/domain';

/**
 * The ballot as a reader may see it: never a choice; the tally after the close. Who took part is listed for
 * the council's office only; a member learns only whether they have voted (docs/architecture.md §5).
 */
export function ballotView(state: NominationState, a: Actor) {
  const b = state.ballot;
  if (!b) return { open: false, ballot: null, tally: null };
  const eligible = b.members.length - b.recused.length;
  const quorum = state.rules ? quorumOf(state.rules.award.ballot, b.members.length, b.recused.length) : undefined;
  const taken = [...b.voters, ...b.writtenOpinions];
  return {
    open: b.open,
    ballotId: b.ballotId,
    round: b.round,
    deadline: b.deadline,
    sessionId: b.sessionId ?? null,
    members: b.members.map((m) => m.memberId),
    recused: b.recused,
    /** The office's list; null for everyone else. */
    participated: mayReadParticipation(a, state) ? taken : null,
    participatedCount: taken.length,
    eligible,
    quorumBase: quorum?.base ?? null,
    quorumBaseCount: quorum?.baseCount ?? null,
    quorumNeeded: quorum?.needed ?? null,
    denominatorKind: state.rules?.award.ballot.denominator ?? null,
    threshold: state.rules
      ? { comparison: state.rules.award.ballot.comparison, percent: state.rules.award.ballot.percent }
      : null,
    iHaveVoted: taken.includes(a.userId),
    tally: b.open ? null : (state.tally ?? null),
  };
}
