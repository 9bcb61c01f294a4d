import { createHash, randomUUID, type Hash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource, QueryRunner } from 'typeorm';
import type { UploadedDocument } from '@khen/domain';
import {
  DocumentRefused,
  safeFileName,
  type DocumentInfo,
  type DocumentRefusal,
  type DocumentStore,
  type PutMeta,
  type StoredDocument,
} from './document-store';
import { FILE_TYPES, HEAD_BYTES, sniffHead, sniffZip, type FileType, type HeadVerdict } from './file-types';
import { uploadsOf } from './uploads';

/** Rows of 256 KiB: a 20 MB file is 80 rows, and no more than one row (plus what arrives) is in memory. */
export const CHUNK_BYTES = 262144;

/** Takes a file as it streams in: hashes it, judges its head, writes full chunks as rows of the open transaction. */
class ChunkSink extends Writable {
  readonly hash: Hash = createHash('sha256');
  size = 0;
  verdict?: HeadVerdict;
  private seq = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly qr: QueryRunner,
    private readonly contentId: string,
    private readonly maxBytes: number,
    private readonly chunkBytes: number,
    private readonly refused: (r: DocumentRefusal) => Error,
  ) {
    super({ highWaterMark: chunkBytes });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(this.refused({ reason: 'TOO_LARGE', maxBytes: this.maxBytes }));
    this.hash.update(chunk);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // Judged as soon as the head is in: an executable is refused before more of it is stored.
    if (!this.verdict && this.size >= HEAD_BYTES) {
      const refusal = this.judge();
      if (refusal) return done(refusal);
    }
    this.flush(false).then(() => done(), done);
  }

  override _final(done: (e?: Error | null) => void): void {
    if (this.size === 0) return done(this.refused({ reason: 'EMPTY' }));
    const refusal = this.verdict ? undefined : this.judge();
    if (refusal) return done(refusal);
    this.flush(true).then(() => done(), done);
  }

  private judge(): Error | undefined {
    this.verdict = sniffHead(Buffer.concat(this.pending).subarray(0, HEAD_BYTES));
    return 'refused' in this.verdict ? this.refused({ reason: 'TYPE', kind: this.verdict.refused }) : undefined;
  }

  private async flush(all: boolean): Promise<void> {
    while (this.pendingBytes >= this.chunkBytes || (all && this.pendingBytes > 0)) {
      const joined = Buffer.concat(this.pending);
      const row = joined.subarray(0, this.chunkBytes);
      const rest = joined.subarray(row.length);
      this.pending = rest.length ? [rest] : [];
      this.pendingBytes = rest.length;
      await this.qr.query(`INSERT INTO document_chunks (content_id, seq, data) VALUES ($1, $2, $3)`, [
        this.contentId,
        this.seq++,
        row,
      ]);
    }
  }
}

const INFO = `sha256, size::float8 AS size, media_type AS "mediaType", file_name AS "fileName", owner_id AS "ownerId",
  uploaded_by AS "uploadedBy", content_id AS "contentId", chunk_size AS "chunkSize"`;
type InfoRow = DocumentInfo & { contentId: string; chunkSize: number };

