import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignRecord, CouncilRecord } from '@khen/projections';
import { BulkFiling } from './bulk-filing.service';
import { BulkController } from './bulk.controller';

/** Bulk filing from a CSV or XLSX file, and its progress. */
@Module({
  imports: [TypeOrmModule.forFeature([CouncilRecord, CampaignRecord])],
  controllers: [BulkController],
  providers: [BulkFiling],
})
export class BulkModule {}
