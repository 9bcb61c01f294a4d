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

// seated, recused, approve, disapprove, written opinions → denominator, approve %, quorum base count,
// quorum needed, quorum reached, passed, absent; then the rule and what the row shows.
// prettier-ignore
type Row = [number, number, number, number, number, number, number, number, number, boolean, boolean, number, BallotRule, string];

// prettier-ignore
const ROWS: Row[] = [
  // denominator ALL_MEMBERS × recusal × absence
  [ 4, 0, 4, 0, 0,  4,   100,  4, 2,  true,  true, 0, EIGHTY_OF_ALL, 'all members, nobody recused or absent: 4 of 4'],
  [ 4, 1, 3, 0, 0,  4,    75,  4, 2,  true, false, 0, EIGHTY_OF_ALL, 'all members, one recused, the other 3 approve: 75 % of 4 fails an 80 % rule'],
  [ 4, 0, 3, 0, 0,  4,    75,  4, 2,  true, false, 1, EIGHTY_OF_ALL, 'all members, one absent, 3 approve: an absent member did not approve'],
  [10, 1, 8, 0, 0, 10,    80, 10, 5,  true,  true, 1, EIGHTY_OF_ALL, 'all members, one recused and one absent of 10, 8 approve: 80 % passes'],
  [10, 1, 9, 0, 0, 10,    90, 10, 9,  true,  true, 0, NINETY_OF_ALL, 'all members, one recused of 10, 9 approve: 90 % of all passes'],
  [10, 2, 8, 0, 0, 10,    80, 10, 9, false, false, 0, NINETY_OF_ALL, 'all members, two recused of 10: the quorum of 90 % of all cannot be reached'],
  [ 5, 0, 4, 0, 1,  5,    80,  5, 3,  true,  true, 1, EIGHTY_OF_ALL, 'all members, a written opinion takes part and counts its approval'],
  [10, 0, 4, 0, 0, 10,    40, 10, 5, false, false, 6, EIGHTY_OF_ALL, 'all members, too many absent: no quorum'],
  // denominator MEMBERS_PRESENT × recusal × absence
  [ 5, 0, 3, 2, 0,  5,    60,  5, 3,  true,  true, 0, MAJORITY_OF_PRESENT, 'members present, nobody recused or absent: 3 of 5'],
  [ 4, 1, 2, 1, 0,  3, 66.67,  3, 2,  true,  true, 0, MAJORITY_OF_PRESENT, 'members present, one recused: 2 of 3 taking part'],
  [ 6, 0, 3, 1, 0,  4,    75,  6, 3,  true,  true, 2, MAJORITY_OF_PRESENT, 'members present, absences leave the denominator: 3 of 4 present of 6'],
  [ 6, 0, 3, 3, 0,  6,    50,  6, 3,  true, false, 0, MAJORITY_OF_PRESENT, 'members present, a tie is not more than half'],
  [10, 2, 3, 0, 0,  3,   100,  8, 4, false, false, 5, MAJORITY_OF_PRESENT, 'members present, recused and absent: without quorum the approvals do not count'],
  [ 8, 2, 2, 1, 1,  3, 66.67,  6, 3,  true,  true, 3, MAJORITY_OF_PRESENT, 'members present, a written opinion completes the quorum'],
  // a quorum base the rule names
  [ 6, 2, 2, 0, 0,  2,   100,  6, 3, false, false, 2, { ...MAJORITY_OF_PRESENT, quorumBase: 'ALL_MEMBERS' }, 'members present with the quorum on all seated members: recusals count against it'],
  [10, 1, 9, 0, 0, 10,    90,  9, 9,  true,  true, 0, { ...NINETY_OF_ALL, quorumBase: 'ELIGIBLE_MEMBERS' }, 'all members with the quorum on the eligible: the recused leave the quorum base only'],
];

// prettier-ignore
const CASES = ROWS.map(
  ([members, recused, approve, disapprove, written, denominator, approvePercent, quorumBaseCount, quorumNeeded,
    quorumReached, passed, absent, rule, name]) => ({
    name, rule, members, recused, approve, disapprove, written,
    expected: { denominator, approvePercent, quorumBaseCount, quorumNeeded, quorumReached, passed, absent },
  }),
);

