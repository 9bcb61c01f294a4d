import type { EntityManager } from 'typeorm';
import type { UploadedDocument } from '@khen/domain';

type Queryable = Pick<EntityManager, 'query'>;

/** Of these hashes, the files `ownerId` (a unit, an authority, a council) has uploaded, as it named them. */
export async function uploadsOf(q: Queryable, ownerId: string, hashes: string[]): Promise<UploadedDocument[]> {
  if (hashes.length === 0) return [];
  const rows = (await q.query(
    `SELECT u.sha256, d.size::float8 AS size, d.media_type AS "mediaType", u.file_name AS "fileName"
     FROM document_uploads u JOIN documents d ON d.sha256 = u.sha256
     WHERE u.owner_id = $1 AND u.sha256 = ANY($2::text[]) ORDER BY u.sha256`,
    [ownerId, hashes],
  )) as UploadedDocument[];
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
}
