import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@khen/domain';
import { CaseCommands } from '../cases/case-commands.service';
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import type { Caller } from '../http/case-http';
import type { ObjectionDto } from '../nominations/dto/commands.dto';
import { problem } from '../problem/problem.exception';
import { RateLimiter } from './rate-limiter';

const PUBLIC_ACTOR: Actor = { userId: 'public', role: 'PUBLIC', displayName: 'Người dân' };
const RECEIVED_VI = 'Đã tiếp nhận ý kiến phản ánh. Ban Thi đua – Khen thưởng sẽ xem xét, giải quyết.';

/** Objections from the public (docs/domain.md §5.4): a limit per client and hour, then the case's Update. */
@Injectable()
export class PublicObjections {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly cases: CaseCommands,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.limiter = new RateLimiter(config.objectionRatePerHour, 60 * 60 * 1000);
  }

  async file(caseId: string, dto: ObjectionDto, client: string, caller: Caller) {
    if (!this.limiter.take(client)) throw problem('TOO_MANY_OBJECTIONS');
    const { objectionId = randomUUID(), content, submitterName, contact } = dto;
    const done = await this.cases.send(caseId, { ...caller, actor: PUBLIC_ACTOR }, 'FileObjection', () => ({
      objectionId,
      content,
      submitterName,
      contact,
    }));
    return { objectionId, nominationId: done.nominationId, messageVi: RECEIVED_VI };
  }
}
