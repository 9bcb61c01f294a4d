import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_FORMAT } from '@khen/eventstore';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { type Actor, toCivilDate } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseId } from '../cases/case-id';
import { CaseReads } from '../cases/case-reads.service';
import { attachment, XLSX_TYPE } from '../http/attachment';
import { SignedIn } from '../http/signed-in';
import { CaseSearch, SearchQueryDto, type CaseRow } from '../nominations/nominations.search';
import { IsInstant } from '../problem/edge-validation';
import { toCsv, toXlsx } from './case-export.format';
import { HistoryService } from './history.service';

const AUDITORS = ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR'] as const;
const MAX_EXPORT_ROWS = 50_000;

class AsOfQueryDto {
  @ApiPropertyOptional({ description: 'Thời điểm (ISO)' }) @IsOptional() @IsDateString() @IsInstant() at?: string;
  @ApiPropertyOptional({ description: 'Hoặc phiên bản hồ sơ' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version?: number;
}

class ExportQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'] }) @IsOptional() @IsIn(['csv', 'xlsx']) format?: 'csv' | 'xlsx';
}

/** A signed export's form (libs/eventstore case-export.ts), as POST /integrity/exports takes it. */
const SIGNED_EXPORT_SCHEMA = {
  type: 'object',
  required: ['format', 'streamId', 'exportedAt', 'events', 'head', 'signature'],
  properties: {
    format: { type: 'string', enum: [EXPORT_FORMAT] },
    streamId: { type: 'string' },
    exportedAt: { type: 'string' },
    events: { type: 'array', items: { type: 'object' } },
    head: { type: 'string', nullable: true },
    signature: {
      type: 'object',
      required: ['algorithm', 'publicKey', 'value'],
      properties: {
        algorithm: { type: 'string', enum: ['Ed25519'] },
        publicKey: { type: 'string' },
        value: { type: 'string' },
      },
    },
  },
};

/** Who decided what, when, on what basis: the timeline, as-of, integrity, signed and tabular exports. */
@SignedIn('history')
export class HistoryController {
  constructor(
    private readonly history: HistoryService,
    private readonly reads: CaseReads,
    private readonly search: CaseSearch,
  ) {}

  @Get('nominations/export')
  @Roles(...AUDITORS)
  @ApiOperation({ summary: 'Xuất danh sách hồ sơ theo bộ lọc tìm kiếm (CSV hoặc XLSX)' })
  async exportList(@Query() q: ExportQueryDto, @CurrentActor() a: Actor) {
    const { format = 'csv', ...filters } = q;
    const rows: CaseRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.search.list({ ...filters, limit: 500, cursor }, a);
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows.length < MAX_EXPORT_ROWS);
    const name = `ho-so-${toCivilDate(new Date())}.${format}`;
    return format === 'xlsx'
      ? attachment(await toXlsx(rows), XLSX_TYPE, name)
      : attachment(toCsv(rows), 'text/csv; charset=utf-8', name);
  }

  @Get('nominations/:id/timeline')
  @Roles(...AUDITORS)
  @ApiOperation({
    summary: 'Dòng thời gian của hồ sơ: ai, khi nào, vì sao; thời gian từng giai đoạn; liên kết Temporal',
  })
  async timeline(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    return this.history.timeline((await this.reads.get(id, a)).state, a);
  }

  @Get('nominations/:id/as-of')
  @Roles(...AUDITORS)
  @ApiOperation({
    summary: 'Trạng thái hồ sơ tại một thời điểm (?at=ISO) hoặc một phiên bản (?version=N); không có cả hai: bây giờ',
  })
  async asOf(@Param('id', CaseId) id: string, @Query() q: AsOfQueryDto, @CurrentActor() a: Actor) {
    await this.reads.get(id, a);
    const at = q.at === undefined && q.version === undefined ? new Date().toISOString() : q.at;
    return this.history.asOf(id, a, at, q.version);
  }

  @Get('nominations/:id/integrity')
  @Roles(...AUDITORS)
  @ApiOperation({ summary: 'Kiểm tra chuỗi băm của hồ sơ (phát hiện sửa đổi dữ liệu)' })
  async integrity(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    await this.reads.get(id, a);
    return this.history.integrity(id);
  }

  @Get('nominations/:id/signed-export')
  @Roles('ADMIN', 'TDKT_OFFICE')
  @ApiOperation({
    summary: 'Bản xuất có chữ ký (JSON kèm chuỗi băm) để kiểm tra độc lập: npm run khen -- verify-export',
  })
  async signedExport(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    const view = await this.reads.get(id, a);
    const signed = JSON.stringify(await this.history.exportSigned(view.state, a), null, 2);
    return attachment(signed, 'application/json; charset=utf-8', `ho-so-${id}.khen.json`);
  }

  @Get('integrity')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Kiểm tra chuỗi băm toàn bộ kho sự kiện' })
  integrityAll() {
    return this.history.integrity();
  }

  @Post('integrity/exports')
  @HttpCode(200)
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Kiểm tra một bản xuất có chữ ký' })
  @ApiBody({ description: 'Bản xuất có chữ ký (GET /nominations/{id}/signed-export)', schema: SIGNED_EXPORT_SCHEMA })
  checkExport(@Body() body: unknown) {
    return this.history.check(body);
  }
}
