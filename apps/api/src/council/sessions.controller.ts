import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { Caller } from '../http/case-http';
import { SignedIn } from '../http/signed-in';
import { SessionBallots } from './session-ballots';
import { SessionVotesDto } from './sessions.dto';
import { SessionsQuery } from './sessions.query';

/** A council session votes on a list (docs/domain.md §5.3): each item is still its own case's Update. */
@SignedIn('council', 'ballot-sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsQuery,
    private readonly ballots: SessionBallots,
  ) {}

  @Get(':sessionId')
  @Roles('COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Danh sách hồ sơ của phiên họp Hội đồng' })
  async list(@Param('sessionId') sessionId: string, @CurrentActor() a: Actor) {
    return { sessionId, items: await this.sessions.list(sessionId, a) };
  }

  @Post(':sessionId/votes')
  @HttpCode(200)
  @Roles('COUNCIL_MEMBER')
  @ApiOperation({ summary: 'Bỏ phiếu kín cho cả danh sách; kết quả từng hồ sơ' })
  vote(@Body() dto: SessionVotesDto, @Caller({ list: true }) c: Caller) {
    return this.ballots.vote(dto.votes, c);
  }

  @Post(':sessionId/close')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Kết thúc bỏ phiếu cả phiên họp' })
  close(@Param('sessionId') sessionId: string, @Caller({ list: true }) c: Caller) {
    return this.ballots.close(sessionId, c);
  }
}
