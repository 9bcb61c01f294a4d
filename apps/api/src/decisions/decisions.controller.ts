import { Body, Param } from '@nestjs/common';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseId, Uuid4 } from '../cases/case-id';
import { commandBody } from '../cases/command-bodies';
import { Caller, CaseCommand } from '../http/case-http';
import { SignedIn } from '../http/signed-in';
import { DecisionDto, ExtendSlaDto, HigherDecisionDto, ResolveObjectionDto } from '../nominations/dto/commands.dto';
import { PaperworkService } from '../paperwork/paperwork.service';
import { sendDecision } from './decision-command';

/** FINAL_DECISION and what holds it: objections to resolve, deadlines to extend. */
@SignedIn('decisions', 'nominations')
export class DecisionsController {
  constructor(
    private readonly cases: CaseCommands,
    private readonly paperwork: PaperworkService,
  ) {}

  @CaseCommand(':id/decision', ['AUTHORITY'], 'Quyết định: khen thưởng, từ chối (có mã lý do) hoặc trình cấp trên')
  async decide(@Param('id', CaseId) id: string, @Body() dto: DecisionDto, @Caller() c: Caller) {
    return sendDecision(dto, this.cases.sender(id, c), (sha) => this.paperwork.assertDraftOf(id, sha));
  }

  @CaseCommand(':id/higher-decision', ['TDKT_OFFICE'], 'Cập nhật quyết định của cấp trên cho hồ sơ đã trình')
  higher(@Param('id', CaseId) id: string, @Body() dto: HigherDecisionDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'RecordHigherDecision', commandBody.higherDecision(dto));
  }

  @CaseCommand(
    ':id/objections/:objectionId/resolution',
    ['TDKT_OFFICE'],
    'Giải quyết ý kiến phản ánh (chấp nhận: Hội đồng xét lại)',
  )
  resolve(
    @Param('id', CaseId) id: string,
    @Param('objectionId', Uuid4) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @Caller() c: Caller,
  ) {
    return this.cases.send(id, c, 'ResolveObjection', commandBody.resolveObjection(objectionId, dto));
  }

  @CaseCommand(
    ':id/sla-extensions',
    ['TDKT_OFFICE', 'ADMIN'],
    'Gia hạn thời hạn xử lý của giai đoạn hiện tại (lãnh đạo Ban hoặc quản trị)',
  )
  extend(@Param('id', CaseId) id: string, @Body() dto: ExtendSlaDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'ExtendSla', commandBody.extendSla(dto));
  }
}
