import { DynamicModule, Module } from '@nestjs/common';
import { AppendEventsActivity } from './activities/append-events.activity';
import { DatabaseModule } from '@khen/projections';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { WORKER_MODULE_OPTIONS, WorkerModuleOptions } from './temporal/worker-options';

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule],
      providers: [{ provide: WORKER_MODULE_OPTIONS, useValue: options }, AppendEventsActivity, TemporalWorkerService],
    };
  }
}
