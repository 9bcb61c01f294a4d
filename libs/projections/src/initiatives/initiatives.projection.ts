import type { EntityManager } from 'typeorm';
import { evolveInitiative, parseInitiativeStreamId, type InitiativeEvent, type InitiativeState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';

export const INITIATIVES_TABLE = 'initiatives';

const COLUMNS = `initiative_id text, unit_id text, title text, year integer, status text, scope text, decided_on date,
  author_keys text[], state jsonb, version integer, filed_at timestamptz, updated_at timestamptz, last_position bigint`;

/**
 * The initiative registry (sổ sáng kiến), folded from the `initiative-<id>` streams in the append's transaction:
 * loads the touched rows, folds with the domain's evolve, writes them in one statement. The table name passes
 * through `t` so that a rebuild writes a fresh table.
 */
export class InitiativesProjection implements InlineProjection {
  readonly name = 'initiatives';

  constructor(private readonly t: (table: string) => string = (table) => table) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const streams = new Map<string, StoredEvent[]>();
    for (const e of events) {
      const id = parseInitiativeStreamId(e.streamId);
      if (id) streams.set(id, [...(streams.get(id) ?? []), e]);
    }
    if (streams.size === 0) return;
    const table = this.t(INITIATIVES_TABLE);
    const rows = (await manager.query(
      `SELECT initiative_id AS id, state, version, filed_at AS "filedAt" FROM ${table} WHERE initiative_id = ANY($1) FOR UPDATE`,
      [[...streams.keys()]],
    )) as { id: string; state: InitiativeState; version: number; filedAt: Date }[];
    const current = new Map(rows.map((r) => [r.id, r]));
    const out: Record<string, unknown>[] = [];
    for (const [id, stream] of streams) {
      const row = current.get(id);
      let state: InitiativeState | null = row?.state ?? null;
      let version = row?.version ?? 0;
      let filedAt = row?.filedAt?.toISOString();
      for (const e of stream) {
        // Replays and a rebuild's catch-up may hand over what is folded already.
        if (e.streamVersion <= version) continue;
        state = evolveInitiative(state, { type: e.type, data: e.data } as InitiativeEvent);
        version = e.streamVersion;
        if (e.type === 'InitiativeFiled') filedAt = e.recordedAt.toISOString();
      }
      if (!state || version <= (row?.version ?? 0)) continue;
      const last = stream[stream.length - 1]!;
      out.push({
        initiative_id: id,
        unit_id: state.unitId,
        title: state.title,
        year: state.year,
        status: state.status,
        scope: state.assessment?.scope ?? null,
        decided_on: state.assessment?.decidedOn ?? null,
        author_keys: state.authors.map((a) => a.key),
        state,
        version,
        filed_at: filedAt ?? last.recordedAt.toISOString(),
        updated_at: last.recordedAt.toISOString(),
        last_position: last.globalPosition,
      });
    }
    if (out.length === 0) return;
    await manager.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
       ON CONFLICT (initiative_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, title = EXCLUDED.title, year = EXCLUDED.year,
         status = EXCLUDED.status, scope = EXCLUDED.scope, decided_on = EXCLUDED.decided_on, author_keys = EXCLUDED.author_keys,
         state = EXCLUDED.state, version = EXCLUDED.version, filed_at = EXCLUDED.filed_at, updated_at = EXCLUDED.updated_at,
         last_position = EXCLUDED.last_position`,
      [JSON.stringify(out)],
    );
  }
}
