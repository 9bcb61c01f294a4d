import { Get, Headers, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { SignedIn } from '../http/signed-in';
import { fieldRefused } from '../problem/validation-messages';
import { DocumentsService } from './documents.service';

/** Dossier documents by content hash: upload, and download for those who may read a case that lists one. */
@SignedIn('documents', 'documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @HttpCode(201)
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE')
  @ApiConsumes('application/octet-stream', 'application/pdf')
  @ApiOperation({ summary: 'Tải lên nội dung tài liệu (tối đa 10 MB); trả về SHA-256 để đưa vào hồ sơ' })
  upload(
    @Req() req: Request & { body: unknown },
    @Headers('content-type') type: string | undefined,
    @CurrentActor() a: Actor,
  ) {
    return this.documents.upload(req.body, type, a);
  }

  @Get(':sha256')
  async download(@Param('sha256') sha256: string, @CurrentActor() a: Actor) {
    if (!/^[a-f0-9]{64}$/.test(sha256))
      throw fieldRefused('sha256', 'phải là mã SHA-256 (64 ký tự hex)', 'sha256 must be 64 hex characters');
    const doc = await this.documents.download(sha256, a);
    return new StreamableFile(doc.content, { type: doc.mediaType });
  }
}
