import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '@khen/domain';
import { CurrentActor, Roles } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseReads } from '../cases/case-reads.service';
import { correlation } from '../cases/http';
import { ProblemException } from '../problem/problem.exception';
import { CHOICES } from '../nominations/dto/commands.dto';
import { BallotSealer } from './ballot-sealer';

class SessionVoteItem {
  @ApiProperty() @IsUUID('4') nominationId!: string;
  @ApiProperty({ enum: CHOICES }) @IsIn(CHOICES) choice!: (typeof CHOICES)[number];
}

class SessionVotesDto {
  @ApiProperty({ type: [SessionVoteItem] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SessionVoteItem)
  votes!: SessionVoteItem[];
}

/** Per-item outcome of a list operation: recorded, or refused with the problem it met. */
async function each<T extends { nominationId: string }>(items: T[], run: (item: T) => Promise<unknown>) {
  return Promise.all(
    items.map(async (item) => {
      try {
        return { nominationId: item.nominationId, ok: true, result: await run(item) };
      } catch (err) {
        if (err instanceof ProblemException)
          return {
            nominationId: item.nominationId,
            ok: false,
            status: err.status,
            code: err.code,
            detail: err.messageVi,
            detailEn: err.messageEn,
          };
        throw err;
      }
    }),
  );
}

/** A council session votes on a list (docs/domain.md §5.3): each item is still its own case's Update. */
@ApiTags('council')
@ApiBearerAuth()
@Controller('ballot-sessions')
export class SessionsController {
  constructor(
    private readonly db: DataSource,
    private readonly commands: CaseCommands,
    private readonly reads: CaseReads,
    private readonly sealer: BallotSealer,
  ) {}

  @Get(':sessionId')
  @Roles('COUNCIL_MEMBER', 'TDKT_OFFICE', 'ADMIN')
  @ApiOperation({ summary: 'Danh sách hồ sơ của phiên họp Hội đồng' })
  async list(@Param('sessionId') sessionId: string, @CurrentActor() a: Actor) {
    const rows = await this.db.query(
      `SELECT nomination_id AS "nominationId", nominee_name AS "nomineeName", award_code AS "awardCode", unit_id AS "unitId", status,
              (state->'ballot'->>'open')::boolean AS "ballotOpen"
       FROM nominations WHERE council_id = $1 AND (state->'appraisal'->>'sessionId' = $2) ORDER BY nominee_name`,
      [a.role === 'ADMIN' ? await this.councilOfSession(sessionId) : (a.councilId ?? ''), sessionId],
    );
    return { sessionId, items: rows };
  }

  @Post(':sessionId/votes')
  @HttpCode(200)
  @Roles('COUNCIL_MEMBER')
  @ApiOperation({ summary: 'Bỏ phiếu kín cho cả danh sách; kết quả từng hồ sơ' })
  async vote(@Body() dto: SessionVotesDto, @CurrentActor() a: Actor, @Res({ passthrough: true }) res: Response) {
    return {
      results: await each(dto.votes, async (v) => {
        const view = await this.reads.get(v.nominationId, a);
        const sealedChoice = this.sealer.seal(
          view.state.ballot?.open ? view.state.ballot.ballotId : undefined,
          v.choice,
        );
        return this.commands.execute(
          v.nominationId,
          'CastVote',
          { type: 'CastVote', sealedChoice },
          a,
          correlation(res),
        );
      }),
    };
  }

  @Post(':sessionId/close')
  @HttpCode(200)
  @Roles('TDKT_OFFICE')
  @ApiOperation({ summary: 'Kết thúc bỏ phiếu cả phiên họp' })
  async close(
    @Param('sessionId') sessionId: string,
    @CurrentActor() a: Actor,
    @Res({ passthrough: true }) res: Response,
  ) {
    const open = (await this.db.query(
      `SELECT nomination_id AS "nominationId" FROM nominations WHERE council_id = $1 AND status = 'BALLOT_OPEN' AND state->'appraisal'->>'sessionId' = $2`,
      [a.councilId ?? '', sessionId],
    )) as { nominationId: string }[];
    return {
      results: await each(open, (item) =>
        this.commands.execute(item.nominationId, 'CloseBallot', { type: 'CloseBallot' }, a, correlation(res)),
      ),
    };
  }

  private async councilOfSession(sessionId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT council_id FROM nominations WHERE state->'appraisal'->>'sessionId' = $1 LIMIT 1`,
      [sessionId],
    );
    return row?.council_id ?? '';
  }
}
