import type { EntityManager } from 'typeorm';
import {
  membersAt,
  searchKey,
  seatsOfPersonAt,
  type ActingSeat,
  type CivilDate,
  type CouncilState,
  type DirectoryRecordKind,
  type FieldChange,
  type PersonState,
} from '@khen/domain';

export interface UnitListItem {
  unitId: string;
  name: string;
  kind: string;
  level: string;
  parentId: string | null;
  activeFrom: string;
  activeTo: string | null;
  successorId: string | null;
  version: number;
}

export interface AuditEntry {
  position: string;
  recordKind: DirectoryRecordKind;
  recordId: string;
  version: number;
  type: string;
  recordedAt: string;
  actorId: string | null;
  actorName: string | null;
  reason: string;
  changes: FieldChange[];
}

export interface AuditFilter {
  from?: string;
  to?: string;
  kind?: DirectoryRecordKind;
  recordId?: string;
  actorId?: string;
  /** Keyset: entries before this position (newest first). */
  before?: string;
  limit?: number;
}

const UNIT_ITEM = `unit_id AS "unitId", name, kind, level, parent_id AS "parentId", active_from::text AS "activeFrom",
  active_to::text AS "activeTo", successor_id AS "successorId", version`;
const activeAt = (param: string) =>
  `(active_from <= ${param}::date AND (active_to IS NULL OR active_to >= ${param}::date))`;

/** The directory's questions, answered from its read models. */
export class DirectoryQueries {
  constructor(private readonly m: EntityManager) {}

  /** Children of a unit (roots for null), by name, in keyset pages; `at`: only those active that day. */
  async children(
    parentId: string | null,
    opts: { at?: CivilDate; limit?: number; after?: { name: string; unitId: string } } = {},
  ): Promise<{ items: UnitListItem[]; next?: { name: string; unitId: string } }> {
    const limit = opts.limit ?? 50;
    const params: unknown[] = [parentId, limit + 1];
    const where = [parentId === null ? 'parent_id IS NULL AND $1::text IS NULL' : 'parent_id = $1'];
    if (opts.after) {
      params.push(opts.after.name, opts.after.unitId);
      where.push(`(name, unit_id) > ($${params.length - 1}, $${params.length})`);
    }
    if (opts.at) {
      params.push(opts.at);
      where.push(activeAt(`$${params.length}`));
    }
    const rows = (await this.m.query(
      `SELECT ${UNIT_ITEM} FROM units WHERE ${where.join(' AND ')} ORDER BY name, unit_id LIMIT $2`,
      params,
    )) as UnitListItem[];
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return rows.length > limit && last ? { items, next: { name: last.name, unitId: last.unitId } } : { items };
  }

  /** Units whose code or name contains every word of the query, with or without diacritics; the whole phrase first. */
  async searchUnits(q: string, opts: { at?: CivilDate; limit?: number } = {}): Promise<UnitListItem[]> {
    const words = searchKey(q).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const like = (w: string) => `%${w.replace(/[\\%_]/g, '\\$&')}%`;
    const params: unknown[] = [opts.limit ?? 20, like(words.join(' ')), ...words.map(like)];
    const where = words.map((_, i) => `search LIKE $${i + 3}`);
    if (opts.at) {
      params.push(opts.at);
      where.push(activeAt(`$${params.length}`));
    }
    return (await this.m.query(
      `SELECT ${UNIT_ITEM} FROM units WHERE ${where.join(' AND ')}
       ORDER BY search LIKE $2 DESC, length(name), unit_id LIMIT $1`,
      params,
    )) as UnitListItem[];
  }

  /** A unit with its path from the root (codes and names), for breadcrumbs; undefined if unknown. */
  async unitWithPath(
    unitId: string,
  ): Promise<(UnitListItem & { path: { unitId: string; name: string }[] }) | undefined> {
    const [row] = (await this.m.query(
      `SELECT ${UNIT_ITEM},
              (SELECT coalesce(json_agg(json_build_object('unitId', a.unit_id, 'name', a.name) ORDER BY array_position(u.path, a.unit_id)), '[]')
                 FROM units a WHERE a.unit_id = ANY(u.path)) AS path
       FROM units u WHERE unit_id = $1`,
      [unitId],
    )) as (UnitListItem & { path: { unitId: string; name: string }[] })[];
    return row;
  }

