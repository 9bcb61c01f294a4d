import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NominationView } from '@khen/projections';
import { CaseCommands } from './case-commands.service';
import { CaseFacts } from './case-facts';
import { CaseReads } from './case-reads.service';
import { NominationGatewayCloser, nominationGatewayProvider, NOMINATION_GATEWAY } from './nomination-gateway.provider';

/** The door to cases every feature uses: commands through the one pipeline, reads from the projection. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NominationView])],
  providers: [nominationGatewayProvider, NominationGatewayCloser, CaseCommands, CaseFacts, CaseReads],
  exports: [CaseCommands, CaseReads, NOMINATION_GATEWAY],
})
export class CasesModule {}
