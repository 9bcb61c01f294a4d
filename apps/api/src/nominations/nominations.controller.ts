import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@khen/domain';
import type { CommandAccepted } from '@khen/workflows/nomination.contract';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { AppraiseDto, DecisionDto, RequestSupplementDto, SubmitDossierDto, VoteDto, WithdrawDto } from './dto/commands.dto';
import { CreateNominationDto } from './dto/create-nomination.dto';
import { NominationsCommands } from './nominations.commands';
import { NominationsQueries } from './nominations.queries';

const uuid = new ParseUUIDPipe({ version: '4' });
const correlation = (res: Response) => String(res.getHeader('x-correlation-id'));

/** Thin controller: every command is one Workflow Update, every read one projection query. */
@ApiTags('nominations')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'Phiên bản hồ sơ (ETag) mong đợi; 412 nếu đã thay đổi' })
@Controller('nominations')
export class NominationsController {
  constructor(private readonly commands: NominationsCommands, private readonly queries: NominationsQueries) {}

  @Post()
  @Roles('UNIT_OFFICER')
  @ApiOperation({ summary: 'Lập hồ sơ đề nghị (khởi tạo quy trình)' })
  async create(@Body() dto: CreateNominationDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    const created = await this.commands.create(dto, actor, correlation(res));
    res.status('version' in created ? 201 : 202).location(`/api/nominations/${created.nominationId}`);
    if ('version' in created) res.setHeader('ETag', `"${created.version}"`);
    return created;
  }

  @Get(':id')
  @ApiOperation({ summary: 'Xem hồ sơ (bản đọc)' })
  async get(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.get(id);
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Get(':id/events')
  @Roles('ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR')
  @ApiOperation({ summary: 'Các sự kiện của hồ sơ theo thứ tự (không lộ lựa chọn trong phiếu kín)' })
  events(@Param('id', uuid) id: string) {
    return this.queries.events(id);
  }

  @Post(':id/submit') @HttpCode(200) @Roles('UNIT_OFFICER')
  submit(@Param('id', uuid) id: string, @Body() dto: SubmitDossierDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'SubmitDossier', { type: 'SubmitDossier', documents: dto.documents }, a, correlation(res), ifMatch));
  }

  @Post(':id/supplement-requests') @HttpCode(200) @Roles('TDKT_OFFICE')
  requestSupplement(@Param('id', uuid) id: string, @Body() dto: RequestSupplementDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'RequestSupplement', { type: 'RequestSupplement', missing: dto.missing, note: dto.note }, a, correlation(res), ifMatch));
  }

  @Post(':id/supplements') @HttpCode(200) @Roles('UNIT_OFFICER')
  supplement(@Param('id', uuid) id: string, @Body() dto: SubmitDossierDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'SupplementDossier', { type: 'SupplementDossier', documents: dto.documents }, a, correlation(res), ifMatch));
  }

  @Post(':id/appraisal') @HttpCode(200) @Roles('TDKT_OFFICE')
  appraise(@Param('id', uuid) id: string, @Body() dto: AppraiseDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'AppraiseDossier', { type: 'AppraiseDossier', opinion: dto.opinion }, a, correlation(res), ifMatch));
  }

  @Post(':id/votes') @HttpCode(200) @Roles('COUNCIL_MEMBER')
  vote(@Param('id', uuid) id: string, @Body() dto: VoteDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response) {
    return this.run(res, this.commands.execute(id, 'CastVote', { type: 'CastVote', choice: dto.choice }, a, correlation(res)));
  }

  @Post(':id/ballot/close') @HttpCode(200) @Roles('TDKT_OFFICE')
  closeBallot(@Param('id', uuid) id: string, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'CloseBallot', { type: 'CloseBallot' }, a, correlation(res), ifMatch));
  }

  @Post(':id/decision') @HttpCode(200) @Roles('AUTHORITY')
  decide(@Param('id', uuid) id: string, @Body() dto: DecisionDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    const done = dto.outcome === 'AWARD'
      ? this.commands.execute(id, 'IssueDecision', { type: 'IssueDecision', decisionNumber: dto.decisionNumber!, decisionDate: dto.decisionDate! }, a, correlation(res), ifMatch)
      : this.commands.execute(id, 'RejectNomination', { type: 'RejectNomination', reasonCode: dto.reasonCode!, reason: dto.reason! }, a, correlation(res), ifMatch);
    return this.run(res, done);
  }

  @Post(':id/withdrawal') @HttpCode(200) @Roles('UNIT_OFFICER')
  withdraw(@Param('id', uuid) id: string, @Body() dto: WithdrawDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response, @Headers('if-match') ifMatch?: string) {
    return this.run(res, this.commands.execute(id, 'WithdrawNomination', { type: 'WithdrawNomination', reason: dto.reason }, a, correlation(res), ifMatch));
  }

  private async run(res: Response, accepted: Promise<CommandAccepted>): Promise<CommandAccepted> {
    const result = await accepted;
    res.setHeader('ETag', `"${result.version}"`);
    return result;
  }
}
