import type { BallotRule } from '../rules/rule-set';

export type VoteChoice = 'APPROVE' | 'DISAPPROVE';

export interface CouncilMember {
  memberId: string;
  /** The member's own unit: a member never votes on a nominee of their own unit (docs/architecture.md §5). */
  unitId: string;
}

export interface TallyInput {
  rule: BallotRule;
  members: readonly CouncilMember[];
  recused: readonly string[];
  /** Every revealed choice, unlinked from members: ballots cast in session and written opinions. */
  votes: readonly VoteChoice[];
  /** How many of `votes` are absent members' written opinions. */
  writtenOpinions?: number;
}

/** The numbers that decided a ballot, stored as they are in ReviewClosed. */
export interface Tally {
  members: number;
  recused: number;
  eligible: number;
  /** Ballots cast in session. */
  present: number;
  /** Absent members' written opinions, counted as taking part. */
  writtenOpinions: number;
  /** present + writtenOpinions. */
  cast: number;
  approve: number;
  disapprove: number;
  denominator: number;
  denominatorKind: BallotRule['denominator'];
  approvePercent: number;
  quorumReached: boolean;
  passed: boolean;
  rule: BallotRule;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Tally of a secret ballot: counts only, never who chose what. Recused members leave both the
 * council size and the quorum base (Law 06/2022 art. 5: objectivity; docs/architecture.md §5: recusal).
 * An absent member's written opinion counts as taking part, toward the quorum and the
 * "members present" denominator alike.
 */
export function tallyBallot({ rule, members, recused, votes, writtenOpinions = 0 }: TallyInput): Tally {
  const eligible = members.length - recused.length;
  const approve = votes.filter((v) => v === 'APPROVE').length;
  const disapprove = votes.length - approve;
  const denominator = rule.denominator === 'ALL_MEMBERS' ? eligible : votes.length;
  const quorumReached = eligible > 0 && (votes.length * 100) / eligible >= rule.quorumPercent;
  const share = denominator === 0 ? 0 : (approve * 100) / denominator;
  const meets = rule.comparison === 'AT_LEAST' ? share >= rule.percent : share > rule.percent;
  return {
    members: members.length,
    recused: recused.length,
    eligible,
    present: votes.length - writtenOpinions,
    writtenOpinions,
    cast: votes.length,
    approve,
    disapprove,
    denominator,
    denominatorKind: rule.denominator,
    approvePercent: round2(share),
    quorumReached,
    passed: quorumReached && denominator > 0 && meets,
    rule,
  };
}
