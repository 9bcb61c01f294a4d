import type { BallotRule } from '../rules/rule-set';
import { tallyBallot, type VoteChoice } from './tally';

const members = Array.from({ length: 10 }, (_, i) => ({ memberId: `m${i}`, unitId: `u${i}` }));
const votes = (approve: number, disapprove: number): VoteChoice[] => [
  ...Array(approve).fill('APPROVE'),
  ...Array(disapprove).fill('DISAPPROVE'),
];
const ninetyOfAll: BallotRule = { comparison: 'AT_LEAST', percent: 90, denominator: 'ALL_MEMBERS', quorumPercent: 50 };
const majorityOfPresent: BallotRule = {
  comparison: 'MORE_THAN',
  percent: 50,
  denominator: 'MEMBERS_PRESENT',
  quorumPercent: 50,
};

describe('ballot tally', () => {
  it.each([
    // rule, recused, approve, disapprove, passed, denominator
    ['≥ 90 % of all: 9 of 10', ninetyOfAll, 0, 9, 0, true, 10],
    ['≥ 90 % of all: 8 of 10 fails even if nobody disapproves', ninetyOfAll, 0, 8, 0, false, 10],
    ['≥ 90 % of all with one recused: 9 of 9', ninetyOfAll, 1, 9, 0, true, 9],
    ['majority of present: 3 of 5', majorityOfPresent, 0, 3, 2, true, 5],
    ['majority of present: a tie fails', majorityOfPresent, 0, 3, 3, false, 6],
    ['majority of present without quorum fails', majorityOfPresent, 0, 3, 1, false, 4],
  ] as const)('%s', (_name, rule, recused, approve, disapprove, passed, denominator) => {
    const t = tallyBallot({
      rule,
      members,
      recused: members.slice(0, recused).map((m) => m.memberId),
      votes: votes(approve, disapprove),
    });
    expect(t).toMatchObject({ passed, denominator, approve, disapprove, eligible: 10 - recused });
  });
});
