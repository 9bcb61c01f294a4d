import { Module } from '@nestjs/common';
import { DirectoryAdminController } from './directory-admin.controller';
import { DirectoryAdmin } from './directory-admin.service';
import { DirectoryController } from './directory.controller';
import { DirectoryQuery } from './directory.query';

/** Who I am, and the organisation: councils, units, campaigns, clusters; administered and audited. */
@Module({ controllers: [DirectoryController, DirectoryAdminController], providers: [DirectoryQuery, DirectoryAdmin] })
export class DirectoryModule {}
