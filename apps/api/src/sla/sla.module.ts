import { Module } from '@nestjs/common';
import { CalendarProvider } from './calendar.provider';
import { SlaController } from './sla.controller';
import { SlaService } from './sla.service';

/** The SLA monitors' views, and the working-day calendar the API counts with. */
@Module({
  controllers: [SlaController],
  providers: [SlaService, CalendarProvider],
  exports: [SlaService, CalendarProvider],
})
export class SlaModule {}
