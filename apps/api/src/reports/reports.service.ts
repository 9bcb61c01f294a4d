import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  boardReport,
  foldCaseFacts,
  REPORT_EVENT_TYPES,
  reportEventData,
  type CaseFacts,
  type ReportEvent,
  type ReportFilter,
} from '@khen/domain';
import { CalendarProvider } from '../sla/calendar.provider';
import type { ReportQueryDto } from './reports.dto';

/**
 * The board's reports, from the report read model (`report_facts`: each case's facts folded from its
 * events) as of `asOf`: a case whose facts last changed before `asOf` reads its row; one changed since
 * is folded afresh from its events recorded up to `asOf`, so a report of a past instant reads the same
 * tomorrow. Campaign, unit and level never change after filing, so they narrow the rows read; the year
 * may (a draft edit), so it narrows only the rows that did not change since `asOf`.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly calendars: CalendarProvider,
  ) {}

  async board(q: ReportQueryDto, now = new Date()) {
    const asOf = q.asOf ? new Date(q.asOf) : now;
    const filter: ReportFilter = { year: q.year, campaignId: q.campaign, level: q.level, unitId: q.unit };
    const report = boardReport(await this.facts(asOf, filter), filter, await this.calendars.calendar());
    const units = new Map(
      (
        (await this.db.query(`SELECT unit_id AS "unitId", name FROM units WHERE unit_id = ANY($1)`, [
          report.awards.byUnit.map((u) => u.unitId),
        ])) as { unitId: string; name: string }[]
      ).map((u) => [u.unitId, u.name]),
    );
    return {
      asOf: asOf.toISOString(),
      filter: { year: q.year ?? null, campaign: q.campaign ?? null, level: q.level ?? null, unit: q.unit ?? null },
      ...report,
      awards: {
        ...report.awards,
        byUnit: report.awards.byUnit.map((u) => ({ ...u, unitName: units.get(u.unitId) ?? u.unitId })),
      },
    };
  }

  /** The facts, as of `asOf`, of the cases the filter can reach. */
  private async facts(asOf: Date, f: ReportFilter): Promise<CaseFacts[]> {
    const args: unknown[] = [asOf];
    const narrow: string[] = [];
    for (const [column, value] of [
      ['campaign_id', f.campaignId],
      ['unit_id', f.unitId],
      ['level', f.level],
    ] as const) {
      if (value === undefined) continue;
      args.push(value);
      narrow.push(`AND ${column} = $${args.length}`);
    }
    if (f.year !== undefined) {
      args.push(f.year);
      narrow.push(`AND (year = $${args.length} OR changed_at > $1)`);
    }
    const rows = (await this.db.query(
      `SELECT stream_id AS "streamId", facts, changed_at > $1 AS stale FROM report_facts
        WHERE drafted_at <= $1 ${narrow.join(' ')}`,
      args,
    )) as { streamId: string; facts: CaseFacts; stale: boolean }[];
    const stale = rows.filter((r) => r.stale).map((r) => r.streamId);
    const fresh = rows.filter((r) => !r.stale).map((r) => r.facts);
    if (stale.length === 0) return fresh;
    const events = (await this.db.query(
      `SELECT stream_id AS "streamId", type, recorded_at AS "recordedAt", data FROM events
        WHERE stream_id = ANY($1) AND type = ANY($2) AND recorded_at <= $3 ORDER BY global_position`,
      [stale, REPORT_EVENT_TYPES, asOf],
    )) as { streamId: string; type: string; recordedAt: Date; data: Record<string, any> }[];
    const asThen: ReportEvent[] = events.map((e) => ({
      streamId: e.streamId,
      type: e.type,
      recordedAt: e.recordedAt.toISOString(),
      data: reportEventData(e.type, e.data),
    }));
    return [...fresh, ...foldCaseFacts(asThen)];
  }
}

export type BoardReportView = Awaited<ReturnType<ReportsService['board']>>;
