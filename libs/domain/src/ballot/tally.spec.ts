import type { BallotRule } from '../rules/rule-set';
import { legacyTally, quorumNeededFor, tallyBallot, type VoteChoice } from './tally';

// docs/domain.md §10, "Ballot denominators": a threshold on all members counts every member seated when the
// review opened, recused and absent ones included; one on members present counts those who took part.

const council = (n: number) => Array.from({ length: n }, (_, i) => ({ memberId: `m${i}`, unitId: `u${i}` }));
const votes = (approve: number, disapprove: number): VoteChoice[] => [
  ...Array<VoteChoice>(approve).fill('APPROVE'),
  ...Array<VoteChoice>(disapprove).fill('DISAPPROVE'),
];
const rule = (r: Partial<BallotRule>): BallotRule => ({
  comparison: 'AT_LEAST',
  percent: 80,
  denominator: 'ALL_MEMBERS',
  quorumPercent: 50,
  ...r,
});
const EIGHTY_OF_ALL = rule({});
const NINETY_OF_ALL = rule({ percent: 90, quorumPercent: 90 });
const MAJORITY_OF_PRESENT = rule({ comparison: 'MORE_THAN', percent: 50, denominator: 'MEMBERS_PRESENT' });

interface Case {
  name: string;
  rule: BallotRule;
  members: number;
  recused: number;
  approve: number;
  disapprove: number;
  written?: number;
  expected: {
    denominator: number;
    approvePercent: number;
    quorumBaseCount: number;
    quorumNeeded: number;
    quorumReached: boolean;
    passed: boolean;
    absent: number;
  };
}

const CASES: Case[] = [
  // denominator ALL_MEMBERS × recusal × absence
  {
    name: 'all members, nobody recused or absent: 4 of 4',
    rule: EIGHTY_OF_ALL,
    members: 4,
    recused: 0,
    approve: 4,
    disapprove: 0,
    expected: {
      denominator: 4,
      approvePercent: 100,
      quorumBaseCount: 4,
      quorumNeeded: 2,
      quorumReached: true,
      passed: true,
      absent: 0,
    },
  },
  {
    name: 'all members, one recused, the other 3 approve: 75 % of 4 fails an 80 % rule',
    rule: EIGHTY_OF_ALL,
    members: 4,
    recused: 1,
    approve: 3,
    disapprove: 0,
    expected: {
      denominator: 4,
      approvePercent: 75,
      quorumBaseCount: 4,
      quorumNeeded: 2,
      quorumReached: true,
      passed: false,
      absent: 0,
    },
  },
  {
    name: 'all members, one absent, 3 approve: an absent member did not approve',
    rule: EIGHTY_OF_ALL,
    members: 4,
    recused: 0,
    approve: 3,
    disapprove: 0,
    expected: {
      denominator: 4,
      approvePercent: 75,
      quorumBaseCount: 4,
      quorumNeeded: 2,
      quorumReached: true,
      passed: false,
      absent: 1,
    },
  },
  {
    name: 'all members, one recused and one absent of 10, 8 approve: 80 % passes',
    rule: EIGHTY_OF_ALL,
    members: 10,
    recused: 1,
    approve: 8,
    disapprove: 0,
    expected: {
      denominator: 10,
      approvePercent: 80,
      quorumBaseCount: 10,
      quorumNeeded: 5,
      quorumReached: true,
      passed: true,
      absent: 1,
    },
  },
  {
    name: 'all members, one recused of 10, 9 approve: 90 % of all passes',
    rule: NINETY_OF_ALL,
    members: 10,
    recused: 1,
    approve: 9,
    disapprove: 0,
    expected: {
      denominator: 10,
      approvePercent: 90,
      quorumBaseCount: 10,
      quorumNeeded: 9,
      quorumReached: true,
      passed: true,
      absent: 0,
    },
  },
  {
    name: 'all members, two recused of 10: the quorum of 90 % of all cannot be reached',
    rule: NINETY_OF_ALL,
    members: 10,
    recused: 2,
    approve: 8,
    disapprove: 0,
    expected: {
      denominator: 10,
      approvePercent: 80,
      quorumBaseCount: 10,
      quorumNeeded: 9,
      quorumReached: false,
      passed: false,
      absent: 0,
    },
  },
  {
    name: 'all members, a written opinion takes part and counts its approval',
    rule: EIGHTY_OF_ALL,
    members: 5,
    recused: 0,
    approve: 4,
    disapprove: 0,
    written: 1,
    expected: {
      denominator: 5,
      approvePercent: 80,
      quorumBaseCount: 5,
      quorumNeeded: 3,
      quorumReached: true,
      passed: true,
      absent: 1,
    },
  },
  {
    name: 'all members, too many absent: no quorum',
    rule: EIGHTY_OF_ALL,
    members: 10,
    recused: 0,
    approve: 4,
    disapprove: 0,
    expected: {
      denominator: 10,
      approvePercent: 40,
      quorumBaseCount: 10,
      quorumNeeded: 5,
      quorumReached: false,
      passed: false,
      absent: 6,
    },
  },
  // denominator MEMBERS_PRESENT × recusal × absence
  {
    name: 'members present, nobody recused or absent: 3 of 5',
    rule: MAJORITY_OF_PRESENT,
    members: 5,
    recused: 0,
    approve: 3,
    disapprove: 2,
    expected: {
      denominator: 5,
      approvePercent: 60,
      quorumBaseCount: 5,
      quorumNeeded: 3,
      quorumReached: true,
      passed: true,
      absent: 0,
    },
  },
  {
    name: 'members present, one recused: 2 of 3 taking part',
    rule: MAJORITY_OF_PRESENT,
    members: 4,
    recused: 1,
    approve: 2,
    disapprove: 1,
    expected: {
      denominator: 3,
      approvePercent: 66.67,
      quorumBaseCount: 3,
      quorumNeeded: 2,
      quorumReached: true,
      passed: true,
      absent: 0,
    },
  },
  {
    name: 'members present, absences leave the denominator: 3 of 4 present of 6',
    rule: MAJORITY_OF_PRESENT,
    members: 6,
    recused: 0,
    approve: 3,
    disapprove: 1,
    expected: {
      denominator: 4,
      approvePercent: 75,
      quorumBaseCount: 6,
      quorumNeeded: 3,
      quorumReached: true,
      passed: true,
      absent: 2,
    },
  },
  {
    name: 'members present, a tie is not more than half',
    rule: MAJORITY_OF_PRESENT,
    members: 6,
    recused: 0,
    approve: 3,
    disapprove: 3,
    expected: {
      denominator: 6,
      approvePercent: 50,
      quorumBaseCount: 6,
      quorumNeeded: 3,
      quorumReached: true,
      passed: false,
      absent: 0,
    },
  },
  {
    name: 'members present, recused and absent: without quorum the approvals do not count',
    rule: MAJORITY_OF_PRESENT,
    members: 10,
    recused: 2,
    approve: 3,
    disapprove: 0,
    expected: {
      denominator: 3,
      approvePercent: 100,
      quorumBaseCount: 8,
      quorumNeeded: 4,
      quorumReached: false,
      passed: false,
      absent: 5,
    },
  },
  {
    name: 'members present, a written opinion completes the quorum',
    rule: MAJORITY_OF_PRESENT,
    members: 8,
    recused: 2,
    approve: 2,
    disapprove: 1,
    written: 1,
    expected: {
      denominator: 3,
      approvePercent: 66.67,
      quorumBaseCount: 6,
      quorumNeeded: 3,
      quorumReached: true,
      passed: true,
      absent: 3,
    },
  },
  // a quorum base the rule names
  {
    name: 'members present with the quorum on all seated members: recusals count against it',
    rule: { ...MAJORITY_OF_PRESENT, quorumBase: 'ALL_MEMBERS' },
    members: 6,
    recused: 2,
    approve: 2,
    disapprove: 0,
    expected: {
      denominator: 2,
      approvePercent: 100,
      quorumBaseCount: 6,
      quorumNeeded: 3,
      quorumReached: false,
      passed: false,
      absent: 2,
    },
  },
  {
    name: 'all members with the quorum on the eligible: the recused leave the quorum base only',
    rule: { ...NINETY_OF_ALL, quorumBase: 'ELIGIBLE_MEMBERS' },
    members: 10,
    recused: 1,
    approve: 9,
    disapprove: 0,
    expected: {
      denominator: 10,
      approvePercent: 90,
      quorumBaseCount: 9,
      quorumNeeded: 9,
      quorumReached: true,
      passed: true,
      absent: 0,
    },
  },
];

