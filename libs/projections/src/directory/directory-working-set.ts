import type { EntityManager } from 'typeorm';
import {
  directoryStreamId,
  directoryTarget,
  factsNeeded,
  type ClusterState,
  type CouncilState,
  type CouncilSummary,
  type DirectoryCommand,
  type DirectoryFacts,
  type DirectoryRecord,
  type DirectoryRecordKind,
  type UnitState,
  type UnitSummary,
} from '@khen/domain';
import { DIRECTORY_TABLES } from './directory-rows';

export interface WorkingRecord {
  kind: DirectoryRecordKind;
  id: string;
  streamId: string;
  state: DirectoryRecord | null;
  /** The version read (what the append expects) and the version after the batch's own events. */
  readVersion: number;
  version: number;
}

interface UnitRow {
  unit_id: string;
  name: string;
  parent_id: string | null;
  level: UnitState['level'];
  kind: UnitState['kind'];
  signing_unit_id: string | null;
  active_from: string;
  active_to: string | null;
  successor_id: string | null;
  state: UnitState | null;
  version: number;
}

const UNIT_COLUMNS = `unit_id, name, parent_id, level, kind, signing_unit_id, active_from::text, active_to::text, successor_id, state, version`;

/** A unit row as a record: its state when it came from events, else its columns (a row from before). */
function unitOf(r: UnitRow): UnitState {
  if (r.state && r.version > 0) return r.state;
  return {
    unitId: r.unit_id,
    name: r.name,
    kind: r.kind,
    level: r.level,
    parentId: r.parent_id,
    signingUnitId: r.signing_unit_id ?? r.unit_id,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    successorId: r.successor_id,
  };
}

/**
 * What a batch of directory commands reads and changes, under the directory's lock: the records
 * they address and the facts they need, read up front in a few statements, then overlaid with the
 * batch's own results so that a later row sees an earlier one (a unit under a unit of the same file).
 */
export class DirectoryWorkingSet {
  private readonly records = new Map<string, WorkingRecord>();
  private readonly units = new Map<string, UnitState>();
  private readonly councils = new Map<string, CouncilSummary>();
  private readonly clusters = new Map<string, ClusterState>();

  constructor(private readonly m: EntityManager) {}

  record(cmd: DirectoryCommand): WorkingRecord {
    return this.records.get(directoryTarget(cmd).streamId)!;
  }

