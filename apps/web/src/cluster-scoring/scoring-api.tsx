import { api } from '../api/client';

export interface Criterion {
  criterionId: string;
  name: string;
  weight: number;
  maxPoints: number;
  evidence?: string;
}
export interface CriterionScore {
  criterionId: string;
  points: number;
  selfPoints: number;
  documents: string[];
  note?: string;
  scoredBy: string;
}
export interface Ranked {
  unitId: string;
  score: number;
  rank: number;
}
/** A cluster's scoring for a campaign, as GET /api/cluster-scoring/{clusterId}/{campaignId} answers it. */
export interface Scoring {
  clusterId: string;
  campaignId: string;
  year: number;
  status: 'NOT_STARTED' | 'SCORING' | 'VOTING' | 'RECORDED';
  version: number;
  criteria: Criterion[];
  members: string[];
  leaderId: string | null;
  sheets: Record<string, { unitId: string; scores: Record<string, CriterionScore>; submittedOn?: string }>;
  adjustments: {
    unitId: string;
    criterionId: string;
    from: number;
    to: number;
    reason: string;
    by: string;
    on: string;
  }[];
  rejectedBallots: number;
  ballot?: { ballotId: string; ranking: Ranked[]; voters: string[]; recused: string[]; voted: string[] };
  result?: { ranking: Ranked[]; tally: { approve: number; members: number; recused: number }; recordedOn: string };
}
export interface ClusterRow {
  clusterId: string;
  name: string;
  kind: string;
}

const base = (s: { clusterId: string; campaignId: string }) =>
  `/cluster-scoring/${encodeURIComponent(s.clusterId)}/${encodeURIComponent(s.campaignId)}`;
/** Every command names the version read (If-Match): a change meanwhile is refused, not overwritten. */
const send = (s: Scoring, path: string, body: object = {}, method = 'POST') =>
  api<Scoring>(`${base(s)}${path}`, { method, body, headers: { 'If-Match': `"${s.version}"` } });

/** Cluster and bloc scoring's calls (docs/cluster-scoring.md). */
export const ScoringApi = {
  clusters: () => api<ClusterRow[]>('/directory/clusters'),
  view: (clusterId: string, campaignId: string) => api<Scoring>(base({ clusterId, campaignId })),
  score: (s: Scoring, unitId: string, criterionId: string, body: object) =>
    send(s, `/sheets/${unitId}/scores/${criterionId}`, body, 'PUT'),
  submit: (s: Scoring, unitId: string) => send(s, `/sheets/${unitId}/submit`),
  adjust: (s: Scoring, unitId: string, body: object) => send(s, `/sheets/${unitId}/adjustments`, body),
  openBallot: (s: Scoring) => send(s, '/ballot'),
  vote: (s: Scoring, choice: 'APPROVE' | 'DISAPPROVE') => send(s, '/ballot/votes', { choice }),
  closeBallot: (s: Scoring) => send(s, '/ballot/close'),
  draftFlag: (s: Scoring) => api<{ nominationId: string }>(`${base(s)}/flag-nomination`, { body: {} }),
};
