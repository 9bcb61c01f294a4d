import { Module } from '@nestjs/common';
import { SlaModule } from '../sla/sla.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Prometheus scrape endpoint (outside /api). */
@Module({ imports: [SlaModule], controllers: [MetricsController], providers: [MetricsService] })
export class MetricsModule {}
