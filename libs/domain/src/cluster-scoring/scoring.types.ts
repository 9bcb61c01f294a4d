import type { Tally } from '../ballot/tally';
import type { CivilDate } from '../calendar/civil-date';
import type { RevealedBallots } from '../nomination/nomination.commands';
import type { BallotRule } from '../rules/rule-set';
import type { ScoringCriterion } from './criteria';

/**
 * Cluster and bloc scoring (chấm điểm thi đua cụm, khối; docs/cluster-scoring.md): one event stream per cluster
 * and campaign, `scoring-<clusterId>.<campaignId>` (codes never hold a dot). No workflow runs it.
 */
export const SCORING_STREAM_PREFIX = 'scoring-';
export const scoringId = (clusterId: string, campaignId: string) => `${clusterId}.${campaignId}`;
export const scoringStreamId = (clusterId: string, campaignId: string) =>
  `${SCORING_STREAM_PREFIX}${scoringId(clusterId, campaignId)}`;
export function parseScoringStreamId(streamId: string): { clusterId: string; campaignId: string } | undefined {
  if (!streamId.startsWith(SCORING_STREAM_PREFIX)) return undefined;
  const [clusterId, campaignId, ...rest] = streamId.slice(SCORING_STREAM_PREFIX.length).split('.');
  return clusterId && campaignId && rest.length === 0 ? { clusterId, campaignId } : undefined;
}

/**
 * The ranking ballot's rule: more than half of every member unit approves (a recused unit counts as one that
 * did not), two thirds of those who may vote taking part.
 */
export const RANKING_BALLOT_RULE: BallotRule = {
  comparison: 'MORE_THAN',
  percent: 50,
  denominator: 'ALL_MEMBERS',
  quorumPercent: 66,
  quorumBase: 'ELIGIBLE_MEMBERS',
};

export interface Evidence {
  /** SHA-256 of files uploaded through the documents upload. */
  documents: string[];
  note?: string;
}

export interface CriterionScore extends Evidence {
  criterionId: string;
  points: number;
  /** The points the unit gave itself (kept when the leader adjusts). */
  selfPoints: number;
  scoredBy: string;
}

export interface ScoreSheet {
  unitId: string;
  scores: Record<string, CriterionScore>;
  submittedOn?: CivilDate;
  submittedBy?: string;
}

/** An adjustment by the cluster's leader: old → new, why, who and when. */
export interface ScoreAdjustment {
  unitId: string;
  criterionId: string;
  from: number;
  to: number;
  reason: string;
  by: string;
  on: CivilDate;
}

/** One unit's place: its weighted total and rank (equal totals share a rank). */
export interface RankedUnit {
  unitId: string;
  score: number;
  rank: number;
}

export interface RankingBallot {
  ballotId: string;
  /** The ranking put to the vote: the leader's proposal, by weighted total. */
  ranking: RankedUnit[];
  /** Every member unit of the year: one representative's vote each. */
  voters: string[];
  /** The first-ranked units: their representatives do not vote on their own lead. */
  recused: string[];
  /** Units whose representative voted (never what they chose). */
  voted: string[];
  openedOn: CivilDate;
  rule: BallotRule;
}

export interface ScoringResult {
  ballotId: string;
  ranking: RankedUnit[];
  tally: Tally;
  /** The sealed ballots, sorted and unlinked from the voters, for a recount. */
  sealed: string[];
  recordedOn: CivilDate;
  recordedBy: string;
}

export interface ScoringState {
  clusterId: string;
  campaignId: string;
  year: number;
  sheets: Record<string, ScoreSheet>;
  adjustments: ScoreAdjustment[];
  ballot?: RankingBallot;
  /** Ballots the members did not approve (the leader reviews again and puts a new ranking). */
  rejectedBallots: number;
  result?: ScoringResult;
}

export type ScoringStatus = 'SCORING' | 'VOTING' | 'RECORDED';
export const scoringStatus = (s: ScoringState): ScoringStatus =>
  s.result ? 'RECORDED' : s.ballot ? 'VOTING' : 'SCORING';

interface On {
  clusterId: string;
  campaignId: string;
}
export type ScoringCommand = On &
  (
    | {
        type: 'ScoreCriterion';
        unitId: string;
        criterionId: string;
        points: number;
        documents?: string[];
        note?: string;
      }
    | { type: 'SubmitScoreSheet'; unitId: string }
    | { type: 'AdjustScore'; unitId: string; criterionId: string; points: number; reason: string }
    | { type: 'OpenRankingBallot'; ballotId: string }
    | { type: 'CastRankingVote'; sealedChoice: string }
    /** `revealed`: the ballot box opened at the edge (the choices sorted, unlinked from the voters). */
    | { type: 'CloseRankingBallot'; revealed: RevealedBallots }
  );

export type ScoringEvent =
  | {
      type: 'SelfScored';
      data: { clusterId: string; campaignId: string; year: number; unitId: string } & Omit<
        CriterionScore,
        'selfPoints'
      >;
    }
  | { type: 'ScoreSheetSubmitted'; data: { unitId: string; total: number; on: CivilDate; by: string } }
  | { type: 'ScoreAdjusted'; data: ScoreAdjustment }
  | { type: 'RankingBallotOpened'; data: RankingBallot }
  | { type: 'RankingVoteCast'; data: { ballotId: string; unitId: string; by: string } }
  | { type: 'RankingBallotRejected'; data: { ballotId: string; tally: Tally; sealed: string[] } }
  | { type: 'ScoringResultRecorded'; data: ScoringResult };

export interface ScoringActor {
  userId: string;
  role: string;
  unitId?: string;
}

export interface ScoringContext {
  actor: ScoringActor;
  today: CivilDate;
  /** The campaign's year and criteria (null: no such campaign in the directory). */
  campaign: { campaignId: string; year: number; criteria: ScoringCriterion[]; status: 'OPEN' | 'CLOSED' } | null;
  /** The cluster's members and leader in the campaign's year (null: no such cluster, or nothing that year). */
  cluster: { clusterId: string; members: string[]; leaderId: string } | null;
  /** Of a self-score's documents, those the unit has uploaded (absent: not checked). */
  uploaded?: string[];
}
