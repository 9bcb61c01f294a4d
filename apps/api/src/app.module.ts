import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DatabaseModule } from '@khen/projections';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { BulkModule } from './bulk/bulk.module';
import { CasesModule } from './cases/cases.module';
import { API_CONFIG, loadApiConfig } from './config/api.config';
import { CouncilModule } from './council/council.module';
import { DecisionsModule } from './decisions/decisions.module';
import { DemoModule } from './demo/demo.module';
import { DirectoryModule } from './directory/directory.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { ClusterScoringModule } from './cluster-scoring/cluster-scoring.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { MetricsModule } from './metrics/metrics.module';
import { NominationsModule } from './nominations/nominations.module';
import { PaperworkModule } from './paperwork/paperwork.module';
import { ProblemFilter } from './problem/problem.filter';
import { RefusalLog } from './problem/refusal-log';
import { PublicModule } from './public/public.module';
import { RegistryModule } from './registry/registry.module';
import { ReportsModule } from './reports/reports.module';
import { RulesModule } from './rules/rules.module';
import { SlaModule } from './sla/sla.module';
import { TasksModule } from './tasks/tasks.module';

/** What every feature uses: the configuration, the token service, the refusal log. */
@Global()
@Module({
  providers: [{ provide: API_CONFIG, useFactory: () => loadApiConfig() }, TokenService, RefusalLog],
  exports: [API_CONFIG, TokenService, RefusalLog],
})
class CoreModule {}

/**
 * The API: one module per feature folder. Routes register in the order of these imports: History
 * before Nominations, so that GET /nominations/export wins over GET /nominations/:id.
 */
@Module({
  imports: [
    CoreModule,
    DatabaseModule,
    CasesModule,
    HealthModule,
    AuthModule,
    HistoryModule,
    NominationsModule,
    CouncilModule,
    DecisionsModule,
    TasksModule,
    PublicModule,
    RulesModule,
    RegistryModule,
    InitiativesModule,
    ClusterScoringModule,
    CampaignsModule,
    BulkModule,
    DocumentsModule,
    PaperworkModule,
    DirectoryModule,
    SlaModule,
    ReportsModule,
    MetricsModule,
    DemoModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class AppModule {}
