import type { DataSource } from 'typeorm';
import {
  planCampaign,
  planCouncil,
  planUnit,
  type CampaignRow,
  type CampaignState,
  type CivilDate,
  type CouncilRow,
  type CouncilState,
  type DirectoryCommand,
  type Refusal,
  type UnitRow,
  type UnitState,
} from '@khen/domain';
import type { DirectoryActor, DirectoryOutcome, DirectoryStore } from './directory.store';

export interface DirectoryImportFile {
  units?: UnitRow[];
  councils?: CouncilRow[];
  campaigns?: CampaignRow[];
}

export type ImportSheet = keyof DirectoryImportFile;

/** One row's result: recorded, unchanged (nothing to record), or refused with the reason. */
export interface ImportRowResult {
  sheet: ImportSheet;
  /** 1-based, in the file's order. */
  row: number;
  id: string;
  status: 'RECORDED' | 'UNCHANGED' | 'REFUSED' | 'STALE';
  refusal?: Refusal;
}

export interface ImportReport {
  recorded: number;
  rows: ImportRowResult[];
}

/** Parents before children, otherwise in the file's order (a child row may come first in a file). */
export function parentsFirst(rows: readonly UnitRow[]): { row: UnitRow; index: number }[] {
  const byId = new Map(rows.map((row, index) => [row.unitId, { row, index }]));
  const out: { row: UnitRow; index: number }[] = [];
  const seen = new Set<string>();
  const visit = (id: string, trail: Set<string>) => {
    const item = byId.get(id);
    if (!item || seen.has(id) || trail.has(id)) return;
    trail.add(id);
    if (item.row.parentId) visit(item.row.parentId, trail);
    seen.add(id);
    out.push(item);
  };
  for (const row of rows) visit(row.unitId, new Set());
  return out;
}

const TABLE: Record<ImportSheet, [table: string, key: string]> = {
  units: ['units', 'unit_id'],
  councils: ['councils', 'council_id'],
  campaigns: ['campaigns', 'campaign_id'],
};

/**
 * Imports an org chart idempotently: each chunk reads the records its rows address, plans only what
 * differs (a re-import of the same file records nothing) and executes the commands with If-Match on
 * the versions read, so a record changed meanwhile is reported as stale, not overwritten. Units go
 * parents first, then councils, then campaigns; one transaction and one INSERT per chunk.
 */
export async function importDirectory(
  ds: DataSource,
  store: DirectoryStore,
  file: DirectoryImportFile,
  opts: {
    actor: DirectoryActor;
    reason: string;
    asOf: CivilDate;
    chunk?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  const chunk = opts.chunk ?? 1000;
  const report: ImportReport = { recorded: 0, rows: [] };
  const items = [
    ...parentsFirst(file.units ?? []).map(({ row, index }) => ({
      sheet: 'units' as const,
      id: row.unitId,
      row,
      index,
    })),
    ...(file.councils ?? []).map((row, index) => ({ sheet: 'councils' as const, id: row.councilId, row, index })),
    ...(file.campaigns ?? []).map((row, index) => ({ sheet: 'campaigns' as const, id: row.campaignId, row, index })),
  ];
  for (let start = 0; start < items.length; start += chunk) {
    const slice = items.slice(start, start + chunk);
    const current = new Map<string, { state: unknown; version: number }>();
    for (const sheet of ['units', 'councils', 'campaigns'] as const) {
      const ids = slice.filter((i) => i.sheet === sheet).map((i) => i.id);
      if (ids.length === 0) continue;
      const [table, key] = TABLE[sheet];
      const rows = (await ds.query(`SELECT ${key} AS id, state, version FROM ${table} WHERE ${key} = ANY($1)`, [
        ids,
      ])) as {
        id: string;
        state: unknown;
        version: number;
      }[];
      for (const r of rows)
        current.set(`${sheet}:${r.id}`, { state: r.version > 0 ? r.state : null, version: r.version });
    }
    const requests: { command: DirectoryCommand; ifMatch?: number }[] = [];
    const owner: number[] = [];
    for (const [i, item] of slice.entries()) {
      const now = current.get(`${item.sheet}:${item.id}`);
      const commands =
        item.sheet === 'units'
          ? planUnit(item.row, (now?.state as UnitState) ?? null, opts.reason)
          : item.sheet === 'councils'
            ? planCouncil(item.row, (now?.state as CouncilState) ?? null, opts.asOf, opts.reason)
            : planCampaign(item.row, (now?.state as CampaignState) ?? null, opts.reason);
      for (const [k, command] of commands.entries()) {
        requests.push({ command, ifMatch: k === 0 && now?.state ? now.version : undefined });
        owner.push(i);
      }
    }
    const { outcomes, recorded } = await store.executeMany(requests, { actor: opts.actor });
    report.recorded += recorded;
    const worst = new Map<number, DirectoryOutcome>();
    for (const [k, o] of outcomes.entries()) {
      const i = owner[k]!;
      const seen = worst.get(i);
      if (
        !seen ||
        o.status === 'REFUSED' ||
        o.status === 'STALE' ||
        (o.status === 'RECORDED' && seen.status === 'UNCHANGED')
      )
        if (!seen || (seen.status !== 'REFUSED' && seen.status !== 'STALE')) worst.set(i, o);
    }
    for (const [i, item] of slice.entries()) {
      const o = worst.get(i);
      report.rows.push({
        sheet: item.sheet,
        row: item.index + 1,
        id: item.id,
        status: o?.status ?? 'UNCHANGED',
        ...(o?.status === 'REFUSED' ? { refusal: o.refusal } : {}),
      });
    }
    opts.onProgress?.(Math.min(start + chunk, items.length), items.length);
  }
  report.rows.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
  return report;
}
