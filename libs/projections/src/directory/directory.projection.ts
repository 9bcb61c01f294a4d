import type { EntityManager } from 'typeorm';
import {
  evolveDirectory,
  parseDirectoryStreamId,
  type DirectoryEvent,
  type DirectoryRecord,
  type DirectoryRecordKind,
} from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { DIRECTORY_TABLES, rowsOf, type Folded } from './directory-rows';

const names = (columns: string) => columns.split(',').map((c) => c.trim().split(/\s+/)[0]!);

/**
 * The directory's read models (units, councils with terms and seats, campaigns, clusters with their
 * members, people with their seats, the audit index), folded from the directory's streams in the
 * append's transaction. Loads the touched records' states, folds with the domain's evolve, writes
 * each table in one statement. Table names pass through `t` so that a rebuild writes fresh tables.
 */
export class DirectoryProjection implements InlineProjection {
  readonly name = 'directory';

  constructor(private readonly t: (table: string) => string = (table) => table) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const byKind = new Map<DirectoryRecordKind, Map<string, StoredEvent[]>>();
    const audit: Record<string, unknown>[] = [];
    for (const e of events) {
      const target = parseDirectoryStreamId(e.streamId);
      if (!target) continue;
      const streams = byKind.get(target.kind) ?? new Map<string, StoredEvent[]>();
      streams.set(target.id, [...(streams.get(target.id) ?? []), e]);
      byKind.set(target.kind, streams);
      audit.push({
        global_position: e.globalPosition,
        record_kind: target.kind,
        record_id: target.id,
        stream_version: e.streamVersion,
        type: e.type,
        recorded_at: e.recordedAt.toISOString(),
      });
    }
    if (audit.length === 0) return;
    for (const [kind, streams] of byKind) await this.fold(manager, kind, streams);
    await manager.query(
      `INSERT INTO ${this.t('directory_audit')} SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(global_position bigint, record_kind text, record_id text, stream_version int, type text, recorded_at timestamptz)
       ON CONFLICT (global_position) DO NOTHING`,
      [JSON.stringify(audit)],
    );
  }

  private async fold(manager: EntityManager, kind: DirectoryRecordKind, streams: Map<string, StoredEvent[]>) {
    const spec = DIRECTORY_TABLES[kind];
    const table = this.t(spec.table);
    const ids = [...streams.keys()];
    const rows = (await manager.query(
      `SELECT ${spec.key} AS id, state, version FROM ${table} WHERE ${spec.key} = ANY($1) FOR UPDATE`,
      [ids],
    )) as { id: string; state: DirectoryRecord | null; version: number }[];
    const current = new Map(rows.map((r) => [r.id, r]));
    const folded: Folded[] = [];
    for (const [id, events] of streams) {
      const row = current.get(id);
      let state = row && row.version > 0 ? row.state : null;
      let version = row?.version ?? 0;
      const last = events[events.length - 1]!;
      for (const e of events) {
        // Replays and a rebuild's catch-up may hand over what is folded already.
        if (e.streamVersion <= version) continue;
        state = evolveDirectory(kind, state, { type: e.type, data: e.data } as DirectoryEvent);
        version = e.streamVersion;
      }
      if (state && version > (row?.version ?? 0))
        folded.push({
          id,
          state,
          version,
          updatedAt: last.recordedAt.toISOString(),
          lastPosition: last.globalPosition,
        });
    }
    if (folded.length === 0) return;
    const out = rowsOf(kind, folded);
    const cols = names(spec.columns);
    const update = cols.filter((c) => c !== spec.key).map((c) => `${c} = EXCLUDED.${c}`);
    await manager.query(
      `INSERT INTO ${table} (${cols.join(', ')}) SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${spec.columns})
       ON CONFLICT (${spec.key}) DO UPDATE SET ${update.join(', ')}`,
      [JSON.stringify(out[spec.table])],
    );
    const touched = folded.map((f) => f.id);
    for (const [detail, columns] of Object.entries(spec.details)) {
      await manager.query(`DELETE FROM ${this.t(detail)} WHERE ${spec.key} = ANY($1)`, [touched]);
      await manager.query(
        `INSERT INTO ${this.t(detail)} (${names(columns).join(', ')}) SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`,
        [JSON.stringify(out[detail] ?? [])],
      );
    }
    if (kind === 'unit') await this.repath(manager, touched);
  }

  /**
   * The path (root first, itself last) of the touched units and of everything below them: a move
   * carries its subtree along. Touched units under a touched parent are reached from that parent.
   */
  private async repath(manager: EntityManager, touched: string[]): Promise<void> {
    const units = this.t('units');
    await manager.query(
      `WITH RECURSIVE t AS (
         SELECT u.unit_id, CASE WHEN p.unit_id IS NULL THEN ARRAY[u.unit_id] ELSE p.path || u.unit_id END AS path
         FROM ${units} u LEFT JOIN ${units} p ON p.unit_id = u.parent_id
         WHERE u.unit_id = ANY($1) AND (u.parent_id IS NULL OR NOT u.parent_id = ANY($1))
         UNION ALL
         SELECT c.unit_id, t.path || c.unit_id FROM ${units} c JOIN t ON c.parent_id = t.unit_id)
       UPDATE ${units} SET path = t.path FROM t WHERE ${units}.unit_id = t.unit_id AND ${units}.path IS DISTINCT FROM t.path`,
      [touched],
    );
  }
}
