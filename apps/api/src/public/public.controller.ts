import { Body, Controller, Get, HttpCode, Inject, Ip, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@khen/domain';
import { Public } from '../auth/roles.decorator';
import { CaseCommands } from '../cases/case-commands.service';
import { CaseId } from '../cases/case-id';
import { API_CONFIG, ApiConfig } from '../config/api.config';
import { Caller } from '../http/case-http';
import { ObjectionDto } from '../nominations/dto/commands.dto';
import { problem } from '../problem/problem.exception';
import { DisclosuresQuery } from './disclosures.query';
import { RateLimiter } from './rate-limiter';

const PUBLIC_ACTOR: Actor = { userId: 'public', role: 'PUBLIC', displayName: 'Người dân' };
const RECEIVED_VI = 'Đã tiếp nhận ý kiến phản ánh. Ban Thi đua – Khen thưởng sẽ xem xét, giải quyết.';

/** What the public sees without a token: the lists under disclosure, and a form to object (docs/domain.md §5.4). */
@ApiTags('public')
@Controller('public')
export class PublicController {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly disclosuresQuery: DisclosuresQuery,
    private readonly cases: CaseCommands,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.limiter = new RateLimiter(config.objectionRatePerHour, 60 * 60 * 1000);
  }

  @Public()
  @Get('disclosures')
  @ApiOperation({ summary: 'Danh sách công khai lấy ý kiến (không cần đăng nhập)' })
  async disclosures() {
    return { items: await this.disclosuresQuery.open() };
  }

  @Public()
  @Post('disclosures/:id/objections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Gửi ý kiến phản ánh về một hồ sơ đang công khai (giới hạn số lần mỗi giờ)' })
  async object(@Param('id', CaseId) id: string, @Body() dto: ObjectionDto, @Ip() ip: string, @Caller() c: Caller) {
    if (!this.limiter.take(ip ?? 'unknown')) throw problem('TOO_MANY_OBJECTIONS');
    const { objectionId = randomUUID(), content, submitterName, contact } = dto;
    const done = await this.cases.send(id, { ...c, actor: PUBLIC_ACTOR }, 'FileObjection', () => ({
      objectionId,
      content,
      submitterName,
      contact,
    }));
    return { objectionId, nominationId: done.nominationId, messageVi: RECEIVED_VI };
  }
}
