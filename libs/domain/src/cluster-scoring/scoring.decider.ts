import { quorumOf, tallyBallot } from '../ballot/tally';
import type { Refusal } from '../refusal';
import type { ScoringCriterion } from './criteria';
import { refuseScoring } from './scoring.refusals';
import {
  RANKING_BALLOT_RULE,
  type RankedUnit,
  type ScoreSheet,
  type ScoringCommand,
  type ScoringContext,
  type ScoringEvent,
  type ScoringState,
} from './scoring.types';

const SEALED = /^[A-Za-z0-9_-]{16,512}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const round2 = (x: number) => Math.round(x * 100) / 100;
const blank = (s: string | undefined) => !s || !s.trim();

/** A unit's weighted total over the campaign's criteria: Σ points × weight, to two decimals. */
export const sheetTotal = (sheet: ScoreSheet | undefined, criteria: readonly ScoringCriterion[]): number =>
  round2(criteria.reduce((sum, c) => sum + (sheet?.scores[c.criterionId]?.points ?? 0) * c.weight, 0));

/** The ranking by weighted total, highest first; equal totals share a rank (1, 1, 3), then by unit code. */
export function rankUnits(
  sheets: Record<string, ScoreSheet>,
  units: readonly string[],
  criteria: readonly ScoringCriterion[],
): RankedUnit[] {
  const scored = units
    .map((unitId) => ({ unitId, score: sheetTotal(sheets[unitId], criteria) }))
    .sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
  return scored.map((u) => ({ ...u, rank: 1 + scored.filter((o) => o.score > u.score).length }));
}

/** A fresh record of a cluster and campaign. */
const empty = (clusterId: string, campaignId: string, year: number): ScoringState => ({
  clusterId,
  campaignId,
  year,
  sheets: {},
  adjustments: [],
  rejectedBallots: 0,
});

/**
 * Cluster and bloc scoring's decider (docs/cluster-scoring.md): what a self-score, a submission, the leader's
 * adjustment, the ranking ballot's opening, a vote or its closing records, or why it is refused; a refusal
 * records nothing.
 */
