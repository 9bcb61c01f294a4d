import { Module } from '@nestjs/common';
import { DirectoryController } from './directory.controller';
import { DirectoryQuery } from './directory.query';

/** Who I am, and the organisation: councils, units, campaigns. */
@Module({ controllers: [DirectoryController], providers: [DirectoryQuery] })
export class DirectoryModule {}
