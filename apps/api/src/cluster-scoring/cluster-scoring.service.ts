import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHash, randomUUID } from 'node:crypto';
import {
  refuseScoring,
  scoringStatus,
  toCivilDate,
  type CampaignState,
  type ScoringState,
  type ScoringStatus,
} from '@khen/domain';
import { ClusterScoringStore, RuleStore, type ScoringRequest } from '@khen/projections';
import { loadBallotKey, openBallotBox, sealChoice } from '@khen/temporal';
import { parseIfMatch } from '../directory/directory-admin.service';
import { storeMeta, type Caller } from '../http/case-http';
import { NominationFiling } from '../nominations/nominations.create';
import { problem, ProblemException } from '../problem/problem.exception';
import type { AdjustScoreDto, FlagNominationDto, RankingVoteDto, SelfScoreDto } from './cluster-scoring.dto';

/** A cluster's scoring for a campaign as the API answers it: the record, its status, criteria and members. */
export interface ScoringView {
  clusterId: string;
  campaignId: string;
  year: number;
  status: ScoringStatus | 'NOT_STARTED';
  version: number;
  criteria: CampaignState['criteria'];
  members: string[];
  leaderId: string | null;
  sheets: ScoringState['sheets'];
  adjustments: ScoringState['adjustments'];
  rejectedBallots: number;
  /** The open ballot: who may vote, who is recused, who voted (never what they chose). */
  ballot?: ScoringState['ballot'];
  result?: ScoringState['result'];
}

/**
 * Cluster and bloc scoring (docs/cluster-scoring.md): each command is one event of the cluster's stream, decided
 * under its lock; the ranking vote is sealed here with the council ballot's key and sealing, and the closing
 * opens the box with it. The emulation flag's nomination is drafted from the result through the usual filing.
 */
@Injectable()
export class ClusterScoringService {
  private readonly store: ClusterScoringStore;
  private readonly key = loadBallotKey();
  private readonly rules: RuleStore;

  constructor(
    private readonly db: DataSource,
    private readonly filing: NominationFiling,
  ) {
    this.store = new ClusterScoringStore(db);
    this.rules = new RuleStore(db.manager);
  }

  async view(clusterId: string, campaignId: string): Promise<ScoringView> {
    const [c] = (await this.db.query(`SELECT state FROM campaigns WHERE campaign_id = $1`, [campaignId])) as {
      state: CampaignState | null;
    }[];
    if (!c?.state) throw ProblemException.fromRefusal(refuseScoring.notFound(clusterId, campaignId, 'campaign'));
    const members = (await this.db.query(
      `SELECT unit_id, leader FROM cluster_members WHERE cluster_id = $1 AND year = $2 ORDER BY unit_id`,
      [clusterId, c.state.year],
    )) as { unit_id: string; leader: boolean }[];
    if (members.length === 0)
      throw ProblemException.fromRefusal(refuseScoring.notFound(clusterId, campaignId, 'cluster'));
    const row = await this.store.read(clusterId, campaignId);
    const s = row?.state;
    return {
      clusterId,
      campaignId,
      year: c.state.year,
      status: s ? scoringStatus(s) : 'NOT_STARTED',
      version: row?.version ?? 0,
      criteria: c.state.criteria ?? [],
      members: members.map((m) => m.unit_id),
      leaderId: members.find((m) => m.leader)?.unit_id ?? null,
      sheets: s?.sheets ?? {},
      adjustments: s?.adjustments ?? [],
      rejectedBallots: s?.rejectedBallots ?? 0,
      ...(s?.ballot ? { ballot: s.ballot } : {}),
      ...(s?.result ? { result: s.result } : {}),
    };
  }

  score(clusterId: string, campaignId: string, unitId: string, criterionId: string, dto: SelfScoreDto, c: Caller) {
    return this.run({ type: 'ScoreCriterion', clusterId, campaignId, unitId, criterionId, ...dto }, c);
  }

  submit(clusterId: string, campaignId: string, unitId: string, c: Caller) {
    return this.run({ type: 'SubmitScoreSheet', clusterId, campaignId, unitId }, c);
  }

  adjust(clusterId: string, campaignId: string, unitId: string, dto: AdjustScoreDto, c: Caller) {
    return this.run({ type: 'AdjustScore', clusterId, campaignId, unitId, ...dto }, c);
  }

