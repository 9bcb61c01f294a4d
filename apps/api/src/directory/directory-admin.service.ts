import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  formatCivilDateVi,
  formatInstantVi,
  isCivilDate,
  parseDirectoryStreamId,
  refuseDir,
  toCivilDate,
  type CampaignState,
  type DirectoryCommand,
  type DirectoryRecordKind,
} from '@khen/domain';
import {
  DirectoryQueries,
  DirectoryStore,
  importDirectory,
  type AuditEntry,
  type AuditFilter,
  type DirectoryImportFile,
} from '@khen/projections';
import type { NominationGateway } from '@khen/temporal';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import type { Caller } from '../http/case-http';
import type { AuditQueryDto } from './directory-admin.dto';
import { problem, ProblemException } from '../problem/problem.exception';
import { fieldRefused } from '../problem/validation-messages';
import { isStorableDay } from '../problem/edge-validation';

/** A directory record as the API answers it: its kind, id, version (its ETag) and state. */
export interface DirectoryRecordView {
  kind: DirectoryRecordKind;
  id: string;
  version: number;
  state: unknown;
}

const TABLE: Record<DirectoryRecordKind, [table: string, key: string]> = {
  unit: ['units', 'unit_id'],
  council: ['councils', 'council_id'],
  campaign: ['campaigns', 'campaign_id'],
  cluster: ['clusters', 'cluster_id'],
  person: ['persons', 'subject'],
};

/** The If-Match header as a version: `"3"`, `W/"3"` or `3`; anything else is refused (400). */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m)
    throw fieldRefused('If-Match', 'phải là phiên bản (ETag) đã đọc, ví dụ "3"', 'must be the ETag read, e.g. "3"');
  return Number(m[1]);
}

/**
 * The directory administered (docs/architecture.md, "Directory"): every change is one command of the
 * directory's deciders, executed by the DirectoryStore under its lock with the caller as the audit's
 * "who" and the caller's If-Match as the version it saw; a refusal records nothing.
 */
@Injectable()
export class DirectoryAdmin {
  private readonly store: DirectoryStore;

  private readonly logger = new Logger(DirectoryAdmin.name);

  constructor(
    private readonly db: DataSource,
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
  ) {
    this.store = new DirectoryStore(db);
  }

  async execute(command: DirectoryCommand, caller: Caller): Promise<DirectoryRecordView> {
    const outcome = await this.store.execute(
      { command, ifMatch: parseIfMatch(caller.ifMatch) },
      {
        actor: { userId: caller.actor.userId, role: caller.actor.role, displayName: caller.actor.displayName },
        correlationId: caller.correlationId,
      },
    );
    if (outcome.status === 'REFUSED') throw ProblemException.fromRefusal(outcome.refusal);
    if (outcome.status === 'STALE') throw problem('DIRECTORY_RECORD_CHANGED', { version: outcome.actual });
    const target = parseDirectoryStreamId(outcome.streamId)!;
    const view = await this.record(target.kind, target.id);
    if (target.kind === 'campaign') await this.followCampaign(view.state as CampaignState, target.id);
    return view;
  }

  /**
   * A campaign with lifecycle windows has its workflow (docs/campaigns.md): told of every change, started at
   * the first. The change is recorded already; a Temporal that does not answer leaves it to the next change.
   */
  private async followCampaign(state: CampaignState, campaignId: string): Promise<void> {
    if (!state.registrationClosesOn && !state.evaluationClosesOn) return;
    await this.gateway.followCampaign(campaignId).catch((err: unknown) => {
      this.logger.error(`campaign ${campaignId}: its workflow was not told of the change: ${String(err)}`);
    });
  }

