import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addCivilDays,
  toCivilDate,
  workingDaysBetween,
  type ClockState,
  type PauseInterval,
  type WorkingCalendar,
} from '@khen/domain';
import { CalendarProvider } from './calendar.provider';
import type { BoardQueryDto } from './sla.dto';

interface CaseRow {
  nominationId: string;
  nomineeName: string;
  caseNumber: string | null;
  awardCode: string;
  unitId: string;
  campaignId: string;
  councilId: string;
  stage: string;
  status: string;
  clocks: Record<string, ClockState>;
}

const HOUR = 3_600_000;

/**
 * Working days left until a deadline (00:00 ICT after the last day): today counts while it is a
 * working day; negative once breached, counting the working days since.
 */
export function workingDaysToDeadline(calendar: WorkingCalendar, now: Date, deadline: string): number {
  const today = toCivilDate(now);
  const lastDay = toCivilDate(new Date(Date.parse(deadline) - 1));
  return lastDay >= today
    ? workingDaysBetween(calendar, addCivilDays(today, -1), lastDay)
    : -workingDaysBetween(calendar, lastDay, addCivilDays(today, -1));
}

/** SLA monitors' views: the stalled-case board, weekly breach rates, stage durations. */
@Injectable()
export class SlaService {
  constructor(
    private readonly db: DataSource,
    private readonly calendars: CalendarProvider,
  ) {}

  async board(q: BoardQueryDto, now = new Date()) {
    const args: unknown[] = [now];
    const where = [`outcome IS NULL`, `sla_deadline IS NOT NULL`, `$1::timestamptz IS NOT NULL`];
    const status = q.status ?? 'stalled';
    if (status === 'breached') where.push(`sla_deadline <= $1`);
    else if (status === 'at-risk') where.push(`sla_warning_at <= $1`, `sla_deadline > $1`);
    else if (status === 'stalled') where.push(`sla_warning_at <= $1`);
    const add = (col: string, v: string | undefined) => {
      if (v) {
        args.push(v);
        where.push(`${col} = $${args.length}`);
      }
    };
    add('stage', q.stage);
    add('unit_id', q.unit);
    add('award_code', q.award);
    add('campaign_id', q.campaign);
    const order =
      q.sort === 'stage'
        ? 'stage, sla_deadline'
        : q.sort === 'unit'
          ? 'unit_id, sla_deadline'
          : 'sla_deadline, nomination_id';
    const limit = Math.min(q.limit ?? 500, 2000);
    const offset = q.offset ?? 0;
    const rows = (await this.db.query(
      `SELECT nomination_id AS "nominationId", nominee_name AS "nomineeName", case_number AS "caseNumber", award_code AS "awardCode",
              unit_id AS "unitId", campaign_id AS "campaignId", council_id AS "councilId", stage, status, state->'clocks' AS clocks
       FROM nominations WHERE ${where.join(' AND ')} ORDER BY ${order}, nomination_id LIMIT ${limit} OFFSET ${offset}`,
      args,
    )) as CaseRow[];
    // The panels count what the list lists (same filters, same status), so they add up to its total.
    const [{ total }] = (await this.db.query(
      `SELECT count(*)::int AS total FROM nominations WHERE ${where.join(' AND ')}`,
      args,
    )) as { total: number }[];
    const calendar = await this.calendars.calendar();
    const items = rows.map((r) => {
      const clock = Object.values(r.clocks)
        .filter((c) => c.deadline)
        .sort((a, b) => a.deadline!.localeCompare(b.deadline!))[0];
      const breached = now.getTime() >= Date.parse(clock.deadline!);
      // A warning only once the rule's warning share of the stage's budget has passed.
      const warned = !breached && !!clock.warningAt && now.getTime() >= Date.parse(clock.warningAt);
      return {
        nominationId: r.nominationId,
        nomineeName: r.nomineeName,
        caseNumber: r.caseNumber,
        awardCode: r.awardCode,
        unitId: r.unitId,
        campaignId: r.campaignId,
        councilId: r.councilId,
        stage: clock.stage,
        status: r.status,
        deadline: clock.deadline!,
        warningAt: clock.warningAt!,
        breached,
        state: breached ? 'BREACHED' : warned ? 'WARNED' : 'ON_TRACK',
        escalations: clock.breaches,
        workingDaysToBreach: workingDaysToDeadline(calendar, now, clock.deadline!),
        hoursToBreach: Math.round(((Date.parse(clock.deadline!) - now.getTime()) / HOUR) * 10) / 10,
      };
    });
    return {
      generatedAt: now.toISOString(),
      items,
      total,
      offset,
      limit,
      counts: await this.counts(where, args),
    };
  }

