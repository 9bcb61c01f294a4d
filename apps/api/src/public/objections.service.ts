import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Request } from 'express';
import { OBJECTION_MAX_EVIDENCE, refuse, type Actor } from '@khen/domain';
import { CaseCommands } from '../cases/case-commands.service';
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import type { Caller } from '../http/case-http';
import type { ObjectionDto } from '../nominations/dto/commands.dto';
import { DocumentsService } from '../documents/documents.service';
import { problem, ProblemException } from '../problem/problem.exception';
import { RateLimiter } from './rate-limiter';

const PUBLIC_ACTOR: Actor = { userId: 'public', role: 'PUBLIC', displayName: 'Người dân' };
const RECEIVED_VI = 'Đã tiếp nhận ý kiến phản ánh. Ban Thi đua – Khen thưởng sẽ xem xét, giải quyết.';

/**
 * Objections from the public (docs/domain.md §5.4): a limit per client and hour, then the case's Update.
 * Evidence files go first, one per request, into the document store under the case's evidence owner
 * (their own limit per client and hour: three per objection); the objection then names them by hash.
 */
@Injectable()
export class PublicObjections {
  private readonly limiter: RateLimiter;
  private readonly uploads: RateLimiter;

  constructor(
    private readonly cases: CaseCommands,
    private readonly db: DataSource,
    private readonly documents: DocumentsService,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.limiter = new RateLimiter(config.objectionRatePerHour, 60 * 60 * 1000);
    this.uploads = new RateLimiter(config.objectionRatePerHour * OBJECTION_MAX_EVIDENCE, 60 * 60 * 1000);
  }

  /** One evidence file for an objection to a case under disclosure: stored by its content, its hash answered. */
  async uploadEvidence(caseId: string, req: Request, client: string) {
    if (!this.uploads.take(client)) throw problem('TOO_MANY_EVIDENCE_UPLOADS');
    const [row] = (await this.db.query(`SELECT status FROM nominations WHERE nomination_id = $1`, [caseId])) as {
      status: string;
    }[];
    if (!row) throw problem('NOMINATION_NOT_FOUND', { id: caseId });
    if (row.status !== 'DISCLOSURE_OPEN') throw ProblemException.fromRefusal(refuse.disclosureNotOpen());
    const { sha256, size, mediaType, fileName, duplicate } = await this.documents.uploadEvidence(req, caseId);
    return { sha256, size, mediaType, fileName, duplicate };
  }

  async file(caseId: string, dto: ObjectionDto, client: string, caller: Caller) {
    if (!this.limiter.take(client)) throw problem('TOO_MANY_OBJECTIONS');
    const { objectionId = randomUUID(), content, submitterName, contact } = dto;
    const hashes = [...new Set((dto.evidence ?? []).map((e) => e.sha256))];
    const evidence = hashes.length ? await this.documents.evidenceOf(caseId, hashes) : [];
    const missing = hashes.find((h) => !evidence.some((e) => e.sha256 === h));
    if (missing) throw problem('EVIDENCE_NOT_UPLOADED', { sha256: missing });
    const done = await this.cases.send(caseId, { ...caller, actor: PUBLIC_ACTOR }, 'FileObjection', () => ({
      objectionId,
      content,
      submitterName,
      contact,
      // In the order the citizen attached them.
      ...(hashes.length ? { evidence: hashes.map((h) => evidence.find((e) => e.sha256 === h)!) } : {}),
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
