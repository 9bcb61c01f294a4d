import type { BallotRule, QuorumBase } from '../rules/rule-set';

export type VoteChoice = 'APPROVE' | 'DISAPPROVE';

export interface CouncilMember {
  memberId: string;
  /** The member's own unit: a member never votes on a nominee of their own unit (docs/architecture.md §5). */
  unitId: string;
}

export interface TallyInput {
  rule: BallotRule;
  /** Every member seated when the review opened, recused ones included. */
  members: readonly CouncilMember[];
  recused: readonly string[];
  /** Every revealed choice, unlinked from members: ballots cast in session and written opinions. */
  votes: readonly VoteChoice[];
  /** How many of `votes` are absent members' written opinions. */
  writtenOpinions?: number;
}

/** The numbers every recorded tally has, those of the first count included (see `legacyTally`). */
export interface TallyCore {
  members: number;
  recused: number;
  /** Members who may vote: seated and not recused. */
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

/** The numbers that decided a ballot, stored as they are in ReviewClosed (docs/domain.md §10, "Ballot denominators"). */
export interface Tally extends TallyCore {
  /** How the ballot was counted: over every seated member where the rule says all members. */
  counting: 'SEATED_MEMBERS';
  /** Eligible members who neither voted nor sent a written opinion. */
  absent: number;
  /** The threshold: `comparison` `threshold` % of the `denominatorKind` (`denominator` people). */
  comparison: BallotRule['comparison'];
  threshold: number;
  /** Whose share the quorum is, how many they are, the share and the head count it asks for. */
  quorumBase: QuorumBase;
  quorumBaseCount: number;
  quorumPercent: number;
  quorumNeeded: number;
}

/** A tally as ReviewClosed recorded it: ballots closed before the count over seated members lack its fields. */
export type RecordedTally = TallyCore & Partial<Omit<Tally, keyof TallyCore>>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whose share the quorum is: the rule's own choice, else the council the denominator counts. */
export const quorumBaseOf = (rule: BallotRule): QuorumBase =>
  rule.quorumBase ?? (rule.denominator === 'ALL_MEMBERS' ? 'ALL_MEMBERS' : 'ELIGIBLE_MEMBERS');

/** The quorum of a ballot: its base, how many that is, and how many must take part. */
export function quorumOf(
  rule: BallotRule,
  members: number,
  recused: number,
): { base: QuorumBase; baseCount: number; needed: number } {
  const base = quorumBaseOf(rule);
  const baseCount = base === 'ALL_MEMBERS' ? members : members - recused;
  return { base, baseCount, needed: Math.ceil((baseCount * rule.quorumPercent) / 100) };
}

/**
 * Tally of a secret ballot: counts only, never who chose what (docs/domain.md §5.3, §10).
 * - ALL_MEMBERS ("tổng số thành viên Hội đồng"): the denominator is every member seated when the review
 *   opened; a recused or absent member is a member who did not approve.
 * - MEMBERS_PRESENT: the denominator is those who took part, in session or by a written opinion.
 * - The quorum is a share of its base (`quorumOf`): all seated members for an all-members rule, the
 *   members who may vote otherwise, unless the rule names its base.
 */
export function tallyBallot({ rule, members, recused, votes, writtenOpinions = 0 }: TallyInput): Tally {
  const eligible = members.length - recused.length;
  const approve = votes.filter((v) => v === 'APPROVE').length;
  const denominator = rule.denominator === 'ALL_MEMBERS' ? members.length : votes.length;
  const quorum = quorumOf(rule, members.length, recused.length);
  const quorumReached = quorum.baseCount > 0 && votes.length >= quorum.needed;
  const share = denominator === 0 ? 0 : (approve * 100) / denominator;
  const meets = rule.comparison === 'AT_LEAST' ? share >= rule.percent : share > rule.percent;
  return {
    counting: 'SEATED_MEMBERS',
    members: members.length,
    recused: recused.length,
    eligible,
    present: votes.length - writtenOpinions,
    writtenOpinions,
    cast: votes.length,
    absent: Math.max(0, eligible - votes.length),
    approve,
    disapprove: votes.length - approve,
    comparison: rule.comparison,
    threshold: rule.percent,
    denominator,
    denominatorKind: rule.denominator,
    approvePercent: round2(share),
    quorumBase: quorum.base,
    quorumBaseCount: quorum.baseCount,
    quorumPercent: rule.quorumPercent,
    quorumNeeded: quorum.needed,
    quorumReached,
    passed: quorumReached && denominator > 0 && meets,
    rule,
  };
}

/**
 * The first count, kept only so that ballots closed by it replay as they were decided: recused members
 * left both the council size and the quorum base, so an all-members rule divided by the eligible. The
 * workflow asks for it (DecisionContext.legacyBallotCount) only when replaying such a history.
 */
export function legacyTally({ rule, members, recused, votes, writtenOpinions = 0 }: TallyInput): TallyCore {
  const eligible = members.length - recused.length;
  const approve = votes.filter((v) => v === 'APPROVE').length;
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
    disapprove: votes.length - approve,
    denominator,
    denominatorKind: rule.denominator,
    approvePercent: round2(share),
    quorumReached,
    passed: quorumReached && denominator > 0 && meets,
    rule,
  };
}

/** How many must take part before the ballot may close, under the count in use. */
export function quorumNeededFor(rule: BallotRule, members: number, recused: number, legacy = false): number {
  if (legacy) return Math.ceil(((members - recused) * rule.quorumPercent) / 100);
  return quorumOf(rule, members, recused).needed;
}
