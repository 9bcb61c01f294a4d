import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilRecord, DatabaseModule } from '@khen/projections';
import { AppendEventsActivity } from './activities/append-events.activity';
import { BallotActivity } from './activities/ballot.activity';
import { CampaignActivity } from './activities/campaign.activity';
import { RulesActivity } from './activities/rules.activity';
import { ALERT_CHANNELS } from './notify/alert-channel';
import { NotifyActivity } from './notify/notify.activity';
import { alertChannels } from './notify/notify.config';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { WORKER_MODULE_OPTIONS, WorkerModuleOptions } from './temporal/worker-options';

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule, TypeOrmModule.forFeature([CouncilRecord])],
      providers: [
        { provide: WORKER_MODULE_OPTIONS, useValue: options },
        AppendEventsActivity,
        RulesActivity,
        BallotActivity,
        CampaignActivity,
        TemporalWorkerService,
        { provide: ALERT_CHANNELS, useFactory: () => options.alertChannels ?? alertChannels() },
        NotifyActivity,
      ],
    };
  }
}
