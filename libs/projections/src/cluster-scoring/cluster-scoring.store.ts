import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  decideScoring,
  evolveScoring,
  isRefusal,
  scoringId,
  scoringStreamId,
  toCivilDate,
  type CampaignState,
  type Refusal,
  type RevealedBallots,
  type ScoringActor,
  type ScoringCommand,
  type ScoringContext,
  type ScoringState,
} from '@khen/domain';
import { uploadsOf } from '../documents/uploads';
import { eventMetadata, LockedStore } from '../locked-store';
import { CLUSTER_SCORINGS_TABLE } from './cluster-scorings.projection';

/** A command as the edge sends it: the ballot's closing is counted here, from the box, under the stream's lock. */
export type ScoringRequest =
  | Exclude<ScoringCommand, { type: 'CloseRankingBallot' }>
  | { type: 'CloseRankingBallot'; clusterId: string; campaignId: string };

export type ScoringOutcome =
  | { status: 'RECORDED'; state: ScoringState; version: number }
  | { status: 'UNCHANGED'; state: ScoringState | null; version: number }
  | { status: 'REFUSED'; refusal: Refusal };

/**
 * Executes cluster and bloc scoring's commands (docs/cluster-scoring.md): in one transaction it takes the
 * stream's advisory lock, reads the scoring's state, the campaign's criteria and the cluster's members of its year,
 * decides, appends and folds the read models. A vote's sealed choice goes into the ballot box (no voter, no time);
 * the closing opens the box with `openBox` (the edge holds the key) and records the sealed ballots, sorted, in
 * its event. A refusal records nothing.
 */
export class ClusterScoringStore extends LockedStore {
  async read(clusterId: string, campaignId: string): Promise<{ state: ScoringState; version: number } | undefined> {
    const [row] = (await this.ds.query(`SELECT state, version FROM ${CLUSTER_SCORINGS_TABLE} WHERE scoring_id = $1`, [
      scoringId(clusterId, campaignId),
    ])) as { state: ScoringState; version: number }[];
    return row;
  }

  async execute(
    request: ScoringRequest,
    meta: {
      actor: ScoringActor & { displayName?: string };
      correlationId?: string;
      /** The version the caller saw (If-Match): another is refused as stale by the caller's check. */
      expectedVersion?: number;
      openBox?: (ballotId: string, sealed: string[]) => RevealedBallots;
    },
  ): Promise<ScoringOutcome | { status: 'STALE'; version: number }> {
    const { clusterId, campaignId } = request;
    const streamId = scoringStreamId(clusterId, campaignId);
    return this.locked(streamId, async (m, now) => {
      const today = toCivilDate(now);
      const [row] = (await m.query(`SELECT state, version FROM ${CLUSTER_SCORINGS_TABLE} WHERE scoring_id = $1`, [
        scoringId(clusterId, campaignId),
      ])) as { state: ScoringState; version: number }[];
      const version = row?.version ?? 0;
      if (meta.expectedVersion !== undefined && meta.expectedVersion !== version) return { status: 'STALE', version };
      const ctx = await scoringContext(m, request, meta.actor, today);
      let command: ScoringCommand;
      let box: string[] = [];
      if (request.type === 'CloseRankingBallot') {
        const ballotId = row?.state.ballot?.ballotId;
        box = ballotId
          ? (
              (await m.query(`SELECT sealed FROM cluster_ballot_box WHERE ballot_id = $1`, [ballotId])) as {
                sealed: string;
              }[]
            ).map((r) => r.sealed)
          : [];
        const open = meta.openBox ?? (() => ({ choices: [], writtenOpinions: 0, invalid: box.length, sealed: [] }));
        command = { ...request, revealed: open(ballotId ?? 'no-ballot', box) };
      } else command = request;
      const decided = decideScoring(row?.state ?? null, command, ctx);
      if (isRefusal(decided)) return { status: 'REFUSED', refusal: decided };
      if (decided.length === 0) return { status: 'UNCHANGED', state: row?.state ?? null, version };
      let state: ScoringState | null = row?.state ?? null;
      for (const e of decided) state = evolveScoring(state, e);
      const { versions } = await this.append(
        m,
        [
          {
            streamId,
            expectedVersion: version,
            events: decided.map((e) => ({
              eventId: randomUUID(),
              type: e.type,
              data: e.data,
              metadata: eventMetadata(meta.actor, meta.correlationId),
            })),
          },
        ],
        now,
      );
      if (command.type === 'CastRankingVote')
        await m.query(`INSERT INTO cluster_ballot_box (ballot_id, sealed) VALUES ($1, $2)`, [
          row!.state.ballot!.ballotId,
          command.sealedChoice,
        ]);
      if (command.type === 'CloseRankingBallot')
        await m.query(`DELETE FROM cluster_ballot_box WHERE ballot_id = $1`, [row!.state.ballot!.ballotId]);
      return { status: 'RECORDED', state: state!, version: versions[streamId]! };
    });
  }
}

/** The campaign's year and criteria, the cluster's members and leader that year, the self-score's uploads. */
async function scoringContext(
  m: EntityManager,
  request: ScoringRequest,
  actor: ScoringActor,
  today: string,
): Promise<ScoringContext> {
  const [c] = (await m.query(`SELECT state, status FROM campaigns WHERE campaign_id = $1`, [request.campaignId])) as {
    state: CampaignState | null;
    status: 'OPEN' | 'CLOSED';
  }[];
  const campaign = c?.state
    ? { campaignId: c.state.campaignId, year: c.state.year, criteria: c.state.criteria ?? [], status: c.status }
    : null;
  const members = campaign
    ? ((await m.query(
        `SELECT unit_id, leader FROM cluster_members WHERE cluster_id = $1 AND year = $2 ORDER BY unit_id`,
        [request.clusterId, campaign.year],
      )) as { unit_id: string; leader: boolean }[])
    : [];
  const cluster = members.length
    ? {
        clusterId: request.clusterId,
        members: members.map((r) => r.unit_id),
        leaderId: members.find((r) => r.leader)?.unit_id ?? '',
      }
    : null;
  const uploaded =
    request.type === 'ScoreCriterion' && request.documents?.length
      ? (await uploadsOf(m, request.unitId, request.documents)).map((u) => u.sha256)
      : undefined;
  return { actor, today, campaign, cluster, ...(uploaded ? { uploaded } : {}) };
}
