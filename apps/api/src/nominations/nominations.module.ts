import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignRecord, CouncilRecord } from '@khen/projections';
import { NominationFiling } from './nominations.create';
import { NominationsController } from './nominations.controller';
import { CaseSearch } from './nominations.search';

/** The unit's side of a case (filing, the draft, the dossier), the case reads and the search. */
@Module({
  imports: [TypeOrmModule.forFeature([CouncilRecord, CampaignRecord])],
  controllers: [NominationsController],
  providers: [NominationFiling, CaseSearch],
  exports: [CaseSearch, NominationFiling],
})
export class NominationsModule {}