  async load(commands: readonly DirectoryCommand[]): Promise<void> {
    const byKind = new Map<DirectoryRecordKind, Set<string>>();
    for (const cmd of commands) {
      const { kind, id } = directoryTarget(cmd);
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(id));
    }
    for (const [kind, ids] of byKind) {
      const spec = DIRECTORY_TABLES[kind];
      const rows = (await this.m.query(
        `SELECT ${spec.key} AS id, state, version FROM ${spec.table} WHERE ${spec.key} = ANY($1)`,
        [[...ids]],
      )) as { id: string; state: DirectoryRecord | null; version: number }[];
      const found = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids) {
        const r = found.get(id);
        const state = r && r.version > 0 ? r.state : null;
        const streamId = directoryStreamId(kind, id);
        const version = r?.version ?? 0;
        this.records.set(streamId, { kind, id, streamId, state, readVersion: version, version });
      }
    }
    const unitIds = new Set<string>(byKind.get('unit') ?? []);
    const councilIds = new Set<string>(byKind.get('council') ?? []);
    for (const cmd of commands) {
      const needed = factsNeeded(cmd, this.record(cmd).state);
      needed.units.forEach((u) => unitIds.add(u));
      needed.councils.forEach((c) => councilIds.add(c));
    }
    await this.loadUnits([...unitIds]);
    if (councilIds.size) {
      const rows = (await this.m.query(
        `SELECT council_id, name, level, coalesce(unit_id, authority_id) AS unit_id FROM councils WHERE council_id = ANY($1)`,
        [[...councilIds]],
      )) as { council_id: string; name: string; level: CouncilSummary['level']; unit_id: string }[];
      for (const r of rows)
        this.councils.set(r.council_id, { councilId: r.council_id, name: r.name, level: r.level, unitId: r.unit_id });
    }
  }

  /** The units and all their parents, up to the root. */
  private async loadUnits(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = (await this.m.query(
      `WITH RECURSIVE up AS (
         SELECT unit_id, parent_id FROM units WHERE unit_id = ANY($1)
         UNION SELECT p.unit_id, p.parent_id FROM units p JOIN up ON p.unit_id = up.parent_id)
       SELECT ${UNIT_COLUMNS} FROM units WHERE unit_id IN (SELECT unit_id FROM up)`,
      [ids],
    )) as UnitRow[];
    for (const r of rows) if (!this.units.has(r.unit_id)) this.units.set(r.unit_id, unitOf(r));
  }

  private summary(unitId: string): UnitSummary | undefined {
    const unit = this.units.get(unitId);
    if (!unit) return undefined;
    const path = [unitId];
    for (let p = unit.parentId; p && !path.includes(p); p = this.units.get(p)?.parentId ?? null) path.unshift(p);
    return { ...unit, path };
  }

  /** The facts one command needs, as the batch stands now. */
  async facts(cmd: DirectoryCommand): Promise<DirectoryFacts> {
    const needed = factsNeeded(cmd, this.record(cmd).state);
    const units: Record<string, UnitSummary> = {};
    for (const id of [...needed.units, ...(directoryTarget(cmd).kind === 'unit' ? [directoryTarget(cmd).id] : [])]) {
      const s = this.summary(id);
      if (s) units[id] = s;
    }
    const councils: Record<string, CouncilSummary> = {};
    for (const id of needed.councils) {
      const c = this.councils.get(id);
      if (c) councils[id] = c;
    }
    const facts: DirectoryFacts = { units, councils, openCases: 0, activeChildren: 0, clusterOf: {} };
    if (needed.openCasesOf) {
      const [{ n }] = (await this.m.query(
        `SELECT count(*)::int AS n FROM nominations WHERE unit_id = $1 AND outcome IS NULL`,
        [needed.openCasesOf],
      )) as { n: number }[];
      facts.openCases = n;
    }
    if (needed.activeChildrenOf) facts.activeChildren = await this.activeChildren(needed.activeChildrenOf);
    if (needed.clusterYear) facts.clusterOf = await this.clusterOf(needed.clusterYear);
    return facts;
  }

  private async activeChildren({ unitId, after }: { unitId: string; after: string }): Promise<number> {
    const rows = (await this.m.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE parent_id = $1`, [unitId])) as UnitRow[];
    const children = new Map(rows.map((r) => [r.unit_id, this.units.get(r.unit_id) ?? unitOf(r)]));
    for (const u of this.units.values()) if (u.parentId === unitId) children.set(u.unitId, u);
    return [...children.values()].filter((u) => u.parentId === unitId && (u.activeTo === null || u.activeTo > after))
      .length;
  }

  private async clusterOf(
    q: NonNullable<ReturnType<typeof factsNeeded>['clusterYear']>,
  ): Promise<Record<string, string>> {
    const rows = (await this.m.query(
      `SELECT cm.unit_id, cm.cluster_id FROM cluster_members cm JOIN clusters c ON c.cluster_id = cm.cluster_id
       WHERE cm.year = $1 AND c.kind = $2 AND cm.cluster_id <> $3 AND cm.unit_id = ANY($4)`,
      [q.year, q.kind, q.excluding, q.units],
    )) as { unit_id: string; cluster_id: string }[];
    const out: Record<string, string> = {};
    for (const r of rows) if (!this.clusters.has(r.cluster_id)) out[r.unit_id] = r.cluster_id;
    for (const c of this.clusters.values()) {
      if (c.clusterId === q.excluding || c.kind !== q.kind) continue;
      for (const unitId of c.years.find((y) => y.year === q.year)?.members ?? [])
        if (q.units.includes(unitId)) out[unitId] = c.clusterId;
    }
    return out;
  }

  /** The batch's own result for a record, seen by the rows after it. */
  applied(rec: WorkingRecord, state: DirectoryRecord, events: number): void {
    rec.state = state;
    rec.version += events;
    if (rec.kind === 'unit') this.units.set(rec.id, state as UnitState);
    if (rec.kind === 'cluster') this.clusters.set(rec.id, state as ClusterState);
    if (rec.kind === 'council') {
      const c = state as CouncilState;
      this.councils.set(c.councilId, { councilId: c.councilId, name: c.name, level: c.level, unitId: c.unitId });
    }
  }
}
