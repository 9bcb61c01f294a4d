import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { AwardsQuery } from './awards.query';
import { DisclosuresQuery } from './disclosures.query';
import { PublicObjections } from './objections.service';
import { PublicController } from './public.controller';

/** Without a token: the lists under public disclosure and the objection form. */
@Module({
  imports: [DocumentsModule],
  controllers: [PublicController],
  providers: [AwardsQuery, DisclosuresQuery, PublicObjections],
})
export class PublicModule {}
