import type { EntityManager } from 'typeorm';
import {
  evolveCaseFacts,
  NOMINATION_STREAM_PREFIX,
  REPORT_EVENT_TYPES,
  reportEventData,
  type CaseFacts,
} from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';

export const REPORT_FACTS_TABLE = 'report_facts';

const COLUMNS = `stream_id text, year integer, campaign_id text, unit_id text, level text, facts jsonb,
  drafted_at timestamptz, changed_at timestamptz, version integer`;
const REPORTED = new Set<string>(REPORT_EVENT_TYPES);

/**
 * One row per case with its facts as the board's reports fold them (libs/domain reports/case-facts),
 * folded in the append's transaction. Only appends that carry a report event touch it (votes and
 * tasks do not). The table name passes through `t` so that a rebuild writes a fresh table.
 */
export class ReportFactsProjection implements InlineProjection {
  readonly name = 'reports';

  constructor(private readonly t: (table: string) => string = (table) => table) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const streams = new Map<string, StoredEvent[]>();
    for (const e of events)
      if (REPORTED.has(e.type) && e.streamId.startsWith(NOMINATION_STREAM_PREFIX))
        streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
    if (streams.size === 0) return;
    const table = this.t(REPORT_FACTS_TABLE);
    const rows = (await manager.query(
      `SELECT stream_id AS id, facts, version, drafted_at AS "draftedAt" FROM ${table} WHERE stream_id = ANY($1) FOR UPDATE`,
      [[...streams.keys()]],
    )) as { id: string; facts: CaseFacts; version: number; draftedAt: Date }[];
    const current = new Map(rows.map((r) => [r.id, r]));
    const out: Record<string, unknown>[] = [];
    for (const [id, stream] of streams) {
      const row = current.get(id);
      let facts: CaseFacts | undefined = row?.facts;
      let version = row?.version ?? 0;
      let draftedAt = row?.draftedAt?.toISOString();
      let changedAt: string | undefined;
      for (const e of stream) {
        // Replays and a rebuild's catch-up may hand over what is folded already.
        if (e.streamVersion <= version) continue;
        const recordedAt = e.recordedAt.toISOString();
        facts = evolveCaseFacts(facts, {
          streamId: id,
          type: e.type,
          recordedAt,
          data: reportEventData(e.type, e.data as Record<string, any>),
        });
        version = e.streamVersion;
        changedAt = recordedAt;
        if (e.type === 'NominationDrafted') draftedAt = recordedAt;
      }
      if (!facts || !changedAt || !draftedAt) continue;
      out.push({
        stream_id: id,
        year: facts.year,
        campaign_id: facts.campaignId,
        unit_id: facts.unitId,
        level: facts.level,
        facts,
        drafted_at: draftedAt,
        changed_at: changedAt,
        version,
      });
    }
    if (out.length === 0) return;
    await manager.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
       ON CONFLICT (stream_id) DO UPDATE SET year = EXCLUDED.year, campaign_id = EXCLUDED.campaign_id,
         unit_id = EXCLUDED.unit_id, level = EXCLUDED.level, facts = EXCLUDED.facts,
         drafted_at = EXCLUDED.drafted_at, changed_at = EXCLUDED.changed_at, version = EXCLUDED.version`,
      [JSON.stringify(out)],
    );
  }
}
