import { Get, Header, HttpCode, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../auth/roles.decorator';
import { Caller } from '../http/case-http';
import { Answers, AnswersAs, FileBody, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { DirectoryFileImport } from './directory-file-import';
import { IMPORT_SHEETS } from './directory-sheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An org chart from a spreadsheet (CSV or XLSX) through the JSON import, and the template to fill in. */
@SignedIn('directory', 'directory/imports')
export class DirectoryImportController {
  constructor(private readonly files: DirectoryFileImport) {}

  @Post('file')
  @HttpCode(200)
  @Roles('ADMIN')
  @ApiConsumes('text/csv', XLSX)
  @ApiBody({
    required: true,
    description: 'Tệp XLSX theo mẫu (các trang "Đơn vị", "Hội đồng", "Đợt thi đua") hoặc CSV của một trang',
    schema: { type: 'string', format: 'binary', minLength: 1 },
  })
  @ApiQuery({
    name: 'reason',
    required: true,
    schema: { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' },
  })
  @ApiQuery({ name: 'sheet', required: false, schema: { type: 'string', enum: IMPORT_SHEETS } })
  @Answers(200, { type: 'object', required: ['recorded', 'rows'] }, 'Kết quả từng dòng (số dòng, cột, lý do)')
  @Refuses(413, 422)
  @FileBody()
  @ApiOperation({
    summary: 'Nhập sơ đồ tổ chức từ tệp CSV hoặc XLSX: chỉ ghi phần khác, lỗi từng dòng (dòng, cột, lý do)',
  })
  importFile(
    @Req() req: Request & { body: unknown },
    @Query('reason') reason: string | undefined,
    @Query('sheet') sheet: string | undefined,
    @Caller() c: Caller,
  ) {
    return this.files.import(req.body, { reason, sheet }, c);
  }

  @Get('template')
  @Roles('ADMIN')
  @AnswersAs(200, { [XLSX]: { type: 'string', format: 'binary' } }, 'Tệp mẫu XLSX')
  @Header('Content-Type', XLSX)
  @ApiOperation({ summary: 'Tải tệp mẫu nhập sơ đồ tổ chức (XLSX)' })
  async template() {
    return new StreamableFile(await this.files.template(), {
      type: XLSX,
      disposition: 'attachment; filename="mau-nhap-so-do-to-chuc.xlsx"',
    });
  }
}
