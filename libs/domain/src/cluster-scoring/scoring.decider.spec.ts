import { isRefusal } from '../refusal';
import { checkEligibility } from '../eligibility/eligibility';
import type { Achievements, ClusterRankFact } from '../eligibility/facts';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { checkCriteria, type ScoringCriterion } from './criteria';
import { clusterRankFor, countedClusterRank } from './cluster-rank';
import { decideScoring, evolveScoring, rankUnits } from './scoring.decider';
import { SCORING_REFUSAL_CODES } from './scoring-refusal-codes';
import {
  parseScoringStreamId,
  scoringStreamId,
  type ScoringCommand,
  type ScoringContext,
  type ScoringEvent,
  type ScoringState,
} from './scoring.types';

const today = '2026-11-20';
const HASH = 'a'.repeat(64);
const SEALED = 'c2VhbGVkLWJhbGxvdC1vcGFxdWU';
const criteria: ScoringCriterion[] = [
  { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ chính trị', weight: 2, maxPoints: 40 },
  { criterionId: 'TC-2', name: 'Phong trào thi đua', weight: 1, maxPoints: 20, evidence: 'Báo cáo tổng kết' },
];
const officer = (unitId: string) => ({ userId: `cb-${unitId.toLowerCase()}`, role: 'UNIT_OFFICER', unitId });
const ctx = (unitId: string, extra: Partial<ScoringContext> = {}): ScoringContext => ({
  actor: officer(unitId),
  today,
  campaign: { campaignId: 'TD-2026', year: 2026, criteria, status: 'OPEN' },
  cluster: { clusterId: 'CUM-1', members: ['SO-A', 'SO-B', 'SO-C'], leaderId: 'SO-A' },
  ...extra,
});
const on = { clusterId: 'CUM-1', campaignId: 'TD-2026' };
const score = (unitId: string, criterionId: string, points: number, extra: object = {}): ScoringCommand => ({
  ...on,
  type: 'ScoreCriterion',
  unitId,
  criterionId,
  points,
  documents: [HASH],
  ...extra,
});

/** Applies commands in turn, each by its actor; throws on a refusal. */
function run(steps: [ScoringCommand, ScoringContext][], from: ScoringState | null = null): ScoringState | null {
  let s = from;
  for (const [c, x] of steps) {
    const r = decideScoring(s, c, x);
    if (isRefusal(r)) throw new Error(`${c.type}: ${r.messageEn}`);
    s = r.reduce<ScoringState | null>((acc, e) => evolveScoring(acc, e as ScoringEvent), s);
  }
  return s;
}
const scoredAndSubmitted = () =>
  run([
    [score('SO-A', 'TC-1', 35), ctx('SO-A')],
    [score('SO-A', 'TC-2', 15, { documents: [], note: 'Kế hoạch số 5' }), ctx('SO-A')],
    [score('SO-B', 'TC-1', 38), ctx('SO-B')],
    [score('SO-B', 'TC-2', 18), ctx('SO-B')],
    [score('SO-C', 'TC-1', 30), ctx('SO-C')],
    [score('SO-C', 'TC-2', 20), ctx('SO-C')],
    [{ ...on, type: 'SubmitScoreSheet', unitId: 'SO-A' }, ctx('SO-A')],
    [{ ...on, type: 'SubmitScoreSheet', unitId: 'SO-B' }, ctx('SO-B')],
    [{ ...on, type: 'SubmitScoreSheet', unitId: 'SO-C' }, ctx('SO-C')],
  ])!;
const adjusted = () =>
  run(
    [
      [
        { ...on, type: 'AdjustScore', unitId: 'SO-B', criterionId: 'TC-1', points: 33, reason: 'Thiếu minh chứng' },
        ctx('SO-A'),
      ],
    ],
    scoredAndSubmitted(),
  )!;
const opened = () => run([[{ ...on, type: 'OpenRankingBallot', ballotId: 'B-1' }, ctx('SO-A')]], adjusted())!;
const revealed = (choices: ('APPROVE' | 'DISAPPROVE')[]) => ({
  choices,
  writtenOpinions: 0,
  invalid: 0,
  sealed: choices.map((_, i) => `${SEALED}${i}`),
});
const voted = () =>
  run(
    [
      [{ ...on, type: 'CastRankingVote', sealedChoice: SEALED }, ctx('SO-B')],
      [{ ...on, type: 'CastRankingVote', sealedChoice: SEALED }, ctx('SO-C')],
    ],
    opened(),
  )!;

const codeOf = (state: ScoringState | null, c: ScoringCommand, x: ScoringContext) => {
  const r = decideScoring(state, c, x);
  return isRefusal(r) ? r.code : 'RECORDED';
};

describe('cluster and bloc scoring: self-scores, the leader’s review, the members’ vote', () => {
  it('names one stream per cluster and campaign, and reads it back', () => {
    expect(scoringStreamId('CUM-1', 'TD-2026')).toBe('scoring-CUM-1.TD-2026');
    expect(parseScoringStreamId('scoring-CUM-1.TD-2026')).toEqual({ clusterId: 'CUM-1', campaignId: 'TD-2026' });
    expect(parseScoringStreamId('scoring-CUM-1')).toBeUndefined();
    expect(parseScoringStreamId('initiative-x')).toBeUndefined();
  });

  it('keeps each unit’s self-scores with their evidence, and the total weighed at submission', () => {
    const s = scoredAndSubmitted();
    expect(s.sheets['SO-A']!.scores['TC-2']).toEqual({
      criterionId: 'TC-2',
      points: 15,
      selfPoints: 15,
      documents: [],
      note: 'Kế hoạch số 5',
      scoredBy: 'cb-so-a',
    });
    const submit = decideScoring(
      run([
        [score('SO-A', 'TC-1', 35), ctx('SO-A')],
        [score('SO-A', 'TC-2', 15), ctx('SO-A')],
      ]),
      { ...on, type: 'SubmitScoreSheet', unitId: 'SO-A' },
      ctx('SO-A'),
    );
    expect(submit).toEqual([
      { type: 'ScoreSheetSubmitted', data: { unitId: 'SO-A', total: 85, on: today, by: 'cb-so-a' } },
    ]);
  });

  it('records the leader’s adjustment old → new with its reason, and keeps the self-score', () => {
    const s = adjusted();
    expect(s.adjustments).toEqual([
      { unitId: 'SO-B', criterionId: 'TC-1', from: 38, to: 33, reason: 'Thiếu minh chứng', by: 'cb-so-a', on: today },
    ]);
    expect(s.sheets['SO-B']!.scores['TC-1']).toMatchObject({ points: 33, selfPoints: 38 });
  });

  it('ranks by weighted total, equal totals sharing a place', () => {
    expect(opened().ballot!.ranking).toEqual([
      { unitId: 'SO-A', score: 85, rank: 1 },
      { unitId: 'SO-B', score: 84, rank: 2 },
      { unitId: 'SO-C', score: 80, rank: 3 },
    ]);
    const sheet = (p: number) => ({
      unitId: 'X',
      scores: { 'TC-1': { criterionId: 'TC-1', points: p, selfPoints: p, documents: [], scoredBy: 'x' } },
    });
    expect(
      rankUnits(
        { X: sheet(10), Y: { ...sheet(10), unitId: 'Y' }, Z: { ...sheet(5), unitId: 'Z' } },
        ['Z', 'Y', 'X'],
        criteria,
      ),
    ).toEqual([
      { unitId: 'X', score: 20, rank: 1 },
      { unitId: 'Y', score: 20, rank: 1 },
      { unitId: 'Z', score: 10, rank: 3 },
    ]);
  });

  it('opens the ballot on the leader’s ranking, the first-ranked unit recused; records who voted, never the choice', () => {
    const b = opened().ballot!;
    expect(b).toMatchObject({ ballotId: 'B-1', voters: ['SO-A', 'SO-B', 'SO-C'], recused: ['SO-A'], voted: [] });
    expect(decideScoring(opened(), { ...on, type: 'CastRankingVote', sealedChoice: SEALED }, ctx('SO-B'))).toEqual([
      { type: 'RankingVoteCast', data: { ballotId: 'B-1', unitId: 'SO-B', by: 'cb-so-b' } },
    ]);
    expect(voted().ballot!.voted).toEqual(['SO-B', 'SO-C']);
  });

  it('records the result, rank and score per unit, when more than half of the members approve', () => {
    const r = decideScoring(
      voted(),
      { ...on, type: 'CloseRankingBallot', revealed: revealed(['APPROVE', 'APPROVE']) },
      ctx('SO-A'),
    );
    if (isRefusal(r)) throw new Error(r.messageEn);
    expect(r[0]!.type).toBe('ScoringResultRecorded');
    const s = r.reduce<ScoringState | null>((a, e) => evolveScoring(a, e), voted())!;
    expect(s.result).toMatchObject({
      ranking: [
        { unitId: 'SO-A', rank: 1, score: 85 },
        { unitId: 'SO-B', rank: 2, score: 84 },
        { unitId: 'SO-C', rank: 3, score: 80 },
      ],
      tally: { members: 3, recused: 1, approve: 2, passed: true },
      recordedBy: 'cb-so-a',
    });
    expect(s.ballot).toBeUndefined();
    expect(codeOf(s, score('SO-C', 'TC-1', 1), ctx('SO-C'))).toBe('SCORING_CLOSED');
  });

  it('sends the ranking back for review when the members do not approve it', () => {
    const r = decideScoring(
      voted(),
      { ...on, type: 'CloseRankingBallot', revealed: revealed(['APPROVE', 'DISAPPROVE']) },
      ctx('SO-A'),
    );
    if (isRefusal(r)) throw new Error(r.messageEn);
    expect(r.map((e) => e.type)).toEqual(['RankingBallotRejected']);
    const s = r.reduce<ScoringState | null>((a, e) => evolveScoring(a, e), voted())!;
    expect(s).toMatchObject({ rejectedBallots: 1 });
    expect(s.ballot).toBeUndefined();
    expect(
      codeOf(
        s,
        { ...on, type: 'AdjustScore', unitId: 'SO-A', criterionId: 'TC-1', points: 30, reason: 'Sau bỏ phiếu' },
        ctx('SO-A'),
      ),
    ).toBe('RECORDED');
  });

  it.each<[string, () => ScoringState | null, ScoringCommand, ScoringContext, string]>([
    [
      'a score above the criterion’s maximum',
      () => null,
      score('SO-A', 'TC-2', 21),
      ctx('SO-A'),
      'SCORE_ABOVE_MAXIMUM',
    ],
    ['a negative score', () => null, score('SO-A', 'TC-2', -1), ctx('SO-A'), 'SCORE_ABOVE_MAXIMUM'],
    [
      'a unit outside the cluster that year',
      () => null,
      score('SO-X', 'TC-1', 1),
      ctx('SO-X'),
      'SCORING_UNIT_NOT_IN_CLUSTER',
    ],
    ['an outsider scoring a member', () => null, score('SO-A', 'TC-1', 1), ctx('SO-X'), 'SCORING_UNIT_NOT_IN_CLUSTER'],
    ['a unit scoring another unit', () => null, score('SO-B', 'TC-1', 1), ctx('SO-A'), 'SCORING_NOT_OWN_UNIT'],
    ['an unknown criterion', () => null, score('SO-A', 'TC-9', 1), ctx('SO-A'), 'CRITERION_UNKNOWN'],
    [
      'a score without evidence',
      () => null,
      score('SO-A', 'TC-1', 1, { documents: [], note: ' ' }),
      ctx('SO-A'),
      'SCORING_EVIDENCE_REQUIRED',
    ],
    [
      'evidence that is not a file’s hash',
      () => null,
      score('SO-A', 'TC-1', 1, { documents: ['x'] }),
      ctx('SO-A'),
      'SCORING_EVIDENCE_REQUIRED',
    ],
    [
      'evidence the unit did not upload',
      () => null,
      score('SO-A', 'TC-1', 1),
      ctx('SO-A', { uploaded: [] }),
      'DOCUMENT_NOT_UPLOADED',
    ],
    [
      'an incomplete sheet',
      () => run([[score('SO-A', 'TC-1', 1), ctx('SO-A')]]),
      { ...on, type: 'SubmitScoreSheet', unitId: 'SO-A' },
      ctx('SO-A'),
      'SCORE_SHEET_INCOMPLETE',
    ],
    [
      'a self-score after submission',
      scoredAndSubmitted,
      score('SO-A', 'TC-1', 1),
      ctx('SO-A'),
      'SCORE_SHEET_SUBMITTED',
    ],
    [
      'an adjustment without a reason',
      scoredAndSubmitted,
      { ...on, type: 'AdjustScore', unitId: 'SO-B', criterionId: 'TC-1', points: 30, reason: '  ' },
      ctx('SO-A'),
      'SCORING_REASON_REQUIRED',
    ],
    [
      'an adjustment above the maximum',
      scoredAndSubmitted,
      { ...on, type: 'AdjustScore', unitId: 'SO-B', criterionId: 'TC-1', points: 41, reason: 'x' },
      ctx('SO-A'),
      'SCORE_ABOVE_MAXIMUM',
    ],
    [
      'an adjustment by a member that does not lead',
      scoredAndSubmitted,
      { ...on, type: 'AdjustScore', unitId: 'SO-C', criterionId: 'TC-1', points: 30, reason: 'x' },
      ctx('SO-B'),
      'SCORING_NOT_LEADER',
    ],
    [
      'an adjustment of a sheet not submitted',
      () => run([[score('SO-B', 'TC-1', 1), ctx('SO-B')]]),
      { ...on, type: 'AdjustScore', unitId: 'SO-B', criterionId: 'TC-1', points: 0, reason: 'x' },
      ctx('SO-A'),
      'SCORE_SHEET_NOT_SUBMITTED',
    ],
    [
      'a ballot while a sheet is missing',
      () => run([[score('SO-B', 'TC-1', 1), ctx('SO-B')]]),
      { ...on, type: 'OpenRankingBallot', ballotId: 'B' },
      ctx('SO-A'),
      'SCORE_SHEET_NOT_SUBMITTED',
    ],
    ['a score while the members vote', opened, score('SO-C', 'TC-1', 1), ctx('SO-C'), 'SCORING_CLOSED'],
    [
      'a second ballot while one is open',
      opened,
      { ...on, type: 'OpenRankingBallot', ballotId: 'B-2' },
      ctx('SO-A'),
      'RANKING_BALLOT_NOT_OPEN',
    ],
    [
      'a vote with no ballot open',
      adjusted,
      { ...on, type: 'CastRankingVote', sealedChoice: SEALED },
      ctx('SO-B'),
      'RANKING_BALLOT_NOT_OPEN',
    ],
    [
      'a vote by the first-ranked unit on its own lead',
      opened,
      { ...on, type: 'CastRankingVote', sealedChoice: SEALED },
      ctx('SO-A'),
      'MEMBER_RECUSED',
    ],
    [
      'a second vote of a unit',
      voted,
      { ...on, type: 'CastRankingVote', sealedChoice: SEALED },
      ctx('SO-B'),
      'ALREADY_VOTED',
    ],
    [
      'a vote by an outsider',
      opened,
      { ...on, type: 'CastRankingVote', sealedChoice: SEALED },
      ctx('SO-X'),
      'SCORING_UNIT_NOT_IN_CLUSTER',
    ],
    [
      'a malformed sealed vote',
      opened,
      { ...on, type: 'CastRankingVote', sealedChoice: 'x' },
      ctx('SO-B'),
      'SEALED_BALLOT_INVALID',
    ],
    [
      'closing before the quorum',
      opened,
      { ...on, type: 'CloseRankingBallot', revealed: revealed([]) },
      ctx('SO-A'),
      'QUORUM_NOT_REACHED',
    ],
    ['a campaign unknown', () => null, score('SO-A', 'TC-1', 1), ctx('SO-A', { campaign: null }), 'SCORING_NOT_FOUND'],
    [
      'a cluster without members that year',
      () => null,
      score('SO-A', 'TC-1', 1),
      ctx('SO-A', { cluster: null }),
      'SCORING_NOT_FOUND',
    ],
  ])('refuses %s, recording nothing', (_, state, command, x, code) => {
    const r = decideScoring(state(), command, x);
    expect(isRefusal(r) && { code: r.code, vi: /[ạảãáàâăđêôơư]/i.test(r.messageVi) }).toEqual({ code, vi: true });
  });

  it('checks a campaign’s criteria: a positive maximum and weight, a name, ids unique', () => {
    const bad = (c: Partial<ScoringCriterion>) => checkCriteria([{ ...criteria[0]!, ...c }])?.field;
    expect(checkCriteria(criteria)).toBeUndefined();
    expect(checkCriteria([])).toBeUndefined();
    expect(bad({ maxPoints: 0 })).toBe('criteria[0].maxPoints');
    expect(bad({ weight: -1 })).toBe('criteria[0].weight');
    expect(bad({ name: ' ' })).toBe('criteria[0].name');
    expect(bad({ criterionId: 'tc 1' })).toBe('criteria[0].criterionId');
    expect(checkCriteria([criteria[0]!, criteria[0]!])).toMatchObject({
      code: 'CRITERIA_INVALID',
      field: 'criteria[1].criterionId',
    });
    expect(checkCriteria('x')?.code).toBe('CRITERIA_INVALID');
  });

  it('produces exactly SCORING_REFUSAL_CODES', () => {
    const produced = new Set([
      checkCriteria([{ ...criteria[0]!, maxPoints: 0 }])!.code,
      codeOf(null, score('SO-A', 'TC-9', 1), ctx('SO-A')),
      codeOf(null, score('SO-A', 'TC-2', 99), ctx('SO-A')),
      codeOf(null, score('SO-A', 'TC-1', 1, { documents: [] }), ctx('SO-A')),
      codeOf(
        scoredAndSubmitted(),
        { ...on, type: 'AdjustScore', unitId: 'SO-B', criterionId: 'TC-1', points: 1, reason: '' },
        ctx('SO-A'),
      ),
      codeOf(null, { ...on, type: 'SubmitScoreSheet', unitId: 'SO-A' }, ctx('SO-A')),
      codeOf(null, score('SO-X', 'TC-1', 1), ctx('SO-X')),
      codeOf(null, score('SO-B', 'TC-1', 1), ctx('SO-A')),
      codeOf(null, { ...on, type: 'OpenRankingBallot', ballotId: 'B' }, ctx('SO-B')),
      codeOf(null, score('SO-A', 'TC-1', 1), ctx('SO-A', { campaign: null })),
      codeOf(scoredAndSubmitted(), score('SO-A', 'TC-1', 1), ctx('SO-A')),
      codeOf(null, { ...on, type: 'OpenRankingBallot', ballotId: 'B' }, ctx('SO-A')),
      codeOf(
        run(
          [[{ ...on, type: 'CloseRankingBallot', revealed: revealed(['APPROVE', 'APPROVE']) }, ctx('SO-A')]],
          voted(),
        ),
        score('SO-A', 'TC-1', 1),
        ctx('SO-A'),
      ),
      codeOf(null, { ...on, type: 'CastRankingVote', sealedChoice: SEALED }, ctx('SO-B')),
      clusterRankFor({ clusterRank: 1 }, { registry: [], holds: [], pending: [], clusterResults: [fact(2)] }, 2026)
        .disagrees!.code,
    ]);
    expect([...produced].sort()).toEqual([...SCORING_REFUSAL_CODES].sort());
  });
});

const fact = (rank: number, year = 2026): ClusterRankFact => ({
  clusterId: 'CUM-1',
  campaignId: 'TD-2026',
  year,
  rank,
  score: 80,
});

describe('the emulation flag reads the recorded cluster result (Law art. 26)', () => {
  const rs = SEED_RULE_SET;
  const check = (achievements: Achievements, clusterResults?: ClusterRankFact[]) =>
    checkEligibility({
      nominationId: 'this',
      award: rs.awards.CO_TINH,
      awards: rs.awards,
      chainCountingKinds: rs.chainCountingKinds,
      subject: 'COLLECTIVE',
      year: 2026,
      kind: 'CONG_TRANG',
      achievements,
      facts: { registry: [], holds: [], pending: [], ...(clusterResults ? { clusterResults } : {}) },
      today,
    })?.code;

  it('passes the first-ranked unit, declared or not', () => {
    expect(check({}, [fact(1)])).toBeUndefined();
    expect(check({ clusterRank: 1 }, [fact(1)])).toBeUndefined();
  });
  it('refuses a unit ranked second that declares the first place, and one that declares its true second place', () => {
    expect(check({ clusterRank: 1 }, [fact(2)])).toBe('CLUSTER_RANK_DISAGREES');
    expect(check({ clusterRank: 2 }, [fact(2)])).toBe('PREREQUISITE_NOT_MET');
    expect(check({}, [fact(2)])).toBe('PREREQUISITE_NOT_MET');
  });
  it('reads the declaration alone where no result is recorded for the year (and in histories before scoring)', () => {
    expect(check({ clusterRank: 1 })).toBeUndefined();
    expect(check({ clusterRank: 1 }, [fact(2, 2025)])).toBeUndefined();
    expect(check({ clusterRank: 2 }, [])).toBe('PREREQUISITE_NOT_MET');
  });
  it('says where the rank came from', () => {
    expect(clusterRankFor({ clusterRank: 3 }, { registry: [], holds: [], pending: [] }, 2026)).toEqual({
      source: 'DECLARED',
      rank: 3,
    });
    expect(
      clusterRankFor(
        {},
        { registry: [], holds: [], pending: [], clusterResults: [fact(2), { ...fact(1), clusterId: 'KHOI-1' }] },
        2026,
      ),
    ).toMatchObject({
      source: 'RECORDED',
      rank: 1,
      result: { clusterId: 'KHOI-1' },
    });
  });
  it('records on submission the rank read and its source, only for the flag and only with scoring facts', () => {
    const rules = { award: rs.awards.CO_TINH };
    const facts = { registry: [], holds: [], pending: [] };
    expect(countedClusterRank({ clusterRank: 1 }, rules, { ...facts, clusterResults: [fact(1)] }, 2026)).toEqual({
      source: 'RECORDED',
      rank: 1,
      clusterId: 'CUM-1',
      campaignId: 'TD-2026',
      score: 80,
    });
    expect(countedClusterRank({ clusterRank: 1 }, rules, { ...facts, clusterResults: [] }, 2026)).toEqual({
      source: 'DECLARED',
      rank: 1,
    });
    expect(countedClusterRank({ clusterRank: 1 }, rules, facts, 2026)).toBeUndefined();
    expect(
      countedClusterRank({}, { award: rs.awards.LDTT }, { ...facts, clusterResults: [fact(1)] }, 2026),
    ).toBeUndefined();
  });
});
