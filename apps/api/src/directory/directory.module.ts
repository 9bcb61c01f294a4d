import { Module } from '@nestjs/common';
import { DirectoryAdminController } from './directory-admin.controller';
import { DirectoryAdmin } from './directory-admin.service';
import { DirectoryFileImport } from './directory-file-import';
import { DirectoryImportController } from './directory-import.controller';
import { DirectoryController } from './directory.controller';
import { DirectoryQuery } from './directory.query';

/** Who I am, and the organisation: councils, units, campaigns, clusters; administered and audited. */
@Module({
  controllers: [DirectoryController, DirectoryImportController, DirectoryAdminController],
  providers: [DirectoryQuery, DirectoryAdmin, DirectoryFileImport],
})
export class DirectoryModule {}
