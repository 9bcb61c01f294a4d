import { Body, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { Uuid4 } from '../cases/case-id';
import { Caller, Located } from '../http/case-http';
import { Answers, FileBody, Refuses, UUID4_SCHEMA } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { SubmitDossierDto } from '../nominations/dto/commands.dto';
import { BulkFiling, XLSX } from './bulk-filing.service';
import { BulkSubmission } from './bulk-submission.service';

const BULK_ACCEPTED_SCHEMA = {
  type: 'object',
  required: ['bulkId'],
  properties: { bulkId: UUID4_SCHEMA },
};

const BULK_SUBMITTED_SCHEMA = {
  type: 'object',
  required: ['bulkId', 'total', 'submitted', 'skipped', 'refused', 'rows'],
  properties: {
    bulkId: UUID4_SCHEMA,
    total: { type: 'integer' },
    submitted: { type: 'integer' },
    skipped: { type: 'integer' },
    refused: { type: 'integer' },
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['row', 'nominationId', 'status'],
        properties: {
          row: { type: 'integer' },
          nominationId: UUID4_SCHEMA,
          name: { type: 'string' },
          status: { type: 'string', enum: ['SUBMITTED', 'SKIPPED', 'REFUSED'] },
          code: { type: 'string' },
          detail: { type: 'string' },
          detailEn: { type: 'string' },
        },
      },
    },
  },
};

/** Bulk filing: a CSV or XLSX of nominees → one workflow each, progress as it runs. */
@SignedIn('bulk', 'bulk-filings')
export class BulkController {
  constructor(
    private readonly bulk: BulkFiling,
    private readonly submission: BulkSubmission,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('UNIT_OFFICER')
  @ApiConsumes('text/csv', XLSX)
  @ApiBody({
    required: true,
    description: 'Tệp CSV (UTF-8) hoặc XLSX, dòng đầu là tên cột (docs/bulk-filing.md)',
    schema: { type: 'string', format: 'binary', minLength: 1 },
  })
  @ApiQuery({ name: 'campaignId', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiQuery({ name: 'councilId', required: true, schema: { type: 'string', minLength: 1 } })
  @ApiHeader({ name: 'X-File-Name', required: false, description: 'Tên tệp (cho báo cáo lỗi)' })
  @Answers(202, BULK_ACCEPTED_SCHEMA, 'Đã nhận; tiến độ ở Location')
  @Refuses(
    [400, 'Tệp rỗng hoặc không đọc được — an empty or unreadable file'],
    [403, 'Tài khoản không gắn với đơn vị — the account belongs to no unit'],
    [413, 'Quá nhiều dòng, hoặc tệp vượt giới hạn — too many rows, or too large'],
    [422, 'Đợt thi đua, Hội đồng hoặc cột không đúng — unknown campaign or council, or wrong columns'],
  )
  @FileBody()
  @ApiOperation({
    summary: 'Tải lên danh sách đề nghị (CSV hoặc XLSX): mỗi dòng một hồ sơ; lỗi từng dòng bằng tiếng Việt',
  })
  @Located('/api/bulk-filings/', 'bulkId')
  upload(
    @Req() req: Request & { body: unknown },
    @Query('campaignId') campaignId: string,
    @Query('councilId') councilId: string,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-file-name') fileName: string | undefined,
    @Caller() c: Caller,
  ) {
    return this.bulk.upload({ body: req.body, campaignId, councilId, contentType, fileName }, c);
  }

  @Get(':bulkId')
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Tiến độ và kết quả từng dòng của một lần tải lên' })
  @Answers(200, { type: 'object', required: ['bulkId'], properties: { bulkId: UUID4_SCHEMA } }, 'Tiến độ')
  progress(@Param('bulkId', Uuid4) bulkId: string, @CurrentActor() a: Actor) {
    return this.bulk.progress(bulkId, a);
  }

  @Post(':bulkId/submission')
  @HttpCode(200)
  @Roles('UNIT_OFFICER')
  @ApiOperation({
    summary: 'Nộp cả danh sách đã lập với bộ tài liệu chung (tờ trình, danh sách): từng hồ sơ như một lần nộp',
  })
  @Answers(200, BULK_SUBMITTED_SCHEMA, 'Kết quả từng hồ sơ: đã nộp, bỏ qua (không còn là dự thảo), bị từ chối')
  @Refuses(404, [409, 'Danh sách đang được lập thành hồ sơ — the list is still being filed'], 503)
  submit(@Param('bulkId', Uuid4) bulkId: string, @Body() dto: SubmitDossierDto, @Caller() c: Caller) {
    return this.submission.submit(bulkId, dto.documents, c);
  }
}
