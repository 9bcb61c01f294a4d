import { Module } from '@nestjs/common';
import { RegistryController } from './registry.controller';
import { RegistryService } from './registry.service';

/** The awards registry and the holds on nominees. */
@Module({ controllers: [RegistryController], providers: [RegistryService] })
export class RegistryModule {}
