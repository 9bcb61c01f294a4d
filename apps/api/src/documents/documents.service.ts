import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canReadCase, type Actor } from '@khen/domain';
import { problem } from '../problem/problem.exception';

/**
 * Dossier documents by content hash, kept in PostgreSQL (no separate file service): the dossier
 * refers to a document by its SHA-256, so a stored copy proves what was filed.
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly db: DataSource) {}

  async upload(content: unknown, type: string | undefined, a: Actor) {
    if (!Buffer.isBuffer(content) || content.length === 0) throw problem('EMPTY_DOCUMENT');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const mediaType = type ?? 'application/octet-stream';
    await this.db.query(
      `INSERT INTO documents (sha256, media_type, size, content, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (sha256) DO NOTHING`,
      [sha256, mediaType, content.length, content, a.userId],
    );
    return { sha256, size: content.length, mediaType };
  }

  /** Readable by its uploader and by whoever may read a case whose dossier lists it; else "not found". */
  async download(sha256: string, a: Actor): Promise<{ mediaType: string; content: Buffer }> {
    const [doc] = (await this.db.query(`SELECT media_type, content, uploaded_by FROM documents WHERE sha256 = $1`, [
      sha256,
    ])) as { media_type: string; content: Buffer; uploaded_by: string }[];
    if (!doc || (doc.uploaded_by !== a.userId && !(await this.readableCaseLists(a, sha256))))
      throw problem('DOCUMENT_NOT_FOUND');
    return { mediaType: doc.media_type, content: doc.content };
  }

  private async readableCaseLists(a: Actor, sha256: string): Promise<boolean> {
    const cases = (await this.db.query(
      `SELECT unit_id AS "unitId", council_id AS "councilId", authority_id AS "authorityId" FROM nominations WHERE state->'documents' @> $1::jsonb LIMIT 50`,
      [JSON.stringify([{ sha256 }])],
    )) as { unitId: string; councilId: string; authorityId: string }[];
    return cases.some((c) => canReadCase(a, c));
  }
}
