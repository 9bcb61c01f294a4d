import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '@khen/domain';
import { Public } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { correlation } from '../cases/http';
import { API_CONFIG, ApiConfig } from '../config/api.config';
import { ObjectionDto } from '../nominations/dto/commands.dto';
import { uuid } from '../nominations/nominations.controller';
import { ProblemException } from '../problem/problem.exception';
import { RateLimiter } from './rate-limiter';

const PUBLIC_ACTOR: Actor = { userId: 'public', role: 'PUBLIC', displayName: 'Người dân' };

/** What the public sees without a token: the lists under disclosure, and a form to object (docs/domain.md §5.4). */
@ApiTags('public')
@Controller('public')
export class PublicController {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly db: DataSource,
    private readonly commands: CaseCommands,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.limiter = new RateLimiter(config.objectionRatePerHour, 60 * 60 * 1000);
  }

  @Public()
  @Get('disclosures')
  @ApiOperation({ summary: 'Danh sách công khai lấy ý kiến (không cần đăng nhập)' })
  async disclosures() {
    const rows = await this.db.query(
      `SELECT n.nomination_id AS "nominationId", n.nominee_name AS "nomineeName", n.state->'nominee'->>'position' AS position,
              n.state->'nominee'->>'subject' AS subject, n.award_code AS "awardCode", n.state->'rules'->'award'->>'nameVi' AS "awardName",
              n.unit_id AS "unitId", coalesce(u.name, n.unit_id) AS "unitName", n.year,
              n.state->'disclosure'->>'opensAt' AS "opensAt", n.state->'disclosure'->>'endsAt' AS "endsAt"
       FROM nominations n LEFT JOIN units u ON u.unit_id = n.unit_id
       WHERE n.status = 'DISCLOSURE_OPEN' ORDER BY n.state->'disclosure'->>'endsAt', n.nominee_name LIMIT 1000`,
    );
    return { items: rows };
  }

  @Public()
  @Post('disclosures/:id/objections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Gửi ý kiến phản ánh về một hồ sơ đang công khai (giới hạn số lần mỗi giờ)' })
  async object(
    @Param('id', uuid) id: string,
    @Body() dto: ObjectionDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!this.limiter.take(req.ip ?? 'unknown')) {
      throw new ProblemException(
        429,
        'TOO_MANY_OBJECTIONS',
        'Bạn đã gửi quá nhiều ý kiến trong một giờ; vui lòng thử lại sau.',
        'Too many objections from this client in an hour; try again later.',
      );
    }
    const objectionId = dto.objectionId ?? randomUUID();
    const done = await this.commands.execute(
      id,
      'FileObjection',
      {
        type: 'FileObjection',
        objectionId,
        content: dto.content,
        submitterName: dto.submitterName,
        contact: dto.contact,
      },
      PUBLIC_ACTOR,
      correlation(res),
    );
    return {
      objectionId,
      nominationId: done.nominationId,
      messageVi: 'Đã tiếp nhận ý kiến phản ánh. Ban Thi đua – Khen thưởng sẽ xem xét, giải quyết.',
    };
  }
}