  openBallot(clusterId: string, campaignId: string, c: Caller) {
    return this.run({ type: 'OpenRankingBallot', clusterId, campaignId, ballotId: randomUUID() }, c);
  }

  async vote(clusterId: string, campaignId: string, dto: RankingVoteDto, c: Caller) {
    const row = await this.store.read(clusterId, campaignId);
    const ballotId = row?.state.ballot?.ballotId ?? 'no-ballot';
    return this.run(
      { type: 'CastRankingVote', clusterId, campaignId, sealedChoice: sealChoice(this.key, ballotId, dto.choice) },
      c,
    );
  }

  closeBallot(clusterId: string, campaignId: string, c: Caller) {
    return this.run({ type: 'CloseRankingBallot', clusterId, campaignId }, c);
  }

  /**
   * The emulation flag's nomination for the first-ranked unit, drafted in one step by the leader: the award the
   * campaign offers whose prerequisite is leading a cluster (or the one asked), the campaign's council, the rank and
   * the score filled; the nominee is the unit, keyed by its code (as the eligibility facts read the result).
   */
  async draftFlag(clusterId: string, campaignId: string, dto: FlagNominationDto, caller: Caller) {
    const view = await this.view(clusterId, campaignId);
    if (caller.actor.role !== 'UNIT_OFFICER' || caller.actor.unitId !== view.leaderId)
      throw ProblemException.fromRefusal(refuseScoring.notLeader(view.leaderId ?? ''));
    const first = view.result?.ranking.filter((r) => r.rank === 1) ?? [];
    if (first.length !== 1) throw ProblemException.fromRefusal(refuseScoring.noSingleLead(clusterId, campaignId));
    const [c] = (await this.db.query(`SELECT state FROM campaigns WHERE campaign_id = $1`, [campaignId])) as {
      state: CampaignState;
    }[];
    const ruleSet = await this.rules.inForce(toCivilDate(new Date()));
    const flag =
      dto.awardCode ??
      c!.state.awards.find((a) => ruleSet?.awards[a]?.prerequisites.some((p) => p.type === 'CLUSTER_LEAD')) ??
      'CO_TINH';
    const lead = first[0]!;
    const [unit] = (await this.db.query(`SELECT name FROM units WHERE unit_id = $1`, [lead.unitId])) as {
      name: string;
    }[];
    // One draft per recorded result: a second click (or a retry after a lost answer) finds the same case.
    const nominationId = flagNominationId(view.result!.ballotId, flag);
    const filed = this.filing.create(
      {
        nominationId,
        awardCode: flag,
        kind: 'CONG_TRANG',
        campaignId,
        councilId: c!.state.councilId,
        year: view.year,
        nominee: { key: lead.unitId, name: unit?.name ?? lead.unitId, subject: 'COLLECTIVE' },
        achievements: {
          clusterRank: 1,
          summary: `Dẫn đầu cụm, khối thi đua ${clusterId} năm ${view.year} với ${String(lead.score).replace('.', ',')} điểm (kết quả bỏ phiếu ngày ${view.result!.recordedOn.split('-').reverse().join('/')}).`,
        },
      },
      caller,
    );
    return filed.catch((err: unknown) => {
      if (err instanceof ProblemException && err.code === 'NOMINATION_EXISTS') return { nominationId };
      throw err;
    });
  }

  private async run(request: ScoringRequest, caller: Caller): Promise<ScoringView> {
    const outcome = await this.store.execute(request, {
      ...storeMeta(caller),
      expectedVersion: parseIfMatch(caller.ifMatch),
      openBox: (ballotId, sealed) => openBallotBox(this.key, ballotId, sealed, []),
    });
    if (outcome.status === 'REFUSED') throw ProblemException.fromRefusal(outcome.refusal);
    if (outcome.status === 'STALE') throw problem('SCORING_CHANGED', { version: outcome.version });
    return this.view(request.clusterId, request.campaignId);
  }
}

/** The flag nomination's case id, derived from the result's ballot and the award (in the form of a version-4 UUID, as the routes expect). */
export function flagNominationId(ballotId: string, awardCode: string): string {
  const h = createHash('sha256').update(`flag-nomination:${ballotId}:${awardCode}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
