import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DatabaseModule } from '@khen/projections';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { API_CONFIG, loadApiConfig } from './config/api.config';
import { HealthController } from './health/health.controller';
import { NominationsModule } from './nominations/nominations.module';
import { ProblemFilter } from './problem/problem.filter';

@Global()
@Module({
  providers: [{ provide: API_CONFIG, useFactory: loadApiConfig }, TokenService],
  exports: [API_CONFIG, TokenService],
})
class CoreModule {}

@Module({
  imports: [CoreModule, DatabaseModule, NominationsModule],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
  ],
})
export class AppModule {}
