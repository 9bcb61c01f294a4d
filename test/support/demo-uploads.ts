import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { PostgresDocumentStore } from '@khen/projections';
import { DEMO_FILES } from '../../scripts/demo/demo-documents';

/**
 * The demo dossier's files put into the document store as uploaded by `ownerId`, for suites that send
 * commands to the workflow directly (no HTTP upload in between); the store is the one the API uses.
 */
export async function seedDemoUploads(db: DataSource, ownerId: string, userId = 'test-seed'): Promise<void> {
  const store = new PostgresDocumentStore(db);
  for (const f of DEMO_FILES)
    await store.put(Readable.from([f.content]), {
      fileName: f.fileName,
      owner: { ownerId, userId },
      maxBytes: 1 << 24,
    });
}
