import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { toCivilDate, type Actor } from '@khen/domain';
import { CampaignRecord, CouncilRecord, RuleStore } from '@khen/projections';
import { NominationGateway } from '@khen/temporal';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { correlation } from '../cases/http';
import { NOMINATION_GATEWAY } from '../cases/nomination-gateway.provider';
import { findNul, nulRefused } from '../problem/edge-validation';
import { ProblemException } from '../problem/problem.exception';
import { parseCsv, readXlsx, type Table } from './bulk-file';
import { mapColumns, rowsToDrafts } from './bulk-rows';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_ROWS = 2000;

/** A v4-shaped UUID from a hash: the same file gives the same ids, so uploading it twice files nothing twice. */
export function uuidFromHash(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Bulk filing: a CSV or XLSX of nominees → one workflow each, progress as it runs. */
@ApiTags('bulk')
@ApiBearerAuth()
@Controller('bulk-filings')
export class BulkController {
  private readonly rules: RuleStore;

  constructor(
    private readonly db: DataSource,
    @Inject(NOMINATION_GATEWAY) private readonly gateway: NominationGateway,
    @InjectRepository(CouncilRecord) private readonly councils: Repository<CouncilRecord>,
    @InjectRepository(CampaignRecord) private readonly campaigns: Repository<CampaignRecord>,
  ) {
    this.rules = new RuleStore(db.manager);
  }

  @Post()
  @HttpCode(202)
  @Roles('UNIT_OFFICER')
  @ApiConsumes('text/csv', XLSX)
  @ApiOperation({
    summary: 'Tải lên danh sách đề nghị (CSV hoặc XLSX): mỗi dòng một hồ sơ; lỗi từng dòng bằng tiếng Việt',
  })
  async upload(
    @Req() req: Request & { body: unknown },
    @Query('campaignId') campaignId: string,
    @Query('councilId') councilId: string,
    @Headers('content-type') type: string | undefined,
    @Headers('x-file-name') fileName: string | undefined,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const body = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new ProblemException(
        400,
        'EMPTY_FILE',
        'Tệp tải lên rỗng hoặc sai định dạng (CSV hoặc XLSX).',
        'The upload is empty or not CSV/XLSX.',
        { field: 'body' },
      );
    if (!a.unitId)
      throw new ProblemException(
        403,
        'NO_UNIT',
        'Tài khoản không gắn với đơn vị nào.',
        'The account belongs to no unit.',
      );
    const campaign = await this.campaigns.findOneBy({ campaignId: campaignId ?? '' });
    if (!campaign)
      throw new ProblemException(
        422,
        'UNKNOWN_CAMPAIGN',
        `Không có đợt thi đua "${campaignId ?? ''}".`,
        `No campaign "${campaignId ?? ''}".`,
        { field: 'campaignId' },
      );
    const council = await this.councils.findOneBy({ councilId: councilId ?? '' });
    if (!council)
      throw new ProblemException(
        422,
        'UNKNOWN_COUNCIL',
        `Không có Hội đồng "${councilId ?? ''}".`,
        `No council "${councilId ?? ''}".`,
        { field: 'councilId' },
      );
    const table = await this.read(body, type);
    // Cells become nominees' names in events: PostgreSQL could never store a NUL, and the case would hang.
    const nul = findNul({ header: table.header, rows: table.rows });
    if (nul) throw nulRefused(nul);
    if (table.rows.length > MAX_ROWS)
      throw new ProblemException(
        413,
        'TOO_MANY_ROWS',
        `Tệp có ${table.rows.length} dòng; tối đa ${MAX_ROWS} dòng mỗi lần.`,
        `${table.rows.length} rows; at most ${MAX_ROWS}.`,
        { field: 'body' },
      );
    const columns = mapColumns(table.header);
    if (Array.isArray(columns))
      throw new ProblemException(
        422,
        'BAD_HEADER',
        columns.map((c) => c.messageVi).join(' '),
        columns.map((c) => c.messageEn).join(' '),
        { field: 'header' },
      );
    const now = new Date().toISOString();
    const ruleSet = await this.rules.inForce(toCivilDate(new Date(now)));
    if (!ruleSet)
      throw new ProblemException(
        422,
        'NO_RULES_IN_FORCE',
        'Không có bộ quy tắc nào đang có hiệu lực.',
        'No rule set in force.',
      );
    const fileHash = createHash('sha256').update(body).digest('hex');
    const bulkId = uuidFromHash('bulk', a.unitId, campaign.campaignId, council.councilId, fileHash);
    const { drafts, rejected } = rowsToDrafts(table, columns, {
      unitId: a.unitId,
      campaignId: campaign.campaignId,
      campaignYear: campaign.year,
      ruleSet,
      now,
      council: { councilId: council.councilId, level: council.level, authorityId: council.authorityId },
      nominationIdFor: (row) => uuidFromHash(bulkId, String(row)),
    });
    const { started } = await this.gateway.startBulk({
      bulkId,
      unitId: a.unitId,
      campaignId: campaign.campaignId,
      fileName: (fileName ?? 'danh-sach').slice(0, 200),
      actor: a,
      rows: drafts,
      rejected,
      total: table.rows.length,
      correlationId: correlation(res),
    });
    res.location(`/api/bulk-filings/${bulkId}`);
    return { bulkId, started, total: table.rows.length, valid: drafts.length, rejected: rejected.length };
  }

  @Get(':bulkId')
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Tiến độ và kết quả từng dòng của một lần tải lên' })
  async progress(@Param('bulkId', new ParseUUIDPipe({ version: '4' })) bulkId: string, @CurrentActor() a: Actor) {
    const [row] = (await this.db.query(
      `SELECT bulk_id AS "bulkId", unit_id AS "unitId", campaign_id AS "campaignId", file_name AS "fileName", total, processed, filed, failed, status,
              rows, created_at AS "createdAt", updated_at AS "updatedAt" FROM bulk_filings WHERE bulk_id = $1`,
      [bulkId],
    )) as { unitId: string; rows: { row: number }[] }[];
    if (!row || (a.role === 'UNIT_OFFICER' && row.unitId !== a.unitId)) {
      throw new ProblemException(
        404,
        'BULK_NOT_FOUND',
        'Chưa có tiến độ cho lần tải lên này (có thể đang bắt đầu).',
        'No progress for this upload yet (it may be starting).',
        { field: 'bulkId' },
      );
    }
    return { ...row, rows: [...row.rows].sort((x, y) => x.row - y.row) };
  }

  private async read(body: Buffer, type: string | undefined): Promise<Table> {
    const isZip = body[0] === 0x50 && body[1] === 0x4b;
    try {
      return isZip || type?.startsWith(XLSX) ? await readXlsx(body) : parseCsv(body.toString('utf8'));
    } catch {
      throw new ProblemException(
        400,
        'UNREADABLE_FILE',
        'Không đọc được tệp (cần CSV UTF-8 hoặc XLSX).',
        'Could not read the file (CSV in UTF-8 or XLSX expected).',
        { field: 'body' },
      );
    }
  }
}