export function decideScoring(
  state: ScoringState | null,
  command: ScoringCommand,
  ctx: ScoringContext,
): ScoringEvent[] | Refusal {
  const { campaign, cluster, actor, today } = ctx;
  const { clusterId, campaignId } = command;
  if (!campaign) return refuseScoring.notFound(clusterId, campaignId, 'campaign');
  if (!cluster || cluster.members.length === 0) return refuseScoring.notFound(clusterId, campaignId, 'cluster');
  if (campaign.criteria.length === 0) return refuseScoring.notFound(clusterId, campaignId, 'criteria');
  const s = state ?? empty(clusterId, campaignId, campaign.year);
  if (s.result) return refuseScoring.closed(s.result.recordedOn);
  const isLeader = actor.role === 'UNIT_OFFICER' && actor.unitId === cluster.leaderId;
  const criterion = (id: string) => campaign.criteria.find((c) => c.criterionId === id);
  const memberUnit = (unitId: string) =>
    cluster.members.includes(unitId) ? undefined : refuseScoring.notInCluster(unitId, clusterId, campaign.year);

  switch (command.type) {
    case 'ScoreCriterion': {
      const { unitId } = command;
      if (actor.role !== 'UNIT_OFFICER' || actor.unitId !== unitId) {
        // An officer of a unit outside the cluster is told so; a member scoring another member, that it is not theirs.
        if (actor.unitId && !cluster.members.includes(actor.unitId))
          return refuseScoring.notInCluster(actor.unitId, clusterId, campaign.year);
        return refuseScoring.notOwnUnit(unitId);
      }
      const notMember = memberUnit(unitId);
      if (notMember) return notMember;
      if (s.ballot) return refuseScoring.voting();
      const sheet = s.sheets[unitId];
      if (sheet?.submittedOn) return refuseScoring.sheetSubmitted(unitId, sheet.submittedOn);
      const c = criterion(command.criterionId);
      if (!c) return refuseScoring.criterionUnknown(command.criterionId);
      const points = checkPoints(command.points, c);
      if (typeof points !== 'number') return points;
      const documents = [...new Set(command.documents ?? [])];
      if (documents.some((d) => !SHA256.test(d))) return { ...refuseScoring.evidenceRequired(), field: 'documents' };
      if (documents.length === 0 && blank(command.note)) return refuseScoring.evidenceRequired();
      const notUploaded = ctx.uploaded && documents.find((d) => !ctx.uploaded!.includes(d));
      if (notUploaded) return refuseScoring.notUploaded(notUploaded);
      return [
        {
          type: 'SelfScored',
          data: {
            clusterId,
            campaignId,
            year: campaign.year,
            unitId,
            criterionId: c.criterionId,
            points,
            documents,
            ...(blank(command.note) ? {} : { note: command.note!.trim() }),
            scoredBy: actor.userId,
          },
        },
      ];
    }
    case 'SubmitScoreSheet': {
      const { unitId } = command;
      if (actor.role !== 'UNIT_OFFICER' || actor.unitId !== unitId) return refuseScoring.notOwnUnit(unitId);
      const notMember = memberUnit(unitId);
      if (notMember) return notMember;
      if (s.ballot) return refuseScoring.voting();
      const sheet = s.sheets[unitId];
      if (sheet?.submittedOn) return refuseScoring.sheetSubmitted(unitId, sheet.submittedOn);
      const missing = campaign.criteria.filter((c) => !sheet?.scores[c.criterionId]).map((c) => c.criterionId);
      if (missing.length) return refuseScoring.incomplete(unitId, missing);
      return [
        {
          type: 'ScoreSheetSubmitted',
          data: { unitId, total: sheetTotal(sheet, campaign.criteria), on: today, by: actor.userId },
        },
      ];
    }
    case 'AdjustScore': {
      if (!isLeader) return refuseScoring.notLeader(cluster.leaderId);
      const notMember = memberUnit(command.unitId);
      if (notMember) return notMember;
      if (s.ballot) return refuseScoring.voting();
      const sheet = s.sheets[command.unitId];
      if (!sheet?.submittedOn) return refuseScoring.sheetNotSubmitted(command.unitId);
      const c = criterion(command.criterionId);
      const scored = c && sheet.scores[c.criterionId];
      if (!c || !scored) return refuseScoring.criterionUnknown(command.criterionId);
      if (blank(command.reason)) return refuseScoring.reasonRequired();
      const points = checkPoints(command.points, c);
      if (typeof points !== 'number') return points;
      if (points === scored.points) return [];
      return [
        {
          type: 'ScoreAdjusted',
          data: {
            unitId: command.unitId,
            criterionId: c.criterionId,
            from: scored.points,
            to: points,
            reason: command.reason.trim(),
            by: actor.userId,
            on: today,
          },
        },
      ];
    }
    case 'OpenRankingBallot': {
      if (!isLeader) return refuseScoring.notLeader(cluster.leaderId);
      if (s.ballot) return refuseScoring.ballotOpen();
      const unsent = cluster.members.find((u) => !s.sheets[u]?.submittedOn);
      if (unsent) return refuseScoring.sheetNotSubmitted(unsent);
      const ranking = rankUnits(s.sheets, cluster.members, campaign.criteria);
      return [
        {
          type: 'RankingBallotOpened',
          data: {
            ballotId: command.ballotId,
            ranking,
            voters: [...cluster.members],
            recused: ranking.filter((r) => r.rank === 1).map((r) => r.unitId),
            voted: [],
            openedOn: today,
            rule: RANKING_BALLOT_RULE,
          },
        },
      ];
    }
    case 'CastRankingVote': {
      const ballot = s.ballot;
      if (!ballot) return refuseScoring.ballotNotOpen();
      const unitId = actor.unitId ?? '';
      if (actor.role !== 'UNIT_OFFICER' || !ballot.voters.includes(unitId))
        return refuseScoring.notInCluster(unitId || actor.userId, clusterId, campaign.year);
      if (ballot.recused.includes(unitId)) return refuseScoring.recused(unitId);
      if (ballot.voted.includes(unitId)) return refuseScoring.alreadyVoted(unitId);
      if (!SEALED.test(command.sealedChoice)) return refuseScoring.sealedInvalid();
      return [{ type: 'RankingVoteCast', data: { ballotId: ballot.ballotId, unitId, by: actor.userId } }];
    }
    case 'CloseRankingBallot': {
      if (!isLeader) return refuseScoring.notLeader(cluster.leaderId);
      const ballot = s.ballot;
      if (!ballot) return refuseScoring.ballotNotOpen();
      const members = ballot.voters.map((u) => ({ memberId: u, unitId: u }));
      const needed = quorumOf(ballot.rule, members.length, ballot.recused.length).needed;
      if (ballot.voted.length < needed) return refuseScoring.quorum(ballot.voted.length, needed);
      const tally = tallyBallot({
        rule: ballot.rule,
        members,
        recused: ballot.recused,
        votes: command.revealed.choices,
      });
      if (!tally.passed)
        return [
          {
            type: 'RankingBallotRejected',
            data: { ballotId: ballot.ballotId, tally, sealed: command.revealed.sealed },
          },
        ];
      return [
        {
          type: 'ScoringResultRecorded',
          data: {
            ballotId: ballot.ballotId,
            ranking: ballot.ranking,
            tally,
            sealed: command.revealed.sealed,
            recordedOn: today,
            recordedBy: actor.userId,
          },
        },
      ];
    }
  }
}

