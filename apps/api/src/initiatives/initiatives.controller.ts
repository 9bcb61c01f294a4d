import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { Uuid4 } from '../cases/case-id';
import { Caller } from '../http/case-http';
import { Answers, Refuses } from '../http/openapi';
import { SignedIn } from '../http/signed-in';
import { AssessInitiativeDto, FileInitiativeDto, InitiativeQueryDto } from './initiatives.dto';
import { InitiativesService } from './initiatives.service';

const AUTHOR = {
  type: 'object',
  required: ['key', 'name'],
  properties: { key: { type: 'string' }, name: { type: 'string' }, userId: { type: 'string' } },
};
/** An initiative as the registry keeps it: its filing, its status and the council's assessment. */
const INITIATIVE = {
  type: 'object',
  required: ['initiativeId', 'title', 'unitId', 'year', 'authors', 'status', 'filedBy', 'filedOn', 'version'],
  properties: {
    initiativeId: { type: 'string', format: 'uuid' },
    title: { type: 'string' },
    summary: { type: 'string' },
    unitId: { type: 'string' },
    year: { type: 'integer' },
    authors: { type: 'array', items: AUTHOR },
    status: { type: 'string', enum: ['FILED', 'RECOGNISED', 'NOT_RECOGNISED'] },
    filedBy: { type: 'string' },
    filedOn: { type: 'string', format: 'date' },
    version: { type: 'integer' },
    assessment: {
      type: 'object',
      required: ['recognised', 'decidedOn', 'assessedBy'],
      properties: {
        recognised: { type: 'boolean' },
        scope: { type: 'string', enum: ['UNIT', 'PROVINCE', 'NATIONAL'] },
        decidedOn: { type: 'string', format: 'date' },
        reason: { type: 'string' },
        decisionNumber: { type: 'string' },
        assessedBy: { type: 'string' },
      },
    },
  },
};

/**
 * The initiative registry (sổ sáng kiến, docs/initiatives.md): a unit's officer or the TĐKT office files an
 * initiative, the office records the initiative council's assessment; everyone signed in reads it. No workflow.
 */
@SignedIn('initiatives', 'initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Post()
  @HttpCode(201)
  @Roles('UNIT_OFFICER', 'TDKT_OFFICE')
  @ApiOperation({ summary: 'Đăng ký sáng kiến (tên, tác giả, đơn vị, năm)' })
  @Answers(201, INITIATIVE, 'Sáng kiến đã đăng ký')
  @Refuses(422, [403, 'Cán bộ đơn vị đăng ký cho đơn vị khác — a unit officer filing for another unit'])
  file(@Body() dto: FileInitiativeDto, @Caller() caller: Caller) {
    return this.initiatives.file(dto, caller);
  }

  @Get()
  @ApiOperation({ summary: 'Tra cứu sổ sáng kiến theo đơn vị, tác giả, trạng thái hoặc tên' })
  @Answers(200, { type: 'object', required: ['items'], properties: { items: { type: 'array', items: INITIATIVE } } })
  list(@Query() q: InitiativeQueryDto) {
    return this.initiatives.list(q);
  }

  @Get(':initiativeId')
  @ApiOperation({ summary: 'Một sáng kiến' })
  @Answers(200, INITIATIVE, 'Sáng kiến')
  @Refuses(404)
  get(@Param('initiativeId', Uuid4) initiativeId: string) {
    return this.initiatives.get(initiativeId);
  }

  @Post(':initiativeId/assessment')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Ghi nhận kết luận của Hội đồng sáng kiến: công nhận (phạm vi, ngày) hoặc không (lý do)' })
  @Answers(200, INITIATIVE, 'Sáng kiến sau đánh giá')
  @Refuses(404, 409, 422, [403, 'Tác giả không tự đánh giá sáng kiến của mình — an author assessing their own'])
  assess(
    @Param('initiativeId', Uuid4) initiativeId: string,
    @Body() dto: AssessInitiativeDto,
    @Caller() caller: Caller,
  ) {
    return this.initiatives.assess(initiativeId, dto, caller);
  }
}
