import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor, NominationCommand } from '@khen/domain';
import type { HumanCommandType } from '@khen/workflows/nomination.contract';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { accepted, correlation } from '../cases/http';
import { DecisionDto, ExtendSlaDto, HigherDecisionDto, ResolveObjectionDto } from '../nominations/dto/commands.dto';
import { uuid } from '../nominations/nominations.controller';

/** The command a decision form stands for: sign, reject with a reason code, or forward upward. */
export function decisionCommand(dto: DecisionDto): [HumanCommandType, NominationCommand] {
  switch (dto.outcome) {
    case 'AWARD':
      return [
        'IssueDecision',
        { type: 'IssueDecision', decisionNumber: dto.decisionNumber!, decisionDate: dto.decisionDate! },
      ];
    case 'REJECT':
      return ['RejectNomination', { type: 'RejectNomination', reasonCode: dto.reasonCode!, reason: dto.reason! }];
    case 'FORWARD':
      return ['ForwardToHigherLevel', { type: 'ForwardToHigherLevel', note: dto.note! }];
  }
}

/** FINAL_DECISION and what holds it: objections to resolve, deadlines to extend. */
@ApiTags('decisions')
@ApiBearerAuth()
@Controller('nominations')
export class DecisionsController {
  constructor(private readonly commands: CaseCommands) {}

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('AUTHORITY')
  @ApiOperation({ summary: 'Quyết định: khen thưởng, từ chối (có mã lý do) hoặc trình cấp trên' })
  decide(
    @Param('id', uuid) id: string,
    @Body() dto: DecisionDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    const [type, command] = decisionCommand(dto);
    return accepted(res, this.commands.execute(id, type, command, a, correlation(res), ifMatch));
  }

  @Post(':id/higher-decision')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Cập nhật quyết định của cấp trên cho hồ sơ đã trình' })
  higher(
    @Param('id', uuid) id: string,
    @Body() dto: HigherDecisionDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return accepted(
      res,
      this.commands.execute(id, 'RecordHigherDecision', { type: 'RecordHigherDecision', ...dto }, a, correlation(res)),
    );
  }

  @Post(':id/objections/:objectionId/resolution')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Giải quyết ý kiến phản ánh (chấp nhận: Hội đồng xét lại)' })
  resolve(
    @Param('id', uuid) id: string,
    @Param('objectionId', uuid) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'ResolveObjection',
        { type: 'ResolveObjection', objectionId, outcome: dto.outcome, note: dto.note },
        a,
        correlation(res),
      ),
    );
  }

  @Post(':id/sla-extensions')
  @HttpCode(200)
  @Roles('TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Gia hạn thời hạn xử lý của giai đoạn hiện tại (lãnh đạo Ban hoặc quản trị)' })
  extend(
    @Param('id', uuid) id: string,
    @Body() dto: ExtendSlaDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'ExtendSla',
        { type: 'ExtendSla', extraWorkingDays: dto.extraWorkingDays, reason: dto.reason },
        a,
        correlation(res),
      ),
    );
  }
}
