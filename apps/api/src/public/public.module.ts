import { Module } from '@nestjs/common';
import { DisclosuresQuery } from './disclosures.query';
import { PublicObjections } from './objections.service';
import { PublicController } from './public.controller';

/** Without a token: the lists under public disclosure and the objection form. */
@Module({ controllers: [PublicController], providers: [DisclosuresQuery, PublicObjections] })
export class PublicModule {}
