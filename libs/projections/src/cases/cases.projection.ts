import type { EntityManager } from 'typeorm';
import type { NominationState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';
import { foldCaseBatch, type CaseBatchOutput } from './case-batch';
import { columnNames, recordsetColumns, type Columns, type TableDef } from '../tables/columns';
import { NOMINATIONS_TABLE, REGISTRY_TABLE, TASKS_TABLE, type TaskRow } from './case-columns';

export interface CaseTables {
  nominations: string;
  tasks: string;
  registry: string;
}

export const LIVE_CASE_TABLES: CaseTables = {
  nominations: NOMINATIONS_TABLE.table,
  tasks: TASKS_TABLE.table,
  registry: REGISTRY_TABLE.table,
};

/** The SQL of one table's write, derived from its column definition (case-columns.ts). */
const upsert = <C extends Columns>(def: TableDef<C>, into: string, param: string, onConflict: 'update' | 'nothing') => {
  const names = columnNames(def);
  // created_at is the row's first event: kept when a later batch updates the row.
  const update = names.filter((c) => c !== def.key && c !== 'created_at').map((c) => `${c} = EXCLUDED.${c}`);
  return `INSERT INTO ${into} (${names.join(', ')})
         SELECT * FROM jsonb_to_recordset(${param}::jsonb) AS x(${recordsetColumns(def)})
         ON CONFLICT (${def.key}) DO ${onConflict === 'update' ? `UPDATE SET ${update.join(', ')}` : 'NOTHING'}`;
};

/**
 * The case read models (docs/architecture.md §2): `nominations`, the reviewers' `tasks` and the awards
 * `award_registry`, all from one fold. Loads the rows a batch touches, folds in memory, writes each
 * table with one statement. Table names are parameters so that a rebuild writes fresh tables.
 */
export class CasesProjection implements InlineProjection {
  readonly name = 'cases';

  constructor(private readonly t: CaseTables = LIVE_CASE_TABLES) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const ours = events.filter((e) => e.streamId.startsWith(NOMINATION_STREAM_PREFIX));
    if (ours.length === 0) return;
    const streams = [...new Set(ours.map((e) => e.streamId))];
    // One round trip: the cases' rows (locked) and their open tasks.
    const rows = (await manager.query(
      `SELECT n.stream_id, n.state, n.created_at,
              (SELECT coalesce(json_agg(t), '[]') FROM ${this.t.tasks} t WHERE t.nomination_id = n.nomination_id AND t.status = 'OPEN') AS open
       FROM ${this.t.nominations} n WHERE n.stream_id = ANY($1) FOR UPDATE OF n`,
      [streams],
    )) as { stream_id: string; state: NominationState; created_at: Date; open: Record<string, unknown>[] }[];
    const open = rows.flatMap((r) => r.open);
    const out = foldCaseBatch({
      events: ours,
      cases: new Map(rows.map((r) => [r.stream_id, { state: r.state, createdAt: r.created_at.toISOString() }])),
      openTasks: new Map(open.map((r) => [String(r.task_id), dbTaskRow(r)])),
    });
    await this.write(manager, out);
  }

  /**
   * The rows of streams that have no row yet, folded from their first event without reading the
   * tables: a rebuild's first pass, which folds whole streams into fresh tables, then writes them.
   */
  foldNew(events: readonly StoredEvent[]): CaseBatchOutput {
    return foldCaseBatch({
      events: events.filter((e) => e.streamId.startsWith(NOMINATION_STREAM_PREFIX)),
      cases: new Map(),
      openTasks: new Map(),
    });
  }

  /** Writes folded rows: one statement per table. */
  async write(m: EntityManager, { nominations, tasks, registry }: CaseBatchOutput): Promise<void> {
    if (nominations.length === 0) return;
    // One statement, one round trip: each data-modifying WITH runs, whether or not it is read.
    await m.query(
      `WITH n AS (${upsert(NOMINATIONS_TABLE, this.t.nominations, '$1', 'update')}),
       t AS (${upsert(TASKS_TABLE, this.t.tasks, '$2', 'update')}),
       r AS (${upsert(REGISTRY_TABLE, this.t.registry, '$3', 'nothing')})
       SELECT 1`,
      [JSON.stringify(nominations), JSON.stringify(tasks), JSON.stringify(registry)],
    );
  }
}

/** A task row as PostgreSQL returns it, back in the shape the fold writes. */
function dbTaskRow(r: Record<string, unknown>): TaskRow {
  // Read through json_agg, instants are text ('infinity' included), kept as such; read as a row,
  // node-postgres gives 'infinity' as the number Infinity and finite ones as Dates.
  const ts = (v: unknown): string | null => {
    if (v === Infinity || v === 'infinity') return 'infinity';
    if (v === -Infinity || v === '-infinity') return '-infinity';
    if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : 'infinity';
    return v === null || v === undefined ? null : String(v);
  };
  return {
    ...(r as unknown as TaskRow),
    priority: Number(r.priority),
    last_position: String(r.last_position),
    due_at: ts(r.due_at) ?? 'infinity',
    breach_at: ts(r.breach_at) ?? 'infinity',
    created_at: ts(r.created_at)!,
    closed_at: ts(r.closed_at),
  };
}
