import { Body, Get, Param } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseId } from '../cases/case-id';
import { commandBody } from '../cases/command-bodies';
import { CaseReads } from '../cases/case-reads.service';
import { Caller, CaseCommand } from '../http/case-http';
import { SignedIn } from '../http/signed-in';
import { AppraiseDto, VoteDto, WrittenOpinionDto } from '../nominations/dto/commands.dto';
import { BallotSealer } from './ballot-sealer';
import { ballotView } from './ballot-view';

/** COUNCIL_REVIEW: the office appraises, members vote by secret ballot, the secretary closes it. */
@SignedIn('council', 'nominations')
export class CouncilController {
  constructor(
    private readonly cases: CaseCommands,
    private readonly reads: CaseReads,
    private readonly sealer: BallotSealer,
  ) {}

  @CaseCommand(':id/appraisal', ['TDKT_OFFICE'], 'Thẩm định hồ sơ (mở bước tiếp theo của quy trình)')
  appraise(@Param('id', CaseId) id: string, @Body() dto: AppraiseDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'AppraiseDossier', commandBody.appraise(dto));
  }

  @CaseCommand(':id/votes', ['COUNCIL_MEMBER'], 'Bỏ phiếu kín (lựa chọn được niêm phong ngay tại đây)')
  vote(@Param('id', CaseId) id: string, @Body() dto: VoteDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'CastVote', this.sealer.vote(dto.choice));
  }

  @CaseCommand(':id/written-opinions', ['TDKT_OFFICE'], 'Ghi nhận ý kiến bằng văn bản của thành viên vắng mặt')
  writtenOpinion(@Param('id', CaseId) id: string, @Body() dto: WrittenOpinionDto, @Caller() c: Caller) {
    return this.cases.send(id, c, 'RecordWrittenOpinion', this.sealer.writtenOpinion(dto));
  }

  @CaseCommand(':id/ballot/close', ['TDKT_OFFICE'], 'Kết thúc bỏ phiếu và kiểm phiếu theo quy tắc của danh hiệu')
  closeBallot(@Param('id', CaseId) id: string, @Caller() c: Caller) {
    return this.cases.send(id, c, 'CloseBallot', () => ({}));
  }

  @Get(':id/ballot')
  @Roles('COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN', 'SLA_MONITOR', 'AUTHORITY')
  @ApiOperation({ summary: 'Tình hình phiếu: ai đã tham gia, số cần cho túc số; kết quả chỉ sau khi kết thúc' })
  async ballot(@Param('id', CaseId) id: string, @CurrentActor() a: Actor) {
    return ballotView((await this.reads.get(id, a)).state, a);
  }
}
