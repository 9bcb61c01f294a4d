import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
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
    private readonly db: DataSource,
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
    return {
      objectionId,
      trackingCode: trackingCodeOf(objectionId),
      nominationId: done.nominationId,
      messageVi: RECEIVED_VI,
    };
  }

  /** Where an objection stands, by its tracking code: the case's name, received, resolved and how. */
  async status(code: string) {
    const m = /^PA-([0-9A-F]{8})$/i.exec(code.trim());
    if (!m) throw problem('OBJECTION_CODE_UNKNOWN', { code });
    const rows = (await this.db.query(
      `SELECT n.nominee_name AS "nomineeName", n.case_number AS "caseNumber", o AS objection
         FROM nominations n, jsonb_array_elements(coalesce(n.state->'objections', '[]'::jsonb)) o
        WHERE o->>'objectionId' LIKE $1`,
      [`${m[1]!.toLowerCase()}%`],
    )) as {
      nomineeName: string;
      caseNumber: string | null;
      objection: { objectionId: string; filedAt?: string; outcome?: string; note?: string; resolvedAt?: string };
    }[];
    const [row] = rows;
    if (!row || rows.length > 1) throw problem('OBJECTION_CODE_UNKNOWN', { code });
    const o = row.objection;
    return {
      trackingCode: trackingCodeOf(o.objectionId),
      nomineeName: row.nomineeName,
      caseNumber: row.caseNumber,
      filedAt: o.filedAt ?? null,
      status: o.outcome ?? 'OPEN',
      resolvedAt: o.resolvedAt ?? null,
      note: o.outcome ? (o.note ?? null) : null,
    };
  }
}

/** A code a person can read out and type: PA- and the first 8 hex digits of the objection's id. */
export const trackingCodeOf = (objectionId: string) => `PA-${objectionId.slice(0, 8).toUpperCase()}`;
