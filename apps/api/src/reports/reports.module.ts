import { Module } from '@nestjs/common';
import { SlaModule } from '../sla/sla.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The board's reports, folded from the event store as of any instant. */
@Module({ imports: [SlaModule], controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
