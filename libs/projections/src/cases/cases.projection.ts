import type { EntityManager } from 'typeorm';
import type { NominationState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';
import { foldCaseBatch, type CaseBatchOutput } from './case-batch';
import type { TaskRow } from './case-rows';

export interface CaseTables {
  nominations: string;
  tasks: string;
  registry: string;
}

export const LIVE_CASE_TABLES: CaseTables = { nominations: 'nominations', tasks: 'tasks', registry: 'award_registry' };

const NOMINATION_COLUMNS = `nomination_id text, stream_id text, version int, stage text, status text, outcome text, award_code text, unit_id text,
  campaign_id text, nominee_name text, state jsonb, last_position bigint, created_at timestamptz, updated_at timestamptz, year int, kind text,
  nominee_key text, council_id text, authority_id text, sla_deadline timestamptz, sla_warning_at timestamptz`;
const TASK_COLUMNS = `task_id text, nomination_id text, task_type text, slot text, candidate_group text, assignee text, owner text, claimed_by text,
  status text, outcome text, priority smallint, stage text, due_at timestamptz, breach_at timestamptz, created_at timestamptz, closed_at timestamptz,
  closed_by text, award_code text, unit_id text, campaign_id text, nominee_name text, last_position bigint`;
const REGISTRY_COLUMNS = `entry_id text, nominee_key text, nominee_name text, award_code text, year int, kind text, unit_id text, decision_number text,
  decision_date date, authority_id text, signer_id text, nomination_id text, source text, recorded_at timestamptz`;
const names = (columns: string) => columns.split(',').map((c) => c.trim().split(' ')[0]);
const updateAll = (columns: string, key: string) =>
  names(columns)
    .filter((c) => c !== key && c !== 'created_at')
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ');

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
      `WITH n AS (
         INSERT INTO ${this.t.nominations} (${names(NOMINATION_COLUMNS).join(', ')})
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${NOMINATION_COLUMNS})
         ON CONFLICT (nomination_id) DO UPDATE SET ${updateAll(NOMINATION_COLUMNS, 'nomination_id')}),
       t AS (
         INSERT INTO ${this.t.tasks} (${names(TASK_COLUMNS).join(', ')})
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(${TASK_COLUMNS})
         ON CONFLICT (task_id) DO UPDATE SET ${updateAll(TASK_COLUMNS, 'task_id')}),
       r AS (
         INSERT INTO ${this.t.registry} (${names(REGISTRY_COLUMNS).join(', ')})
         SELECT * FROM jsonb_to_recordset($3::jsonb) AS x(${REGISTRY_COLUMNS}) ON CONFLICT (entry_id) DO NOTHING)
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
