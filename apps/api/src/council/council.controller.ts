import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseReads } from '../cases/case-reads.service';
import { accepted, correlation } from '../cases/http';
import { AppraiseDto, VoteDto, WrittenOpinionDto } from '../nominations/dto/commands.dto';
import { uuid } from '../nominations/nominations.controller';
import { BallotSealer } from './ballot-sealer';

/** COUNCIL_REVIEW: the office appraises, members vote by secret ballot, the secretary closes it. */
@ApiTags('council')
@ApiBearerAuth()
@Controller('nominations')
export class CouncilController {
  constructor(
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
    private readonly sealer: BallotSealer,
  ) {}

  @Post(':id/appraisal')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Thẩm định hồ sơ (mở bước tiếp theo của quy trình)' })
  appraise(
    @Param('id', uuid) id: string,
    @Body() dto: AppraiseDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(
        id,
        'AppraiseDossier',
        { type: 'AppraiseDossier', opinion: dto.opinion, sessionId: dto.sessionId },
        a,
        correlation(res),
        ifMatch,
      ),
    );
  }

  @Post(':id/votes')
  @HttpCode(200)
  @Roles('COUNCIL_MEMBER')
  @ApiOperation({ summary: 'Bỏ phiếu kín (lựa chọn được niêm phong ngay tại đây)' })
  async vote(
    @Param('id', uuid) id: string,
    @Body() dto: VoteDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.reads.get(id, a);
    const sealedChoice = this.sealer.seal(view.state.ballot?.open ? view.state.ballot.ballotId : undefined, dto.choice);
    return accepted(
      res,
      this.commands.execute(id, 'CastVote', { type: 'CastVote', sealedChoice }, a, correlation(res)),
    );
  }

  @Post(':id/written-opinions')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Ghi nhận ý kiến bằng văn bản của thành viên vắng mặt' })
  async writtenOpinion(
    @Param('id', uuid) id: string,
    @Body() dto: WrittenOpinionDto,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.reads.get(id, a);
    const sealedChoice = this.sealer.seal(view.state.ballot?.open ? view.state.ballot.ballotId : undefined, dto.choice);
    return accepted(
      res,
      this.commands.execute(
        id,
        'RecordWrittenOpinion',
        { type: 'RecordWrittenOpinion', memberId: dto.memberId, sealedChoice },
        a,
        correlation(res),
      ),
    );
  }

  @Post(':id/ballot/close')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Kết thúc bỏ phiếu và kiểm phiếu theo quy tắc của danh hiệu' })
  closeBallot(
    @Param('id', uuid) id: string,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return accepted(
      res,
      this.commands.execute(id, 'CloseBallot', { type: 'CloseBallot' }, a, correlation(res), ifMatch),
    );
  }

  @Get(':id/ballot')
  @Roles('COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN', 'SLA_MONITOR', 'AUTHORITY')
  @ApiOperation({ summary: 'Tình hình phiếu: ai đã tham gia, số cần cho túc số; kết quả chỉ sau khi kết thúc' })
  async ballot(@Param('id', uuid) id: string, @CurrentActor() a: Actor) {
    const { state } = await this.reads.get(id, a);
    const b = state.ballot;
    if (!b) return { open: false, ballot: null, tally: null };
    const eligible = b.members.length - b.recused.length;
    return {
      open: b.open,
      ballotId: b.ballotId,
      round: b.round,
      deadline: b.deadline,
      sessionId: b.sessionId ?? null,
      members: b.members.map((m) => m.memberId),
      recused: b.recused,
      participated: [...b.voters, ...b.writtenOpinions],
      eligible,
      quorumNeeded: state.rules ? Math.ceil((eligible * state.rules.award.ballot.quorumPercent) / 100) : null,
      iHaveVoted: b.voters.includes(a.userId) || b.writtenOpinions.includes(a.userId),
      tally: b.open ? null : (state.tally ?? null),
    };
  }
}
