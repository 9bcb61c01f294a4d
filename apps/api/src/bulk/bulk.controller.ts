import { Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { Uuid4 } from '../cases/case-id';
import { Caller, Located } from '../http/case-http';
import { SignedIn } from '../http/signed-in';
import { BulkFiling, XLSX } from './bulk-filing.service';

/** Bulk filing: a CSV or XLSX of nominees → one workflow each, progress as it runs. */
@SignedIn('bulk', 'bulk-filings')
export class BulkController {
  constructor(private readonly bulk: BulkFiling) {}

  @Post()
  @HttpCode(202)
  @Roles('UNIT_OFFICER')
  @ApiConsumes('text/csv', XLSX)
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
  progress(@Param('bulkId', Uuid4) bulkId: string, @CurrentActor() a: Actor) {
    return this.bulk.progress(bulkId, a);
  }
}