describe('ballot tally: every denominator × recusal × absence', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const members = council(c.members);
    const t = tallyBallot({
      rule: c.rule,
      members,
      recused: members.slice(0, c.recused).map((m) => m.memberId),
      votes: votes(c.approve, c.disapprove),
      writtenOpinions: c.written,
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
      writtenOpinions: c.written,
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

describe('the first count: its denominators, quorum and thresholds', () => {
  const legacy = (r: BallotRule, seated: number, recused: number, approve: number, disapprove: number, written = 0) => {
    const members = council(seated);
    return legacyTally({
      rule: r,
      members,
      recused: members.slice(0, recused).map((m) => m.memberId),
      votes: votes(approve, disapprove),
      writtenOpinions: written,
    });
  };

  it('counts approvals and disapprovals, and the written opinions apart from those present', () => {
    expect(legacy(EIGHTY_OF_ALL, 6, 1, 4, 1, 2)).toEqual({
      members: 6,
      recused: 1,
      eligible: 5,
      present: 3,
      writtenOpinions: 2,
      cast: 5,
      approve: 4,
      disapprove: 1,
      denominator: 5,
      denominatorKind: 'ALL_MEMBERS',
      approvePercent: 80,
      quorumReached: true,
      passed: true,
      rule: EIGHTY_OF_ALL,
    });
  });

  it('divided an all-members rule by the eligible, absent members included', () => {
    expect(legacy(EIGHTY_OF_ALL, 6, 1, 4, 0)).toMatchObject({ denominator: 5, approvePercent: 80, passed: true });
    expect(legacy(EIGHTY_OF_ALL, 6, 1, 3, 0)).toMatchObject({ denominator: 5, approvePercent: 60, passed: false });
  });

  it('divided a members-present rule by those who took part', () => {
    expect(legacy(MAJORITY_OF_PRESENT, 6, 0, 2, 1)).toMatchObject({
      denominator: 3,
      approvePercent: 66.67,
      quorumReached: true,
      passed: true,
    });
    // More than half is strict: a tie fails.
    expect(legacy(MAJORITY_OF_PRESENT, 6, 0, 2, 2)).toMatchObject({ approvePercent: 50, passed: false });
    expect(legacy(MAJORITY_OF_PRESENT, 6, 0, 3, 1)).toMatchObject({ approvePercent: 75, passed: true });
  });

  it('took the quorum as a share of the eligible, reached at exactly the share', () => {
    // 50 % of 4 eligible: 2 taking part reach it, 1 does not.
    expect(legacy(MAJORITY_OF_PRESENT, 5, 1, 2, 0)).toMatchObject({ quorumReached: true, passed: true });
    expect(legacy(MAJORITY_OF_PRESENT, 5, 1, 1, 0)).toMatchObject({
      denominator: 1,
      approvePercent: 100,
      quorumReached: false,
      passed: false,
    });
    // At least 80 %: exactly the threshold passes.
    expect(legacy(rule({ quorumPercent: 100 }), 5, 0, 4, 1)).toMatchObject({ approvePercent: 80, passed: true });
    expect(legacy(rule({ quorumPercent: 100 }), 5, 0, 3, 2)).toMatchObject({ approvePercent: 60, passed: false });
  });

  it('failed a council with nobody eligible or nobody taking part', () => {
    expect(legacy(MAJORITY_OF_PRESENT, 3, 3, 0, 0)).toMatchObject({
      eligible: 0,
      denominator: 0,
      approvePercent: 0,
      quorumReached: false,
      passed: false,
    });
    // Nobody eligible has no quorum, whatever turned up in the box.
    expect(legacy(MAJORITY_OF_PRESENT, 3, 3, 1, 0)).toMatchObject({ quorumReached: false, passed: false });
    const anything = rule({ percent: 0, quorumPercent: 0, denominator: 'MEMBERS_PRESENT' });
    expect(legacy(anything, 3, 0, 0, 0)).toMatchObject({ approvePercent: 0, quorumReached: true, passed: false });
  });
});

describe('the count over seated members: empty councils and empty ballots', () => {
  it('has no quorum when every member is recused, and a 0 % share when nobody took part', () => {
    const members = council(3);
    const t = tallyBallot({ rule: MAJORITY_OF_PRESENT, members, recused: members.map((m) => m.memberId), votes: [] });
    expect(t).toMatchObject({ quorumBaseCount: 0, quorumNeeded: 0, quorumReached: false, approvePercent: 0 });
  });

  it('fails an empty ballot even under a rule that asks for nothing', () => {
    const anything = rule({ percent: 0, quorumPercent: 0, denominator: 'MEMBERS_PRESENT' });
    const t = tallyBallot({ rule: anything, members: council(3), recused: [], votes: [] });
    expect(t).toMatchObject({ denominator: 0, approvePercent: 0, quorumReached: true, passed: false });
  });
});
