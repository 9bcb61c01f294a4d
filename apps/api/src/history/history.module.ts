import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { SlaModule } from '../sla/sla.module';
import { HistoryController } from './history.controller';
import { HistoryService } from './history.service';

/** Who decided what, when and on what basis: timeline, as-of, integrity, signed and tabular exports. */
@Module({
  imports: [NominationsModule, SlaModule],
  controllers: [HistoryController],
  providers: [HistoryService],
})
export class HistoryModule {}