/** Points from 0 to the criterion's maximum, to two decimals. */
function checkPoints(points: unknown, c: ScoringCriterion): number | Refusal {
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
    return { ...refuseScoring.aboveMaximum(c.name, Number(points) || 0, c.maxPoints), field: 'points' };
  if (points > c.maxPoints) return refuseScoring.aboveMaximum(c.name, points, c.maxPoints);
  return round2(points);
}

export function evolveScoring(state: ScoringState | null, event: ScoringEvent): ScoringState | null {
  if (event.type === 'SelfScored') {
    const d = event.data;
    const s = state ?? empty(d.clusterId, d.campaignId, d.year);
    const sheet = s.sheets[d.unitId] ?? { unitId: d.unitId, scores: {} };
    const { clusterId: _c, campaignId: _p, year: _y, unitId: _u, ...score } = d;
    return {
      ...s,
      sheets: {
        ...s.sheets,
        [d.unitId]: { ...sheet, scores: { ...sheet.scores, [d.criterionId]: { ...score, selfPoints: d.points } } },
      },
    };
  }
  if (!state) return state;
  switch (event.type) {
    case 'ScoreSheetSubmitted': {
      const sheet = state.sheets[event.data.unitId]!;
      return {
        ...state,
        sheets: {
          ...state.sheets,
          [sheet.unitId]: { ...sheet, submittedOn: event.data.on, submittedBy: event.data.by },
        },
      };
    }
    case 'ScoreAdjusted': {
      const d = event.data;
      const sheet = state.sheets[d.unitId]!;
      const score = sheet.scores[d.criterionId]!;
      return {
        ...state,
        sheets: {
          ...state.sheets,
          [d.unitId]: { ...sheet, scores: { ...sheet.scores, [d.criterionId]: { ...score, points: d.to } } },
        },
        adjustments: [...state.adjustments, d],
      };
    }
    case 'RankingBallotOpened':
      return { ...state, ballot: event.data };
    case 'RankingVoteCast':
      return state.ballot
        ? { ...state, ballot: { ...state.ballot, voted: [...state.ballot.voted, event.data.unitId] } }
        : state;
    case 'RankingBallotRejected': {
      const { ballot: _closed, ...rest } = state;
      return { ...rest, rejectedBallots: state.rejectedBallots + 1 };
    }
    case 'ScoringResultRecorded': {
      const { ballot: _closed, ...rest } = state;
      return { ...rest, result: event.data };
    }
  }
}
