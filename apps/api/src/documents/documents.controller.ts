import { Body, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import type { Request } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Public, Roles } from '../auth/roles.decorator';
import { CaseId } from '../cases/case-id';
import { SignedIn } from '../http/signed-in';
import { fieldRefused } from '../problem/validation-messages';
import { FileDoc, LINK_SCHEMA, UploadDoc } from './documents.openapi';
import { DocumentsService } from './documents.service';
import { fileAnswer } from './file-response';

const hash = (sha256: string) => {
  if (!/^[a-f0-9]{64}$/.test(sha256))
    throw fieldRefused('sha256', 'phải là mã SHA-256 (64 ký tự hex)', 'sha256 must be 64 hex characters');
  return sha256;
};

export class LinkDto {
  @ApiPropertyOptional({ description: 'Hồ sơ đang xem (quyền xem theo hồ sơ)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  nominationId?: string;
}

/** A signed link's query; what is wrong with one is said by the link check (403), not field by field. */
class LinkQuery {
  @ApiProperty({ description: 'Người được cấp liên kết' })
  @IsOptional()
  @IsString()
  r?: string;

  @ApiPropertyOptional({ description: 'Hồ sơ' })
  @IsOptional()
  @IsString()
  c?: string;

  @ApiProperty({ description: 'Hết hạn (giây Unix)' })
  @IsOptional()
  @IsString()
  e?: string;

  @ApiProperty({ description: 'Chữ ký HMAC' })
  @IsOptional()
  @IsString()
  s?: string;
}

/** Dossier files by content hash: upload, signed links for the pages, and reads for those who may read them. */
@SignedIn('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('documents')
  @HttpCode(201)
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'AUTHORITY')
  @UploadDoc()
  @ApiOperation({
    summary:
      'Tải lên một tệp hồ sơ (multipart/form-data, trường «file»): PDF, DOCX, XLSX, JPG, PNG; trả về SHA-256 để đưa vào hồ sơ',
  })
  upload(@Req() req: Request, @CurrentActor() a: Actor) {
    return this.documents.upload(req, a);
  }

  @Get('documents/:sha256')
  @FileDoc([400, 'Mã SHA-256 sai dạng'], [401, 'Chưa đăng nhập'], [404, 'Không có, hoặc không được xem'])
  @ApiOperation({ summary: 'Nội dung tệp (cho người tải lên và người được xem hồ sơ có tệp này)' })
  async download(@Param('sha256') sha256: string, @CurrentActor() a: Actor) {
    return fileAnswer(await this.documents.open(hash(sha256), a));
  }

  @Post('documents/:sha256/links')
  @HttpCode(201)
  @ApiResponse({
    status: 201,
    description: 'Liên kết 5 phút',
    content: { 'application/json': { schema: LINK_SCHEMA } },
  })
  @ApiOperation({
    summary: 'Liên kết có chữ ký, 5 phút, để mở tệp trong tab mới hoặc khung xem (không cần mã truy cập)',
  })
  @ApiBody({ type: LinkDto, required: false })
  link(@Param('sha256') sha256: string, @Body() dto: LinkDto, @CurrentActor() a: Actor) {
    return this.documents.link(hash(sha256), a, dto.nominationId);
  }

  @Public()
  @Get('files/:sha256')
  @FileDoc([400, 'Mã SHA-256 sai dạng'], [403, 'Liên kết hết hạn hoặc không hợp lệ'], [404, 'Không có tệp'])
  @ApiOperation({ summary: 'Mở tệp bằng liên kết có chữ ký (không cần mã truy cập)' })
  async openLink(@Param('sha256') sha256: string, @Query() q: LinkQuery) {
    return fileAnswer(await this.documents.openLink(hash(sha256), { ...q }));
  }

  @Public()
  @Get('public/awards/:id/decision')
  @FileDoc([404, 'Không có quyết định đã ký công khai cho hồ sơ này'])
  @ApiOperation({ summary: 'Quyết định khen thưởng đã ký (PDF) của một hồ sơ được khen thưởng (công khai)' })
  async publicDecision(@Param('id', CaseId) id: string) {
    return fileAnswer(await this.documents.publicDecision(id));
  }
}
