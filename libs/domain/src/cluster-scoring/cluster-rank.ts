import type { Achievements, ClusterRankFact, SubmissionFacts } from '../eligibility/facts';
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
