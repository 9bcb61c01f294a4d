import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

/** The initiative registry (sổ sáng kiến): filed, assessed, read by the prerequisites. */
@Module({ controllers: [InitiativesController], providers: [InitiativesService] })
export class InitiativesModule {}