  /** Who sat on the council on a date: "who sat on council X on date D". */
  async councilMembersAt(councilId: string, date: CivilDate) {
    return (await this.m.query(
      `SELECT member_id AS "memberId", name, seat, unit_id AS "unitId", term_id AS "termId",
              from_date::text AS "from", to_date::text AS "to"
       FROM council_seats WHERE council_id = $1 AND from_date <= $2::date AND to_date >= $2::date
       ORDER BY array_position(ARRAY['CHAIR','VICE_CHAIR','STANDING_MEMBER','SECRETARY','MEMBER'], seat), name, member_id`,
      [councilId, date],
    )) as { memberId: string; name: string; seat: string; unitId: string; termId: string; from: string; to: string }[];
  }

  /** A person's seats on a date: those granted and, from the councils, each council seat. */
  async personSeatsAt(subject: string, date: CivilDate): Promise<ActingSeat[]> {
    const [person] = (await this.m.query(`SELECT state FROM persons WHERE subject = $1`, [subject])) as {
      state: PersonState;
    }[];
    const councils = (await this.m.query(
      `SELECT c.state FROM councils c WHERE c.version > 0 AND c.council_id IN
         (SELECT council_id FROM council_seats WHERE member_id = $1 AND from_date <= $2::date AND to_date >= $2::date)`,
      [subject, date],
    )) as { state: CouncilState }[];
    return seatsOfPersonAt(
      person?.state ?? null,
      councils.map((c) => c.state),
      subject,
      date,
    );
  }

  /** Campaigns open for filing on a date. */
  async campaignsOpenAt(date: CivilDate) {
    return (await this.m.query(
      `SELECT campaign_id AS "campaignId", name, year, campaign_kind AS "kind", unit_id AS "unitId", level,
              filing_opens_on::text AS "filingOpensOn", filing_closes_on::text AS "filingClosesOn", awards, council_id AS "councilId"
       FROM campaigns WHERE status = 'OPEN' AND filing_opens_on <= $1::date AND filing_closes_on >= $1::date
       ORDER BY filing_closes_on, campaign_id`,
      [date],
    )) as Record<string, unknown>[];
  }

  /** The directory's audit, newest first: who, when, why and each field old → new, filtered. */
  async audit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const params: unknown[] = [filter.limit ?? 100];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.from) add('a.recorded_at >= ?::timestamptz', filter.from);
    if (filter.to) add('a.recorded_at < ?::timestamptz', filter.to);
    if (filter.kind) add('a.record_kind = ?', filter.kind);
    if (filter.recordId) add('a.record_id = ?', filter.recordId);
    if (filter.actorId) add(`e.metadata->>'actorId' = ?`, filter.actorId);
    if (filter.before) add('a.global_position < ?::bigint', filter.before);
    const rows = (await this.m.query(
      `SELECT a.global_position::text AS position, a.record_kind AS "recordKind", a.record_id AS "recordId",
              a.stream_version AS version, a.type, a.recorded_at AS "recordedAt",
              e.metadata->>'actorId' AS "actorId", e.metadata->>'actorName' AS "actorName",
              e.data->>'reason' AS reason, coalesce(e.data->'changes', '[]') AS changes
       FROM directory_audit a JOIN events e ON e.global_position = a.global_position
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.global_position DESC LIMIT $1`,
      params,
    )) as (Omit<AuditEntry, 'recordedAt'> & { recordedAt: Date })[];
    return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
  }
}

/**
 * The members a ballot copies (memberId and unit, for recusal): those seated on the council on the
 * day its review opens, or undefined for a council with no directory terms (its `members` stand).
 */
export async function councilMembersOn(
  m: EntityManager,
  councilId: string,
  date: CivilDate,
): Promise<{ memberId: string; unitId: string }[] | undefined> {
  const [council] = (await m.query(`SELECT state, version FROM councils WHERE council_id = $1`, [councilId])) as {
    state: CouncilState | null;
    version: number | null;
  }[];
  if (!council?.state || !council.version || council.state.terms.length === 0) return undefined;
  const seated = membersAt(council.state, date);
  return seated.length > 0 ? seated.map(({ memberId, unitId }) => ({ memberId, unitId })) : undefined;
}
