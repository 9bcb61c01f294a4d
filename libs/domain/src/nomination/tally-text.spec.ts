import type { BallotRule } from '../rules/rule-set';
import type { RecordedTally } from '../ballot/tally';
import { describeTallyEn, describeTallyVi } from './tally-text';

const rule: BallotRule = { comparison: 'MORE_THAN', percent: 50, denominator: 'MEMBERS_PRESENT', quorumPercent: 50 };
/** 2 of 3 present approve (66,67 %), over more than 50 %: the first count, without the quorum's fields. */
const legacy: RecordedTally = {
  members: 5,
  recused: 1,
  eligible: 4,
  present: 2,
  writtenOpinions: 1,
  cast: 3,
  approve: 2,
  disapprove: 1,
  denominator: 3,
  denominatorKind: 'MEMBERS_PRESENT',
  approvePercent: 66.67,
  quorumReached: true,
  passed: true,
  rule,
};

describe('a recorded tally in words', () => {
  it('writes a tally of the first count from its rule, the share with a decimal comma in Vietnamese', () => {
    expect(describeTallyVi(legacy)).toBe(
      '2/3 phiếu đồng ý trên số thành viên tham gia (66,67%), cần trên 50%; 1 không đồng ý; 3/4 tham gia; ' +
        '1 ý kiến bằng văn bản, 1 không tham gia vì cùng đơn vị',
    );
    expect(describeTallyEn(legacy)).toBe(
      '2/3 approvals over the members taking part (66.67%), more than 50% required; 1 against; 3/4 took part; ' +
        '1 written opinions, 1 recused',
    );
  });

  it('prefers the threshold the tally recorded to its rule’s, and names the quorum’s base', () => {
    const counted: RecordedTally = {
      ...legacy,
      comparison: 'AT_LEAST',
      threshold: 60,
      quorumBase: 'ELIGIBLE_MEMBERS',
      quorumBaseCount: 4,
      quorumPercent: 62.5,
      quorumNeeded: 3,
    };
    expect(describeTallyVi(counted)).toBe(
      '2/3 phiếu đồng ý trên số thành viên tham gia (66,67%), cần từ 60%; 1 không đồng ý; ' +
        '3/4 số thành viên được bỏ phiếu tham gia, túc số cần 3 (62,5%); 1 ý kiến bằng văn bản, 1 không tham gia vì cùng đơn vị',
    );
    expect(describeTallyEn(counted)).toBe(
      '2/3 approvals over the members taking part (66.67%), at least 60% required; 1 against; ' +
        '3/4 of the members entitled to vote took part, quorum 3 (62.5%); 1 written opinions, 1 recused',
    );
  });
});