/** Dossier files in PostgreSQL: chunks written inside one transaction while the file streams in. */
export class PostgresDocumentStore implements DocumentStore {
  constructor(
    private readonly db: DataSource,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {}

  async put(content: Readable, meta: PutMeta): Promise<StoredDocument> {
    const draftName = safeFileName(meta.fileName);
    const refused = (r: DocumentRefusal) => new DocumentRefused(r, draftName);
    const qr = this.db.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const contentId = randomUUID();
      const sink = new ChunkSink(qr, contentId, meta.maxBytes, this.chunkBytes, refused);
      await pipeline(content, sink);
      const sha256 = sink.hash.digest('hex');
      const type = await this.typeOf(sink.verdict!, sink.size, (o, l) =>
        this.range(qr, contentId, this.chunkBytes, o, l),
      );
      if (typeof type !== 'string') throw refused(type);
      if (meta.declaredSha256 && meta.declaredSha256.toLowerCase() !== sha256)
        throw refused({ reason: 'HASH_MISMATCH', declared: meta.declaredSha256, actual: sha256 });
      const fileName = safeFileName(meta.fileName, type);
      const mediaType = FILE_TYPES[type].mediaType;
      await meta.beforeCommit?.({ sha256, size: sink.size, mediaType, fileName, type });
      const inserted = (await qr.query(
        `INSERT INTO documents (sha256, media_type, size, content_id, chunk_size, file_name, owner_id, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
        [sha256, mediaType, sink.size, contentId, this.chunkBytes, fileName, meta.owner.ownerId, meta.owner.userId],
      )) as unknown[];
      // Stored before: this copy's rows go (they were never visible), the upload is recorded against the first.
      const duplicate = inserted.length === 0;
      if (duplicate) await qr.query(`DELETE FROM document_chunks WHERE content_id = $1`, [contentId]);
      await qr.query(
        `INSERT INTO document_uploads (owner_id, sha256, uploaded_by, file_name, uploaded_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (owner_id, sha256) DO UPDATE SET uploaded_by = EXCLUDED.uploaded_by, file_name = EXCLUDED.file_name,
           uploaded_at = EXCLUDED.uploaded_at`,
        [meta.owner.ownerId, sha256, meta.owner.userId, fileName],
      );
      await qr.commitTransaction();
      return { sha256, size: sink.size, mediaType, fileName, type, duplicate };
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  async describe(sha256: string): Promise<DocumentInfo | undefined> {
    const row = await this.row(sha256);
    if (!row) return undefined;
    const { contentId: _c, chunkSize: _s, ...info } = row;
    return info;
  }

  async get(sha256: string): Promise<{ info: DocumentInfo; content: Readable } | undefined> {
    const row = await this.row(sha256);
    if (!row) return undefined;
    const { contentId, chunkSize, ...info } = row;
    const chunks = Math.ceil(info.size / chunkSize);
    const db = this.db;
    // One row at a time, as the reader takes them: a large file is never whole in memory.
    async function* rows() {
      for (let seq = 0; seq < chunks; seq++) {
        const [chunk] = (await db.query(`SELECT data FROM document_chunks WHERE content_id = $1 AND seq = $2`, [
          contentId,
          seq,
        ])) as { data: Buffer }[];
        if (!chunk) throw new Error(`document ${sha256}: chunk ${seq} missing`);
        yield chunk.data;
      }
    }
    return { info, content: Readable.from(rows(), { objectMode: false }) };
  }

  uploadsOf(ownerId: string, hashes: string[]): Promise<UploadedDocument[]> {
    return uploadsOf(this.db, ownerId, hashes);
  }

  private async row(sha256: string): Promise<InfoRow | undefined> {
    const [row] = (await this.db.query(`SELECT ${INFO} FROM documents WHERE sha256 = $1`, [sha256])) as InfoRow[];
    return row ? { ...row, size: Number(row.size) } : undefined;
  }

  private async typeOf(
    verdict: HeadVerdict,
    size: number,
    read: (offset: number, length: number) => Promise<Buffer>,
  ): Promise<FileType | DocumentRefusal> {
    if ('type' in verdict) return verdict.type;
    if ('refused' in verdict) return { reason: 'TYPE', kind: verdict.refused };
    const zip = await sniffZip(size, read);
    return 'type' in zip ? zip.type : { reason: 'TYPE', kind: zip.refused };
  }

  /** Bytes of a file being stored, read back from its rows in the same transaction (the ZIP directory). */
  private async range(
    qr: QueryRunner,
    contentId: string,
    chunk: number,
    offset: number,
    length: number,
  ): Promise<Buffer> {
    if (length <= 0) return Buffer.alloc(0);
    const first = Math.floor(offset / chunk);
    const last = Math.floor((offset + length - 1) / chunk);
    const rows = (await qr.query(
      `SELECT data FROM document_chunks WHERE content_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`,
      [contentId, first, last],
    )) as { data: Buffer }[];
    const joined = Buffer.concat(rows.map((r) => r.data));
    return joined.subarray(offset - first * chunk, offset - first * chunk + length);
  }
}
