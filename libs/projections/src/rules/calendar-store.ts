import type { EntityManager } from 'typeorm';
import type { YearSchedule } from '@khen/domain';

export interface PublishedSchedule extends YearSchedule {
  version: number;
  publishedAt: string;
  publishedBy: string;
}

interface Row {
  year: number;
  version: number;
  days_off: string[];
  working_weekend_days: string[];
  source: string;
  published_at: Date;
  published_by: string;
}

const COLUMNS = `year, version, array(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(days_off) d ORDER BY d) AS days_off,
  array(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(working_weekend_days) d ORDER BY d) AS working_weekend_days, source, published_at, published_by`;

const toSchedule = (r: Row): PublishedSchedule => ({
  year: r.year,
  version: r.version,
  daysOff: r.days_off,
  workingWeekendDays: r.working_weekend_days,
  source: r.source,
  publishedAt: r.published_at.toISOString(),
  publishedBy: r.published_by,
});

/** Each year's official schedule (days off, make-up Saturdays) loaded by an admin, versioned. */
export class CalendarStore {
  constructor(private readonly db: Pick<EntityManager, 'query' | 'transaction'>) {}

  /** The newest version of every year that has one: what the working-day calendar uses. */
  async latest(): Promise<PublishedSchedule[]> {
    return (
      (await this.db.query(
        `SELECT DISTINCT ON (year) ${COLUMNS} FROM calendar_schedules ORDER BY year, version DESC`,
      )) as Row[]
    ).map(toSchedule);
  }

  async history(year: number): Promise<PublishedSchedule[]> {
    return (
      (await this.db.query(`SELECT ${COLUMNS} FROM calendar_schedules WHERE year = $1 ORDER BY version DESC`, [
        year,
      ])) as Row[]
    ).map(toSchedule);
  }

  async publish(schedule: YearSchedule, by: string, now = new Date()): Promise<PublishedSchedule> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('calendar_schedules', $1))`, [schedule.year]);
      const [{ next }] = (await m.query(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM calendar_schedules WHERE year = $1`,
        [schedule.year],
      )) as { next: number }[];
      await m.query(
        `INSERT INTO calendar_schedules (year, version, days_off, working_weekend_days, source, published_at, published_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [schedule.year, next, schedule.daysOff, schedule.workingWeekendDays, schedule.source, now, by],
      );
      return { ...schedule, version: next, publishedAt: now.toISOString(), publishedBy: by };
    });
  }
}