  /** An org chart imported idempotently: per-row results (recorded, unchanged, refused with the reason). */
  async import(file: DirectoryImportFile, reason: string, caller: Caller) {
    // Every row's decider asks for a reason; a file of no rows is asked here.
    if (!reason?.trim()) throw fieldRefused('reason', 'không được để trống', 'must not be empty');
    const report = await importDirectory(this.db, this.store, file, {
      actor: { userId: caller.actor.userId, role: caller.actor.role, displayName: caller.actor.displayName },
      reason,
      asOf: toCivilDate(new Date()),
    });
    return {
      recorded: report.recorded,
      rows: report.rows.map((r) => ({
        sheet: r.sheet,
        row: r.row,
        id: r.id,
        status: r.status,
        ...(r.refusal
          ? { code: r.refusal.code, field: r.refusal.field, detail: r.refusal.messageVi, detailEn: r.refusal.messageEn }
          : {}),
      })),
    };
  }

  /** One record with its version, or 404 naming it. */
  async record(kind: DirectoryRecordKind, id: string): Promise<DirectoryRecordView> {
    const [table, key] = TABLE[kind];
    const [row] = (await this.db.query(`SELECT state, version FROM ${table} WHERE ${key} = $1 AND version > 0`, [
      id,
    ])) as { state: unknown; version: number }[];
    if (!row) throw ProblemException.fromRefusal(refuseDir.notFound(kind, id));
    return { kind, id, version: row.version, state: row.state };
  }

  queries(): DirectoryQueries {
    return new DirectoryQueries(this.db.manager);
  }

  /** A unit with its breadcrumb path and its version. */
  async unit(unitId: string) {
    const view = await this.record('unit', unitId);
    const withPath = await this.queries().unitWithPath(unitId);
    return { ...view, path: withPath?.path ?? [] };
  }

  /** Who sat on the council that day (today by default). */
  async membersOn(councilId: string, on: string | undefined) {
    await this.record('council', councilId);
    const date = on ?? toCivilDate(new Date());
    if (!isStorableDay(date)) throw fieldRefused('on', 'phải là ngày có thật (yyyy-MM-dd)', 'must be a real date');
    return { councilId, on: date, members: await this.queries().councilMembersAt(councilId, date) };
  }

  /** Clusters and blocs with their members per year. */
  clusters() {
    return this.db.query(
      `SELECT cluster_id AS "clusterId", name, kind, council_id AS "councilId", version, state->'years' AS years
       FROM clusters WHERE version > 0 ORDER BY name, cluster_id`,
    );
  }

  audit(filter: AuditFilter): Promise<AuditEntry[]> {
    return this.queries().audit(filter);
  }

  /** The audit as CSV (UTF-8 with a BOM for Excel): when (Việt Nam time), who, what, why, old → new. */
  async auditCsv(filter: AuditFilter): Promise<Buffer> {
    const rows = await this.audit({ ...filter, limit: Math.min(filter.limit ?? 10_000, 10_000) });
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
      const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
      return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const show = (v: unknown) =>
      typeof v === 'string' && isCivilDate(v) ? formatCivilDateVi(v) : v === null ? '—' : v;
    const header = ['Thời điểm', 'Người thực hiện', 'Loại bản ghi', 'Mã', 'Phiên bản', 'Thao tác', 'Lý do', 'Thay đổi'];
    const lines = [
      header.map(cell).join(','),
      ...rows.map((r) =>
        [
          formatInstantVi(r.recordedAt),
          r.actorName ?? r.actorId,
          r.recordKind,
          r.recordId,
          r.version,
          r.type,
          r.reason,
          r.changes.map((c) => `${c.field}: ${fmt(show(c.from))} → ${fmt(show(c.to))}`).join('; '),
        ]
          .map(cell)
          .join(','),
      ),
    ];
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }
}

const fmt = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The audit's filter from its query (checked by AuditQueryDto). */
export function auditFilter(q: AuditQueryDto): AuditFilter {
  return {
    kind: q.kind as DirectoryRecordKind | undefined,
    recordId: q.recordId,
    actorId: q.actorId,
    from: q.from,
    to: q.to,
    before: q.before,
    limit: q.limit,
  };
}
