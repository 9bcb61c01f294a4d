import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignRecord, CouncilRecord, DatabaseModule } from '@khen/projections';
import { AuthConfigController } from './auth/auth-config.controller';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { BulkController } from './bulk/bulk.controller';
import { CasesModule } from './cases/cases.module';
import { API_CONFIG, loadApiConfig } from './config/api.config';
import { BallotSealer } from './council/ballot-sealer';
import { CouncilController } from './council/council.controller';
import { SessionsController } from './council/sessions.controller';
import { DecisionsController } from './decisions/decisions.controller';
import { DemoController } from './demo/demo.controller';
import { DirectoryController } from './directory/directory.controller';
import { DocumentsController } from './documents/documents.controller';
import { HealthController } from './health/health.controller';
import { HistoryController } from './history/history.controller';
import { HistoryService } from './history/history.service';
import { NominationFiling } from './nominations/nominations.create';
import { NominationsController } from './nominations/nominations.controller';
import { CaseSearch } from './nominations/nominations.search';
import { ProblemFilter } from './problem/problem.filter';
import { PublicController } from './public/public.controller';
import { RegistryController } from './registry/registry.controller';
import { CalendarController } from './rules/calendar.controller';
import { RulesController } from './rules/rules.controller';
import { InboxService } from './tasks/inbox.service';
import { SavedViews } from './tasks/saved-views.service';
import { TasksController } from './tasks/tasks.controller';
import { CalendarProvider } from './sla/calendar.provider';
import { SlaController } from './sla/sla.controller';
import { SlaService } from './sla/sla.service';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

@Global()
@Module({
  providers: [{ provide: API_CONFIG, useFactory: () => loadApiConfig() }, TokenService],
  exports: [API_CONFIG, TokenService],
})
class CoreModule {}

/** One feature per controller: nominations, council, decisions, tasks, rules, public, bulk… */
@Module({
  imports: [CoreModule, DatabaseModule, CasesModule, TypeOrmModule.forFeature([CouncilRecord, CampaignRecord])],
  controllers: [
    // History first: its /nominations/export must win over /nominations/:id.
    HealthController,
    AuthConfigController,
    HistoryController,
    NominationsController,
    CouncilController,
    SessionsController,
    DecisionsController,
    TasksController,
    PublicController,
    RulesController,
    CalendarController,
    RegistryController,
    BulkController,
    DocumentsController,
    DirectoryController,
    SlaController,
    MetricsController,
    DemoController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    NominationFiling,
    CaseSearch,
    BallotSealer,
    InboxService,
    SavedViews,
    CalendarProvider,
    SlaService,
    MetricsService,
    HistoryService,
  ],
})
export class AppModule {}
