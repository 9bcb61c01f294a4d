import type { BallotRule } from '../rules/rule-set';
import { tallyBallot, type VoteChoice } from './tally';

// An absent member's written opinion takes part in the ballot (docs/domain.md §5): it counts toward the
// quorum and the "members present" denominator, but the member was not present in session.

const members = Array.from({ length: 10 }, (_, i) => ({ memberId: `m${i}`, unitId: `u${i}` }));
const votes = (approve: number, disapprove: number): VoteChoice[] => [
  ...Array(approve).fill('APPROVE'),
  ...Array(disapprove).fill('DISAPPROVE'),
];
const majorityOfPresent: BallotRule = {
  comparison: 'MORE_THAN',
  percent: 50,
  denominator: 'MEMBERS_PRESENT',
  quorumPercent: 50,
};
const seventyFiveOfAll: BallotRule = {
  comparison: 'AT_LEAST',
  percent: 75,
  denominator: 'ALL_MEMBERS',
  quorumPercent: 75,
};

describe('written opinions of absent members in the tally', () => {
  it('complete a quorum that the members in session alone miss', () => {
    const inSession = tallyBallot({ rule: majorityOfPresent, members, recused: [], votes: votes(3, 1) });
    const withOpinions = tallyBallot({
      rule: majorityOfPresent,
      members,
      recused: [],
      votes: votes(4, 1),
      writtenOpinions: 1,
    });
    expect(inSession).toMatchObject({ quorumReached: false, passed: false });
    expect(withOpinions).toMatchObject({ present: 4, writtenOpinions: 1, cast: 5, quorumReached: true, passed: true });
  });

  it('count in the "members present" denominator', () => {
    // 3 approve in session, 3 written opinions disapprove: 3 of 6 is not more than half.
    const t = tallyBallot({ rule: majorityOfPresent, members, recused: [], votes: votes(3, 3), writtenOpinions: 3 });
    expect(t).toMatchObject({
      present: 3,
      writtenOpinions: 3,
      cast: 6,
      denominator: 6,
      approvePercent: 50,
      quorumReached: true,
      passed: false,
    });
  });

  it('count in the "all members" denominator, which keeps the recused members', () => {
    // 10 members, 2 recused: 6 in session and 2 written opinions approve, 8 of 10 = 80 % (not 8 of 8).
    const t = tallyBallot({
      rule: seventyFiveOfAll,
      members,
      recused: ['m0', 'm1'],
      votes: votes(8, 0),
      writtenOpinions: 2,
    });
    expect(t).toMatchObject({
      eligible: 8,
      present: 6,
      cast: 8,
      denominator: 10,
      approvePercent: 80,
      quorumBaseCount: 10,
      quorumReached: true,
      passed: true,
    });
    // Without the two written opinions, 6 of 10 take part: below the 75 % quorum of all members.
    expect(tallyBallot({ rule: seventyFiveOfAll, members, recused: ['m0', 'm1'], votes: votes(6, 0) })).toMatchObject({
      quorumReached: false,
      passed: false,
    });
  });

  it('are not counted as present in session: present is the votes less the written opinions', () => {
    expect(
      tallyBallot({ rule: majorityOfPresent, members, recused: [], votes: votes(5, 2), writtenOpinions: 4 }).present,
    ).toBe(3);
    expect(tallyBallot({ rule: majorityOfPresent, members, recused: [], votes: votes(5, 2) })).toMatchObject({
      present: 7,
      writtenOpinions: 0,
      cast: 7,
    });
  });
});
