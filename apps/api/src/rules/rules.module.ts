import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { RulesController } from './rules.controller';
import { RulesService } from './rules.service';

/** The law as versioned data, and the working-day calendar of each year. */
@Module({ controllers: [RulesController, CalendarController], providers: [RulesService, CalendarService] })
export class RulesModule {}
