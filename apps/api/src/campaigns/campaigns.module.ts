import { Module } from '@nestjs/common';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';

/** Campaigns' registration (đăng ký thi đua, docs/campaigns.md); the lifecycle runs in the campaign workflow. */
@Module({ controllers: [RegistrationsController], providers: [RegistrationsService] })
export class CampaignsModule {}
