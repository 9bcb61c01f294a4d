import type { Achievements, ClusterRankFact, SubmissionFacts } from '../eligibility/facts';
import type { FrozenRules } from '../rules/rule-set';
import type { Refusal } from '../refusal';
import { refuseScoring } from './scoring.refusals';

export interface ClusterRankReading {
  /** RECORDED: the cluster's scoring and vote are read; DECLARED: no result recorded, the unit's word is read. */
  source: 'RECORDED' | 'DECLARED';
  rank?: number;
  /** The result read, when recorded (the best place where the unit is in a cluster and a bloc). */
  result?: ClusterRankFact;
  /** A declared rank that no recorded result of the year gives. */
  disagrees?: Refusal;
}

/**
 * The cluster rank eligibility reads (docs/cluster-scoring.md): a result recorded for the nomination's year
 * replaces the declared rank; a declared rank that no recorded result gives is refused (CLUSTER_RANK_DISAGREES).
 * Without a recorded result (or in histories recorded before cluster scoring) the declaration alone is read.
 */
export function clusterRankFor(a: Achievements, facts: SubmissionFacts, year: number): ClusterRankReading {
  const results = (facts.clusterResults ?? []).filter((r) => r.year === year);
  if (results.length === 0) return { source: 'DECLARED', rank: a.clusterRank };
  const best = results.reduce((b, r) => (r.rank < b.rank ? r : b));
  const declared = a.clusterRank;
  const disagrees =
    declared !== undefined && !results.some((r) => r.rank === declared)
      ? refuseScoring.rankDisagrees(declared, best.rank, best.clusterId)
      : undefined;
  return { source: 'RECORDED', rank: best.rank, result: best, ...(disagrees ? { disagrees } : {}) };
}

/** What a submission records of the cluster rank it read: RECORDED (the cluster's vote) or DECLARED (to verify). */
export interface ClusterRankCount {
  source: 'RECORDED' | 'DECLARED';
  rank?: number;
  clusterId?: string;
  campaignId?: string;
  score?: number;
}

/**
 * The cluster rank a submission records, for an award that asks for leading a cluster: only with facts that read
 * the scoring results (older histories replay unchanged).
 */
export function countedClusterRank(
  achievements: Achievements,
  rules: Pick<FrozenRules, 'award'>,
  facts: Pick<SubmissionFacts, 'clusterResults' | 'registry' | 'holds' | 'pending'> | undefined,
  year: number,
): ClusterRankCount | undefined {
  const asks = (ps: FrozenRules['award']['prerequisites']): boolean =>
    ps.some((p) => p.type === 'CLUSTER_LEAD' || (p.type === 'ANY_OF' && asks(p.options)));
  if (!facts?.clusterResults || !asks(rules.award.prerequisites)) return undefined;
  const r = clusterRankFor(achievements, facts as SubmissionFacts, year);
  return {
    source: r.source,
    ...(r.rank !== undefined ? { rank: r.rank } : {}),
    ...(r.result ? { clusterId: r.result.clusterId, campaignId: r.result.campaignId, score: r.result.score } : {}),
  };
}