describe('ballot tally: every denominator × recusal × absence', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const members = council(c.members);
    const t = tallyBallot({
      rule: c.rule,
      members,
      recused: members.slice(0, c.recused).map((m) => m.memberId),
      votes: votes(c.approve, c.disapprove),
      writtenOpinions: c.written ?? 0,
    });
    expect(t).toMatchObject({
      ...c.expected,
      counting: 'SEATED_MEMBERS',
      members: c.members,
      recused: c.recused,
      eligible: c.members - c.recused,
      approve: c.approve,
      disapprove: c.disapprove,
      cast: c.approve + c.disapprove,
      writtenOpinions: c.written ?? 0,
      comparison: c.rule.comparison,
      threshold: c.rule.percent,
      denominatorKind: c.rule.denominator,
      quorumPercent: c.rule.quorumPercent,
    });
    expect(t.quorumBase).toBe(
      c.rule.quorumBase ?? (c.rule.denominator === 'ALL_MEMBERS' ? 'ALL_MEMBERS' : 'ELIGIBLE_MEMBERS'),
    );
    expect(quorumNeededFor(c.rule, c.members, c.recused)).toBe(c.expected.quorumNeeded);
  });

  it('records "more than" as strict: exactly the threshold fails', () => {
    const members = council(4);
    const t = tallyBallot({
      rule: rule({ comparison: 'MORE_THAN', percent: 75 }),
      members,
      recused: [],
      votes: votes(3, 1),
    });
    expect(t).toMatchObject({ approvePercent: 75, passed: false });
  });

  it('fails a ballot nobody took part in, whatever the rule', () => {
    for (const r of [EIGHTY_OF_ALL, MAJORITY_OF_PRESENT, rule({ quorumPercent: 0 })])
      expect(tallyBallot({ rule: r, members: council(3), recused: [], votes: [] }).passed).toBe(false);
  });
});

describe('the first count, kept for histories recorded with it', () => {
  it('divided an all-members rule by the eligible: the 4-member council with one recused passed at 100 %', () => {
    const members = council(4);
    const input = { rule: EIGHTY_OF_ALL, members, recused: ['m0'], votes: votes(3, 0) };
    expect(legacyTally(input)).toMatchObject({
      denominatorKind: 'ALL_MEMBERS',
      denominator: 3,
      approvePercent: 100,
      passed: true,
    });
    expect(legacyTally(input)).not.toHaveProperty('counting');
    expect(tallyBallot(input)).toMatchObject({ denominator: 4, approvePercent: 75, passed: false });
    expect(quorumNeededFor(NINETY_OF_ALL, 10, 2, true)).toBe(8);
    expect(quorumNeededFor(NINETY_OF_ALL, 10, 2)).toBe(9);
  });
});
