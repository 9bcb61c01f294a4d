import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  boardReport,
  foldCaseFacts,
  NOMINATION_STREAM_PREFIX,
  REPORT_EVENT_TYPES,
  type ReportEvent,
  type ReportFilter,
} from '@khen/domain';
import { CalendarProvider } from '../sla/calendar.provider';
import type { ReportQueryDto } from './reports.dto';

/**
 * The board's reports, folded from the event store: only what was recorded up to `asOf`, so a report
 * of a past instant reads the same tomorrow. Campaign, unit and level never change after filing, so
 * they narrow the streams read; the year may (a draft edit), so it is matched after the fold.
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
    const events = await this.events(asOf, filter);
    const report = boardReport(foldCaseFacts(events), filter, await this.calendars.calendar());
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

  /** The report events of the cases the filter can reach, slimmed to what the fold reads, in store order. */
  private async events(asOf: Date, f: ReportFilter): Promise<ReportEvent[]> {
    const args: unknown[] = [REPORT_EVENT_TYPES, asOf, `${NOMINATION_STREAM_PREFIX}%`];
    const narrow: string[] = [];
    for (const [path, value] of [
      [`data->>'campaignId'`, f.campaignId],
      [`data->>'unitId'`, f.unitId],
      [`data->'council'->>'level'`, f.level],
    ] as const) {
      if (value === undefined) continue;
      args.push(value);
      narrow.push(`${path} = $${args.length}`);
    }
    const streams = narrow.length
      ? `AND stream_id IN (SELECT stream_id FROM events WHERE type = 'NominationDrafted' AND ${narrow.join(' AND ')})`
      : '';
    const rows = (await this.db.query(
      `SELECT stream_id AS "streamId", type, recorded_at AS "recordedAt",
              CASE type
                WHEN 'DossierSubmitted' THEN jsonb_build_object('receivedAt', data->'receivedAt', 'awardName', data->'rules'->'award'->'nameVi')
                WHEN 'NominationDrafted' THEN data - 'achievements'
                WHEN 'DraftUpdated' THEN jsonb_build_object('changes', (data->'changes') - 'achievements')
                WHEN 'NominationRejected' THEN jsonb_build_object('reasonCode', data->'reasonCode', 'stage', data->'stage')
                WHEN 'SlaBreached' THEN jsonb_build_object('stage', data->'stage')
                ELSE '{}'::jsonb END AS data
         FROM events
        WHERE type = ANY($1) AND recorded_at <= $2 AND stream_id LIKE $3 ${streams}
        ORDER BY global_position`,
      args,
    )) as (Omit<ReportEvent, 'recordedAt'> & { recordedAt: Date })[];
    return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
  }
}

export type BoardReportView = Awaited<ReturnType<ReportsService['board']>>;
