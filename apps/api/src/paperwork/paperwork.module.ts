import { Module } from '@nestjs/common';
import { CertificateVerification } from './certificate-verification';
import { PaperworkController } from './paperwork.controller';
import { PaperworkService } from './paperwork.service';
import { PaperworkSources } from './paperwork.sources';
import { TemplateStore } from './template-store';
import { TemplatesController } from './templates.controller';

/** The paperwork: drafts from versioned templates, certificates in bulk, their public verification. */
@Module({
  controllers: [PaperworkController, TemplatesController],
  providers: [PaperworkService, PaperworkSources, TemplateStore, CertificateVerification],
  exports: [PaperworkService],
})
export class PaperworkModule {}
