import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { CHUNK_BYTES, DocumentRefused, PostgresDocumentStore } from '@khen/projections';
import { makePdf } from '../../scripts/demo/demo-documents';
import { freshDatabase } from '../support/fresh-database';

const MB = 1048576;
const PIECE = 64 * 1024;

/**
 * The PostgreSQL document store on a database of its own (docs/architecture.md, "Dossier files"): a 20 MB
 * file streams through in 256 KiB rows, so that it is never whole in memory, and a stream that fails
 * halfway leaves nothing behind.
 */
describe('the PostgreSQL document store', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  /** Bytes the store had pulled from the source when it wrote each chunk row. */
  let pulledAtInsert: number[];
  let pulled: number;
  let store: PostgresDocumentStore;

  beforeAll(async () => {
    db = await freshDatabase();
    // The real database; its query runners report when a chunk row is written.
    const watched = Object.create(db.ds, {
      createQueryRunner: {
        value: (): QueryRunner => {
          const qr = db.ds.createQueryRunner();
          const query = qr.query.bind(qr);
          qr.query = ((sql: string, params?: unknown[]) => {
            if (sql.startsWith('INSERT INTO document_chunks')) pulledAtInsert.push(pulled);
            return query(sql, params);
          }) as QueryRunner['query'];
          return qr;
        },
      },
    }) as DataSource;
    store = new PostgresDocumentStore(watched);
  });
  afterAll(async () => db?.drop());
  beforeEach(() => {
    pulledAtInsert = [];
    pulled = 0;
  });

  /** A PDF of `size` bytes made piece by piece as the store reads it (never whole here either). */
  function source(size: number, failAt?: number) {
    const head = makePdf(['Ho so lon', randomUUID()]);
    const hash = createHash('sha256');
    async function* pieces() {
      for (let at = 0; at < size; at += PIECE) {
        if (failAt !== undefined && at >= failAt) throw new Error('the client went away');
        const piece = Buffer.alloc(Math.min(PIECE, size - at), 0x20);
        if (at === 0) head.copy(piece);
        hash.update(piece);
        pulled += piece.length;
        yield piece;
      }
    }
    return { stream: Readable.from(pieces(), { objectMode: false }), sha256: () => hash.digest('hex') };
  }
  const owner = { ownerId: 'SO-GD', userId: 'cb-so-gd' };
  /** Every row the store keeps: chunks, contents and uploads. */
  const storedRows = async () =>
    (
      (await db.ds.query(
        `SELECT (SELECT count(*) FROM document_chunks)::int AS chunks, (SELECT count(*) FROM documents)::int AS documents,
                (SELECT count(*) FROM document_uploads)::int AS uploads`,
      )) as { chunks: number; documents: number; uploads: number }[]
    )[0]!;

  it('writes a 20 MB file as it arrives, a row every 256 KiB, and reads it back row by row', async () => {
    const size = 20 * MB;
    const file = source(size);
    const stored = await store.put(file.stream, { fileName: 'Hồ sơ lớn.pdf', owner, maxBytes: 20 * MB });
    expect(stored).toMatchObject({ sha256: file.sha256(), size, type: 'PDF', fileName: 'Hồ sơ lớn.pdf' });
    expect(pulledAtInsert).toHaveLength(size / CHUNK_BYTES);
    // When row k was written, little more than k+1 rows' worth had been read from the source: the file is
    // held a row (and the streams' buffers) at a time, not whole. Holding it whole would read all 20 MB first.
    pulledAtInsert.forEach((p, k) => expect(p - (k + 1) * CHUNK_BYTES).toBeLessThanOrEqual(2 * MB));
    expect(pulledAtInsert[0]).toBeLessThan(3 * MB);

    const got = await store.get(stored.sha256);
    const hash = createHash('sha256');
    let largest = 0;
    let total = 0;
    for await (const piece of got!.content as AsyncIterable<Buffer>) {
      largest = Math.max(largest, piece.length);
      total += piece.length;
      hash.update(piece);
    }
    expect([total, largest, hash.digest('hex')]).toEqual([size, CHUNK_BYTES, stored.sha256]);
  });

  it('keeps nothing of a stream that fails halfway, nor of one over the limit', async () => {
    const before = await storedRows();
    const cut = source(8 * MB, 5 * MB);
    await expect(store.put(cut.stream, { fileName: 'Dở dang.pdf', owner, maxBytes: 20 * MB })).rejects.toThrow(
      'the client went away',
    );
    // Rows were written while it streamed (inside the transaction), and rolled back with it.
    expect(pulledAtInsert.length).toBeGreaterThan(10);
    const big = source(3 * MB);
    const refused: unknown = await store
      .put(big.stream, { fileName: 'Quá lớn.pdf', owner, maxBytes: 2 * MB })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DocumentRefused);
    expect((refused as DocumentRefused).refusal).toEqual({ reason: 'TOO_LARGE', maxBytes: 2 * MB });
    expect(await storedRows()).toEqual(before);
  });
});