  /** Warned, breached (and on-track) cases per stage and per unit, over the list's own filters. */
  private async counts(where: string[], args: unknown[]) {
    const rows = (await this.db.query(
      `SELECT stage, unit_id AS "unitId",
              count(*) FILTER (WHERE sla_deadline > $1 AND sla_warning_at <= $1)::int AS "atRisk",
              count(*) FILTER (WHERE sla_deadline <= $1)::int AS breached,
              count(*) FILTER (WHERE sla_warning_at > $1)::int AS "onTrack"
       FROM nominations WHERE ${where.join(' AND ')} GROUP BY stage, unit_id`,
      args,
    )) as { stage: string; unitId: string; atRisk: number; breached: number; onTrack: number }[];
    type Count = { atRisk: number; breached: number; onTrack: number };
    const byStage: Record<string, Count> = {};
    const byUnit: Record<string, Count> = {};
    for (const r of rows) {
      for (const [map, key] of [
        [byStage, r.stage],
        [byUnit, r.unitId],
      ] as const) {
        map[key] = {
          atRisk: (map[key]?.atRisk ?? 0) + r.atRisk,
          breached: (map[key]?.breached ?? 0) + r.breached,
          onTrack: (map[key]?.onTrack ?? 0) + r.onTrack,
        };
      }
    }
    return { byStage, byUnit };
  }

  /** Warnings and breaches per ISO week (Việt Nam time), oldest first, weeks without any included. */
  async breachesPerWeek(weeks: number, now = new Date()) {
    const rows = await this.db.query(
      `WITH w AS (SELECT generate_series(date_trunc('week', ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')) - ($2::int - 1) * interval '1 week',
                                         date_trunc('week', ($1::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')), interval '1 week') AS start)
       SELECT to_char(w.start, 'IYYY-"W"IW') AS week, to_char(w.start, 'YYYY-MM-DD') AS start,
              count(e.*) FILTER (WHERE e.type = 'SlaWarning')::int AS warnings, count(e.*) FILTER (WHERE e.type = 'SlaBreached')::int AS breaches
       FROM w LEFT JOIN events e ON e.type IN ('SlaWarning', 'SlaBreached')
         AND date_trunc('week', ((e.data->>'at')::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')) = w.start
       GROUP BY w.start ORDER BY w.start`,
      [now, weeks],
    );
    return { weeks: rows };
  }

  /** Working days each stage clock ran (pauses excluded), over clocks stopped in the last `days` days. */
  async stageDurations(days = 90, now = new Date()) {
    const rows = (await this.db.query(
      `SELECT e.stream_id, e.type, e.data FROM events e
       WHERE e.type IN ('SlaClockStarted', 'SlaClockPaused', 'SlaClockResumed', 'SlaClockStopped')
         AND e.stream_id IN (SELECT stream_id FROM events WHERE type = 'SlaClockStopped' AND recorded_at > $1::timestamptz - $2::int * interval '1 day')
       ORDER BY e.global_position`,
      [now, days],
    )) as {
      stream_id: string;
      type: string;
      data: { clockId: string; stage?: string; startedOn?: string; on?: string };
    }[];
    const calendar = await this.calendars.calendar();
    const clocks = new Map<string, { stage: string; startedOn: string; pauses: PauseInterval[]; stoppedOn?: string }>();
    for (const r of rows) {
      const key = `${r.stream_id}/${r.data.clockId}`;
      const c = clocks.get(key);
      if (r.type === 'SlaClockStarted')
        clocks.set(key, { stage: r.data.stage!, startedOn: r.data.startedOn!, pauses: [] });
      else if (c && r.type === 'SlaClockPaused') c.pauses.push({ from: r.data.on! });
      else if (c && r.type === 'SlaClockResumed') {
        const p = c.pauses[c.pauses.length - 1];
        if (p) p.to = r.data.on;
      } else if (c && r.type === 'SlaClockStopped') c.stoppedOn = r.data.on;
    }
    const byStage = new Map<string, number[]>();
    for (const c of clocks.values()) {
      if (!c.stoppedOn) continue;
      const closed = c.pauses.map((p) => ({ from: p.from, to: p.to ?? c.stoppedOn }));
      const list = byStage.get(c.stage) ?? [];
      list.push(workingDaysBetween(calendar, c.startedOn, c.stoppedOn, closed));
      byStage.set(c.stage, list);
    }
    const bucketsUpTo = [1, 2, 3, 5, 10, 15, 20, 30, 45, 60];
    return {
      days,
      stages: [...byStage].map(([stage, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
        return {
          stage,
          count: sorted.length,
          p50WorkingDays: pct(50),
          p90WorkingDays: pct(90),
          buckets: [
            ...bucketsUpTo.map((upTo, i) => ({
              upTo,
              count: sorted.filter((v) => v <= upTo && (i === 0 || v > bucketsUpTo[i - 1])).length,
            })),
            { upTo: null, count: sorted.filter((v) => v > bucketsUpTo[bucketsUpTo.length - 1]).length },
          ],
        };
      }),
    };
  }
}
