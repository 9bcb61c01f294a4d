import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dayOfWeek, defaultYearSchedule, isCivilDate, OFFICIAL_SCHEDULES, type YearSchedule } from '@khen/domain';
import { CalendarStore } from '@khen/projections';
import { NominationGateway } from '@khen/temporal';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import { problem } from '../problem/problem.exception';

/** Each year's official schedule over the computed defaults; publishing moves running deadlines. */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);
  private readonly store: CalendarStore;

  constructor(
    db: DataSource,
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
  ) {
    this.store = new CalendarStore(db.manager);
  }

  async year(year: number) {
    const history = await this.store.history(year);
    const official = OFFICIAL_SCHEDULES.find((s) => s.year === year);
    const inEffect: YearSchedule & { origin: string } = history[0]
      ? { ...history[0], origin: 'PUBLISHED' }
      : official
        ? { ...official, origin: 'BUILT_IN' }
        : { ...defaultYearSchedule(year), origin: 'COMPUTED' };
    return { year, inEffect, computedDefault: defaultYearSchedule(year), history };
  }

  async publish(year: number, s: Omit<YearSchedule, 'year'>, publishedBy: string) {
    const bad = [...s.daysOff, ...s.workingWeekendDays].find((d) => !isCivilDate(d) || Number(d.slice(0, 4)) !== year);
    if (bad) throw problem('INVALID_SCHEDULE', { day: bad, year, why: 'NOT_IN_YEAR' });
    const weekday = s.workingWeekendDays.find((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
    if (weekday) throw problem('INVALID_SCHEDULE', { day: weekday, year, why: 'NOT_WEEKEND' });
    const published = await this.store.publish(
      {
        year,
        daysOff: [...new Set(s.daysOff)].sort(),
        workingWeekendDays: [...new Set(s.workingWeekendDays)].sort(),
        source: s.source,
      },
      publishedBy,
    );
    let batchJobId: string | null = null;
    try {
      batchJobId = await this.gateway.broadcastCalendarChanged(`${year} v${published.version}: ${s.source}`);
    } catch (err) {
      // The schedule is stored; cases pick it up at their next start or calendar signal.
      this.logger.error(`calendar ${year} v${published.version} published but the batch signal failed: ${String(err)}`);
    }
    return { ...published, batchJobId };
  }
}
