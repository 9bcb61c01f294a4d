import type { EntityManager } from 'typeorm';
import type { NominationState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';
import { foldCaseBatch } from './case-batch';
import type { NominationRow, RegistryRow, TaskRow } from './case-rows';

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
const updateAll = (columns: string, key: string) => names(columns).filter((c) => c !== key && c !== 'created_at').map((c) => `${c} = EXCLUDED.${c}`).join(', ');

/**
 * The case read models (design.md §2): `nominations`, the reviewers' `tasks` and the awards
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
    const rows = await manager.query(
      `SELECT stream_id, state, created_at FROM ${this.t.nominations} WHERE stream_id = ANY($1) FOR UPDATE`, [streams],
    ) as { stream_id: string; state: NominationState; created_at: Date }[];
    const ids = rows.map((r) => r.state.nominationId);
    const open = ids.length && ours.some((e) => /^(Task|SlaClock)/.test(e.type))
      ? await manager.query(`SELECT * FROM ${this.t.tasks} WHERE nomination_id = ANY($1) AND status = 'OPEN'`, [ids]) as Record<string, unknown>[]
      : [];
    const out = foldCaseBatch({
      events: ours,
      cases: new Map(rows.map((r) => [r.stream_id, { state: r.state, createdAt: r.created_at.toISOString() }])),
      openTasks: new Map(open.map((r) => [String(r.task_id), dbTaskRow(r)])),
    });
    await this.write(manager, out.nominations, out.tasks, out.registry);
  }

  private async write(m: EntityManager, nominations: NominationRow[], tasks: TaskRow[], registry: RegistryRow[]): Promise<void> {
    await m.query(
      `INSERT INTO ${this.t.nominations} (${names(NOMINATION_COLUMNS).join(', ')})
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${NOMINATION_COLUMNS})
       ON CONFLICT (nomination_id) DO UPDATE SET ${updateAll(NOMINATION_COLUMNS, 'nomination_id')}`, [JSON.stringify(nominations)],
    );
    if (tasks.length) {
      await m.query(
        `INSERT INTO ${this.t.tasks} (${names(TASK_COLUMNS).join(', ')})
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${TASK_COLUMNS})
         ON CONFLICT (task_id) DO UPDATE SET ${updateAll(TASK_COLUMNS, 'task_id')}`, [JSON.stringify(tasks)],
      );
    }
    if (registry.length) {
      await m.query(
        `INSERT INTO ${this.t.registry} (${names(REGISTRY_COLUMNS).join(', ')})
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${REGISTRY_COLUMNS}) ON CONFLICT (entry_id) DO NOTHING`, [JSON.stringify(registry)],
      );
    }
  }
}

/** A task row as PostgreSQL returns it, back in the shape the fold writes. */
function dbTaskRow(r: Record<string, unknown>): TaskRow {
  // node-postgres reads 'infinity' timestamps back as the number Infinity, finite ones as Dates.
  const ts = (v: unknown): string | null => {
    if (v === Infinity || v === 'infinity') return 'infinity';
    if (v === -Infinity || v === '-infinity') return '-infinity';
    if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : 'infinity';
    return v === null || v === undefined ? null : String(v);
  };
  return {
    ...(r as unknown as TaskRow), priority: Number(r.priority), last_position: String(r.last_position),
    due_at: ts(r.due_at) ?? 'infinity', breach_at: ts(r.breach_at) ?? 'infinity', created_at: ts(r.created_at)!, closed_at: ts(r.closed_at),
  };
}
