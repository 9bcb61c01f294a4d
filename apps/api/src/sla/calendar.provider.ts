import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vietnamCalendar, type WorkingCalendar } from '@khen/domain';
import { CalendarStore } from '@khen/projections';

/** The working-day calendar with the schedules admins published, re-read at most once a minute. */
@Injectable()
export class CalendarProvider {
  private readonly store: CalendarStore;
  private cached?: { at: number; calendar: WorkingCalendar };

  constructor(db: DataSource) {
    this.store = new CalendarStore(db.manager);
  }

  async calendar(now = Date.now()): Promise<WorkingCalendar> {
    if (!this.cached || now - this.cached.at > 60_000)
      this.cached = { at: now, calendar: vietnamCalendar(await this.store.latest()) };
    return this.cached.calendar;
  }
}
