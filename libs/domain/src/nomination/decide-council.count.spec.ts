import { decide } from './nomination.decider';
import type { NominationEvent } from './nomination.events';
import { describeTallyEn, describeTallyVi } from './tally-text';
import { summarizeVi } from './timeline-text';
import { ballotOpen, ctx, member, office, reveal, run, SEALED } from './testing/fixtures';

// The 4-member council of the fixtures, m4 of the nominee's unit (SO-GD) recused; BK_TINH asks ≥ 80 % of all members.
const voted = () =>
  run(
    ballotOpen({ awardCode: 'BK_TINH' }),
    [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')],
    [{ type: 'CastVote', sealedChoice: SEALED }, member('m2')],
    [{ type: 'CastVote', sealedChoice: SEALED }, member('m3')],
  );
const close = (legacyBallotCount?: boolean) =>
  decide(
    voted(),
    { type: 'CloseBallot' },
    ctx(office, undefined, { revealed: reveal(['APPROVE', 'APPROVE', 'APPROVE']), legacyBallotCount }),
  ) as NominationEvent[];

describe('closing a ballot on all members', () => {
  it('counts the recused member as a member who did not approve: 3 of 4 is 75 %, below 80 %', () => {
    const [closed, rejected] = close();
    expect(closed).toMatchObject({
      type: 'ReviewClosed',
      data: {
        passed: false,
        tally: {
          counting: 'SEATED_MEMBERS',
          comparison: 'AT_LEAST',
          threshold: 80,
          denominatorKind: 'ALL_MEMBERS',
          denominator: 4,
          approve: 3,
          approvePercent: 75,
          quorumBase: 'ALL_MEMBERS',
          quorumBaseCount: 4,
          quorumNeeded: 2,
          recused: 1,
        },
      },
    });
    expect(rejected).toMatchObject({
      type: 'NominationRejected',
      data: {
        reasonCode: 'BALLOT_FAILED',
        reason: expect.stringContaining('3/4 phiếu đồng ý trên tổng số thành viên Hội đồng (75%), cần từ 80%'),
      },
    });
  });

  it('keeps the first count for a history recorded with it: 3 of 3 eligible, 100 %', () => {
    const [closed, ...rest] = close(true);
    expect(closed).toMatchObject({ data: { passed: true, tally: { denominator: 3, approvePercent: 100 } } });
    expect(closed.type === 'ReviewClosed' && closed.data.tally).not.toHaveProperty('counting');
    expect(rest.map((e) => e.type)).not.toContain('NominationRejected');
  });

  it('states threshold, denominator and percentage on the timeline, for either count', () => {
    const [now] = close();
    const [old] = close(true);
    expect(summarizeVi(now)).toBe(
      '3/4 phiếu đồng ý trên tổng số thành viên Hội đồng (75%), cần từ 80%; 0 không đồng ý; ' +
        '3/4 tổng số thành viên tham gia, túc số cần 2 (50%); 0 ý kiến bằng văn bản, 1 không tham gia vì cùng đơn vị: không đạt.',
    );
    expect(summarizeVi(old)).toBe(
      '3/3 phiếu đồng ý trên tổng số thành viên Hội đồng (100%), cần từ 80%; 0 không đồng ý; 3/3 tham gia; ' +
        '0 ý kiến bằng văn bản, 1 không tham gia vì cùng đơn vị: đạt.',
    );
    if (now.type !== 'ReviewClosed') throw new Error('not a ReviewClosed');
    expect(describeTallyEn(now.data.tally)).toBe(
      '3/4 approvals over all council members (75%), at least 80% required; 0 against; 3/4 of all members took part, quorum 2 (50%); 0 written opinions, 1 recused',
    );
    expect(describeTallyVi(now.data.tally)).toContain('(75%)');
  });

  it('refuses to close before the quorum of all seated members', () => {
    const one = run(ballotOpen({ awardCode: 'BK_TINH' }), [{ type: 'CastVote', sealedChoice: SEALED }, member('m1')]);
    expect(
      decide(one, { type: 'CloseBallot' }, ctx(office, undefined, { revealed: reveal(['APPROVE']) })),
    ).toMatchObject({
      code: 'QUORUM_NOT_REACHED',
    });
  });
});
