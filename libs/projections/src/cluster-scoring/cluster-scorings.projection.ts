import type { EntityManager } from 'typeorm';
import {
  evolveScoring,
  parseScoringStreamId,
  scoringId,
  scoringStatus,
  type ScoringEvent,
  type ScoringState,
} from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';

export const CLUSTER_SCORINGS_TABLE = 'cluster_scorings';

const COLUMNS = `scoring_id text, cluster_id text, campaign_id text, year integer, status text, result_units text[],
  state jsonb, version integer, updated_at timestamptz, last_position bigint`;

/**
 * Cluster and bloc scoring (docs/cluster-scoring.md), folded from the `scoring-<cluster>.<campaign>` streams in the
 * append's transaction with the domain's evolve. The table name passes through `t` so that a rebuild writes a
 * fresh table.
 */
export class ClusterScoringsProjection implements InlineProjection {
  readonly name = 'cluster-scorings';

  constructor(private readonly t: (table: string) => string = (table) => table) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const streams = new Map<string, StoredEvent[]>();
    for (const e of events) {
      const on = parseScoringStreamId(e.streamId);
      if (!on) continue;
      const id = scoringId(on.clusterId, on.campaignId);
      streams.set(id, [...(streams.get(id) ?? []), e]);
    }
    if (streams.size === 0) return;
    const table = this.t(CLUSTER_SCORINGS_TABLE);
    const rows = (await manager.query(
      `SELECT scoring_id AS id, state, version FROM ${table} WHERE scoring_id = ANY($1) FOR UPDATE`,
      [[...streams.keys()]],
    )) as { id: string; state: ScoringState; version: number }[];
    const current = new Map(rows.map((r) => [r.id, r]));
    const out: Record<string, unknown>[] = [];
    for (const [id, stream] of streams) {
      const row = current.get(id);
      let state: ScoringState | null = row?.state ?? null;
      let version = row?.version ?? 0;
      for (const e of stream) {
        if (e.streamVersion <= version) continue;
        state = evolveScoring(state, { type: e.type, data: e.data } as ScoringEvent);
        version = e.streamVersion;
      }
      if (!state || version <= (row?.version ?? 0)) continue;
      const last = stream[stream.length - 1]!;
      out.push({
        scoring_id: id,
        cluster_id: state.clusterId,
        campaign_id: state.campaignId,
        year: state.year,
        status: scoringStatus(state),
        result_units: state.result?.ranking.map((r) => r.unitId) ?? [],
        state,
        version,
        updated_at: last.recordedAt.toISOString(),
        last_position: last.globalPosition,
      });
    }
    if (out.length === 0) return;
    await manager.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
       ON CONFLICT (scoring_id) DO UPDATE SET status = EXCLUDED.status, result_units = EXCLUDED.result_units,
         state = EXCLUDED.state, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
         last_position = EXCLUDED.last_position`,
      [JSON.stringify(out)],
    );
  }
}
