import { Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { attachment, XLSX_TYPE } from '../http/attachment';
import { Answers, AnswersAs } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { ReportExportQueryDto, ReportQueryDto } from './reports.dto';
import { toReportCsv, toReportXlsx } from './reports.export';
import { ReportsService } from './reports.service';

/** Who reads the board's reports: the administrator and the TĐKT office (the council's standing body). */
export const REPORT_READERS = ['ADMIN', 'TDKT_OFFICE'] as const;

const share = { type: 'object', required: ['count', 'of', 'percent'] };
const list = { type: 'array', items: { type: 'object' } };
const BOARD_REPORT_SCHEMA = {
  type: 'object',
  required: ['asOf', 'filter', 'cases', 'awards', 'shares', 'timeliness', 'sla', 'refusals'],
  properties: {
    asOf: { type: 'string' },
    filter: { type: 'object' },
    cases: { type: 'object', required: ['filed', 'decided', 'open'] },
    awards: {
      type: 'object',
      required: ['total', 'individuals', 'collectives', 'byAward', 'byKind', 'byLevel', 'byUnit'],
      properties: { byAward: list, byKind: list, byLevel: list, byUnit: list },
    },
    shares: {
      type: 'object',
      required: ['directWorkers', 'women', 'smallCollectives', 'extraordinary'],
      properties: { directWorkers: share, women: share, smallCollectives: share, extraordinary: share },
    },
    timeliness: { type: 'object', required: ['overall', 'byLevel', 'byAward'] },
    sla: { type: 'object', required: ['breachedCases', 'breaches', 'byStage'] },
    refusals: { type: 'object', required: ['total', 'byReason'] },
  },
};

/** The board's reports per year, campaign, level and unit, as of any instant (docs/reports.md). */
@SignedIn('reports', 'reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('board')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary:
      'Báo cáo tổng hợp khen thưởng: theo danh hiệu, loại hình; tỷ lệ người trực tiếp lao động, nữ, tập thể nhỏ, đột xuất; thời gian giải quyết; quá hạn; lý do không khen thưởng',
  })
  @Answers(200, BOARD_REPORT_SCHEMA, 'Báo cáo tại thời điểm asOf')
  board(@Query() q: ReportQueryDto) {
    return this.reports.board(q);
  }

  @Get('board/export')
  @Roles(...REPORT_READERS)
  @ApiOperation({ summary: 'Xuất báo cáo tổng hợp (CSV hoặc XLSX, bố cục trong docs/reports.md)' })
  @AnswersAs(200, {
    'text/csv': { type: 'string', format: 'binary' },
    [XLSX_TYPE]: { type: 'string', format: 'binary' },
  })
  async export(@Query() q: ReportExportQueryDto) {
    const { format = 'csv', ...filters } = q;
    const report = await this.reports.board(filters);
    const name = `bao-cao-khen-thuong-${report.asOf.slice(0, 10)}.${format}`;
    return format === 'xlsx'
      ? attachment(await toReportXlsx(report), XLSX_TYPE, name)
      : attachment(toReportCsv(report), 'text/csv; charset=utf-8', name);
  }
}
