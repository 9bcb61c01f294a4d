import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseReads } from '../cases/case-reads.service';
import { accepted, correlation } from '../cases/http';
import { RequestSupplementDto, SubmitDossierDto, SupplementDto, WithdrawDto } from './dto/commands.dto';
import { CreateNominationDto, EditDraftDto } from './dto/create-nomination.dto';
import { defaultNomineeKey, NominationFiling } from './nominations.create';
import { CaseSearch, SearchQueryDto } from './nominations.search';

export const uuid = new ParseUUIDPipe({ version: '4' });

/** The unit's side of a case (stage UNIT_PROPOSAL) and its reads. Thin: one Update or one query each. */
@ApiTags('nominations')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'Phiên bản hồ sơ (ETag) mong đợi; 412 nếu đã thay đổi' })
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly filing: NominationFiling,
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
    private readonly search: CaseSearch,
  ) {}

  @Post()
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Lập hồ sơ đề nghị (khởi tạo quy trình)' })
  async create(
    @Body() dto: CreateNominationDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const created = await this.filing.create(dto, actor, correlation(res));
    res.status('version' in created ? 201 : 202).location(`/api/nominations/${created.nominationId}`);
    if ('version' in created) res.setHeader('ETag', `"${created.version}"`);
    return created;
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách hồ sơ trong phạm vi của người dùng' })
  list(@Query() q: SearchQueryDto, @CurrentActor() actor: Actor) {
    return this.search.list(q, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Xem hồ sơ (bản đọc)' })
  async get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    const view = await this.reads.get(id, actor);
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/events')
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Các sự kiện của hồ sơ theo thứ tự (phiếu kín: chỉ ghi ai đã bỏ phiếu)' })
  async events(@Param('id', uuid) id: string, @CurrentActor() actor: Actor) {
    await this.reads.get(id, actor);
    return this.reads.events(id);
  }

  @Post(':id/draft')
  @HttpCode(200)
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Sửa hồ sơ nháp' })
  edit(
    @Param('id', uuid) id: string,
    @Body() dto: EditDraftDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    const changes = {
      ...dto,
      ...(dto.nominee
        ? {
            nominee: {
              ...dto.nominee,
              key: dto.nominee.key ?? defaultNomineeKey(a.unitId ?? '', dto.nominee.name),
              unitId: a.unitId ?? '',
            },
          }
        : {}),
    };
    return accepted(
      res,
      this.commands.execute(
        id,
        'EditDraft',
        { type: 'EditDraft', changes: changes as never },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Nộp hồ sơ (tiếp nhận đủ: khóa bộ quy tắc đang hiệu lực)' })
  submit(
    @Param('id', uuid) id: string,
    @Body() dto: SubmitDossierDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'SubmitDossier',
        { type: 'SubmitDossier', documents: dto.documents },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }

  @Post(':id/supplement-requests')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Yêu cầu đơn vị bổ sung hồ sơ (dừng tính thời hạn)' })
  requestSupplement(
    @Param('id', uuid) id: string,
    @Body() dto: RequestSupplementDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'RequestSupplement',
        { type: 'RequestSupplement', missing: dto.missing, note: dto.note },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }

  @Post(':id/supplements')
  @HttpCode(200)
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Bổ sung hồ sơ theo yêu cầu' })
  supplement(
    @Param('id', uuid) id: string,
    @Body() dto: SupplementDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'SupplementDossier',
        { type: 'SupplementDossier', documents: dto.documents, achievements: dto.achievements },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Rút hồ sơ' })
  withdraw(
    @Param('id', uuid) id: string,
    @Body() dto: WithdrawDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'WithdrawNomination',
        { type: 'WithdrawNomination', reason: dto.reason },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }
}
