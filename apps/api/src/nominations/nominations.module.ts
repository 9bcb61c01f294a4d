import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilRecord, NominationView } from '@khen/projections';
import { NominationGatewayCloser, nominationGatewayProvider } from './nomination-gateway.provider';
import { NominationsCommands } from './nominations.commands';
import { NominationsController } from './nominations.controller';
import { NominationsQueries } from './nominations.queries';

@Module({
  imports: [TypeOrmModule.forFeature([NominationView, CouncilRecord])],
  controllers: [NominationsController],
  providers: [nominationGatewayProvider, NominationGatewayCloser, NominationsCommands, NominationsQueries],
})
export class NominationsModule {}
