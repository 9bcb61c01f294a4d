import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignRecord, CouncilRecord } from '@khen/projections';
import { BulkFiling } from './bulk-filing.service';
import { BulkSubmission } from './bulk-submission.service';
import { BulkController } from './bulk.controller';

/** Bulk filing from a CSV or XLSX file, its progress, and the list submitted in one step. */
@Module({
  imports: [TypeOrmModule.forFeature([CouncilRecord, CampaignRecord])],
  controllers: [BulkController],
  providers: [BulkFiling, BulkSubmission],
})
export class BulkModule {}
