import type { DataSource } from 'typeorm';
import {
  evolveInitiative,
  evolveRegistration,
  INITIATIVE_STREAM_PREFIX,
  REGISTRATION_STREAM_PREFIX,
  type InitiativeEvent,
  type InitiativeState,
  type Registration,
  type RegistrationEvent,
  type RegistrationState,
} from '@khen/domain';
import { canonicalJson, toStoredEvent } from '@khen/eventstore';
import { foldCaseBatch } from '../cases/case-batch';
import { NOMINATIONS_TABLE, TASKS_TABLE, type NominationRow, type TaskRow } from '../cases/case-columns';
import { columnNames } from '../tables/columns';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';

export interface Mismatch {
  table: string;
  key: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface CheckReport {
  ok: boolean;
  cases: number;
  mismatches: Mismatch[];
}

// Every column of the one definition (cases/case-columns.ts) but the keys the rows are matched by:
// a column added there is checked here too.
const NOMINATION_FIELDS = columnNames(NOMINATIONS_TABLE).filter(
  (c) => c !== NOMINATIONS_TABLE.key && c !== 'stream_id',
) as (keyof NominationRow)[];
const TASK_FIELDS = columnNames(TASKS_TABLE).filter((c) => c !== TASKS_TABLE.key) as (keyof TaskRow)[];

const normalize = (v: unknown): unknown => {
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : 'infinity';
  if (v === Infinity) return 'infinity';
  return v ?? null;
};
// jsonb reorders keys: compare canonical forms.
const same = (a: unknown, b: unknown) => canonicalJson(normalize(a)) === canonicalJson(normalize(b));

/**
 * Folds every case's events afresh and compares with the read models: the nominations
 * row, its tasks and its registry entry. Streams are checked in chunks, so memory stays bounded.
 */
export async function checkConsistency(
  ds: DataSource,
  opts: { chunk?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<CheckReport> {
  const chunk = opts.chunk ?? 500;
  const streams = (
    (await ds.query(`SELECT DISTINCT stream_id FROM events WHERE stream_id LIKE $1 ORDER BY stream_id`, [
      `${NOMINATION_STREAM_PREFIX}%`,
    ])) as { stream_id: string }[]
  ).map((r) => r.stream_id);
  const mismatches: Mismatch[] = [];
  for (let i = 0; i < streams.length; i += chunk) {
    const ids = streams.slice(i, i + chunk);
    const events = (
      await ds.query(`SELECT * FROM events WHERE stream_id = ANY($1) ORDER BY stream_id, stream_version`, [ids])
    ).map(toStoredEvent);
    const expected = foldCaseBatch({ events, cases: new Map(), openTasks: new Map() });
    const rows = new Map(
      ((await ds.query(`SELECT * FROM nominations WHERE stream_id = ANY($1)`, [ids])) as NominationRow[]).map((r) => [
        r.stream_id,
        r,
      ]),
    );
    for (const e of expected.nominations) {
      const row = rows.get(e.stream_id);
      if (!row) {
        mismatches.push({ table: 'nominations', key: e.nomination_id, field: '*', expected: 'row', actual: null });
        continue;
      }
      for (const f of NOMINATION_FIELDS)
        if (!same(e[f], row[f]))
          mismatches.push({ table: 'nominations', key: e.nomination_id, field: f, expected: e[f], actual: row[f] });
    }
    const nominationIds = expected.nominations.map((n) => n.nomination_id);
    const tasks = new Map(
      ((await ds.query(`SELECT * FROM tasks WHERE nomination_id = ANY($1)`, [nominationIds])) as TaskRow[]).map((r) => [
        r.task_id,
        r,
      ]),
    );
    for (const e of expected.tasks) {
      const row = tasks.get(e.task_id);
      if (!row) {
        mismatches.push({ table: 'tasks', key: e.task_id, field: '*', expected: 'row', actual: null });
        continue;
      }
      for (const f of TASK_FIELDS)
        if (!same(e[f], row[f]))
          mismatches.push({ table: 'tasks', key: e.task_id, field: f, expected: e[f], actual: row[f] });
      tasks.delete(e.task_id);
    }
    for (const extra of tasks.keys())
      mismatches.push({ table: 'tasks', key: extra, field: '*', expected: null, actual: 'row' });
    const registry = new Set(
      (
        (await ds.query(`SELECT entry_id FROM award_registry WHERE source = 'EVENT' AND nomination_id = ANY($1)`, [
          nominationIds,
        ])) as { entry_id: string }[]
      ).map((r) => r.entry_id),
    );
    for (const r of expected.registry)
      if (!registry.delete(r.entry_id))
        mismatches.push({ table: 'award_registry', key: r.entry_id, field: '*', expected: 'row', actual: null });
    for (const extra of registry)
      mismatches.push({ table: 'award_registry', key: extra, field: '*', expected: null, actual: 'row' });
    opts.onProgress?.(Math.min(i + chunk, streams.length), streams.length);
  }
  mismatches.push(...(await checkInitiatives(ds)));
  mismatches.push(...(await checkRegistrations(ds)));
  return { ok: mismatches.length === 0, cases: streams.length, mismatches };
}

/** Registrations (docs/campaigns.md): each registration folded afresh from its campaign-and-unit stream, against its row. */
async function checkRegistrations(ds: DataSource): Promise<Mismatch[]> {
  const events = (await ds.query(
    `SELECT stream_id, stream_version, type, data FROM events WHERE starts_with(stream_id, $1) ORDER BY stream_id, stream_version`,
    [REGISTRATION_STREAM_PREFIX],
  )) as { stream_id: string; stream_version: number; type: string; data: unknown }[];
  const streams = new Map<string, RegistrationState | null>();
  const versions = new Map<string, number>();
  for (const e of events) {
    const event = { type: e.type, data: e.data } as RegistrationEvent;
    streams.set(e.stream_id, evolveRegistration(streams.get(e.stream_id) ?? null, event));
    versions.set(event.data.registrationId, e.stream_version);
  }
  const folded = new Map<string, { state: Registration; version: number }>();
  for (const s of streams.values())
    for (const r of s?.registrations ?? [])
      folded.set(r.registrationId, { state: r, version: versions.get(r.registrationId)! });
  const rows = new Map(
    (
      (await ds.query(`SELECT registration_id, state, stream_version AS version FROM campaign_registrations`)) as {
        registration_id: string;
        state: Registration;
        version: number;
      }[]
    ).map((r) => [r.registration_id, r]),
  );
  const out: Mismatch[] = [];
  for (const [id, f] of folded) {
    const row = rows.get(id);
    rows.delete(id);
    if (!row) out.push({ table: 'campaign_registrations', key: id, field: '*', expected: 'row', actual: null });
    else
      for (const field of ['state', 'version'] as const)
        if (!same(f[field], row[field]))
          out.push({ table: 'campaign_registrations', key: id, field, expected: f[field], actual: row[field] });
  }
  for (const extra of rows.keys())
    out.push({ table: 'campaign_registrations', key: extra, field: '*', expected: null, actual: 'row' });
  return out;
}

/** The initiative registry: each initiative's state and version folded afresh from its stream, against its row. */
async function checkInitiatives(ds: DataSource): Promise<Mismatch[]> {
  const events = (await ds.query(
    `SELECT stream_id, stream_version, type, data FROM events WHERE starts_with(stream_id, $1) ORDER BY stream_id, stream_version`,
    [INITIATIVE_STREAM_PREFIX],
  )) as { stream_id: string; stream_version: number; type: string; data: unknown }[];
  const folded = new Map<string, { state: InitiativeState | null; version: number }>();
  for (const e of events) {
    const id = e.stream_id.slice(INITIATIVE_STREAM_PREFIX.length);
    const at = folded.get(id) ?? { state: null, version: 0 };
    folded.set(id, {
      state: evolveInitiative(at.state, { type: e.type, data: e.data } as InitiativeEvent),
      version: e.stream_version,
    });
  }
  const rows = new Map(
    (
      (await ds.query(`SELECT initiative_id, state, version FROM initiatives`)) as {
        initiative_id: string;
        state: InitiativeState;
        version: number;
      }[]
    ).map((r) => [r.initiative_id, r]),
  );
  const out: Mismatch[] = [];
  for (const [id, f] of folded) {
    const row = rows.get(id);
    rows.delete(id);
    if (!row) out.push({ table: 'initiatives', key: id, field: '*', expected: 'row', actual: null });
    else
      for (const field of ['state', 'version'] as const)
        if (!same(f[field], row[field]))
          out.push({ table: 'initiatives', key: id, field, expected: f[field], actual: row[field] });
  }
  for (const extra of rows.keys())
    out.push({ table: 'initiatives', key: extra, field: '*', expected: null, actual: 'row' });
  return out;
}
