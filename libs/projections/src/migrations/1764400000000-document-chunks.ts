import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHUNK = 262144;

/**
 * Dossier files stored for real (docs/architecture.md, "Dossier files"): the content in 256 KiB rows of
 * `document_chunks` (so that no file is ever held whole, in the API or in a row), the file's facts on
 * `documents` (one row per content: stored once), and who uploaded it under which name on
 * `document_uploads` (one row per owner: the unit, authority or council that may file it). Content
 * stored before moves into chunks; its declared media type is replaced by the one its first bytes show.
 */
export class DocumentChunks1764400000000 implements MigrationInterface {
  name = 'DocumentChunks1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_chunks (
        content_id uuid NOT NULL,
        seq        integer NOT NULL,
        data       bytea NOT NULL,
        PRIMARY KEY (content_id, seq)
      )`);
    // PDFs, images and OOXML are compressed already: no second compression, and slices read directly.
    await q.query(`ALTER TABLE document_chunks ALTER COLUMN data SET STORAGE EXTERNAL`);
    await q.query(`ALTER TABLE documents
      ADD COLUMN content_id uuid, ADD COLUMN chunk_size integer, ADD COLUMN file_name text, ADD COLUMN owner_id text,
      ALTER COLUMN size TYPE bigint`);
    await q.query(
      `UPDATE documents SET content_id = gen_random_uuid(), chunk_size = ${CHUNK}, file_name = 'tai-lieu-' || left(sha256, 12),
         media_type = CASE
           WHEN substring(content FROM 1 FOR 5) = '\\x255044462d'::bytea THEN 'application/pdf'
           WHEN substring(content FROM 1 FOR 8) = '\\x89504e470d0a1a0a'::bytea THEN 'image/png'
           WHEN substring(content FROM 1 FOR 3) = '\\xffd8ff'::bytea THEN 'image/jpeg'
           ELSE 'application/octet-stream' END`,
    );
    await q.query(`
      INSERT INTO document_chunks (content_id, seq, data)
      SELECT d.content_id, g.seq, substring(d.content FROM g.seq * ${CHUNK} + 1 FOR ${CHUNK})
      FROM documents d, generate_series(0, greatest(ceil(d.size / ${CHUNK}.0)::int - 1, 0)) AS g(seq)`);
    await q.query(`ALTER TABLE documents DROP COLUMN content,
      ALTER COLUMN content_id SET NOT NULL, ALTER COLUMN chunk_size SET NOT NULL, ALTER COLUMN file_name SET NOT NULL,
      ADD CONSTRAINT documents_content_id_key UNIQUE (content_id)`);
    await q.query(`
      CREATE TABLE document_uploads (
        owner_id    text NOT NULL,
        sha256      text NOT NULL REFERENCES documents (sha256),
        uploaded_by text NOT NULL,
        file_name   text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        PRIMARY KEY (owner_id, sha256)
      )`);
    // Files filed before: uploaded by the units whose dossiers list them.
    await q.query(`
      INSERT INTO document_uploads (owner_id, sha256, uploaded_by, file_name, uploaded_at)
      SELECT DISTINCT ON (n.unit_id, d.sha256) n.unit_id, d.sha256, d.uploaded_by, d.file_name, d.uploaded_at
      FROM documents d JOIN nominations n ON n.state->'documents' @> jsonb_build_array(jsonb_build_object('sha256', d.sha256))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_uploads`);
    await q.query(`ALTER TABLE documents ADD COLUMN content bytea`);
    await q.query(`UPDATE documents d SET content = coalesce(
      (SELECT string_agg(c.data, ''::bytea ORDER BY c.seq) FROM document_chunks c WHERE c.content_id = d.content_id), ''::bytea)`);
    await q.query(`ALTER TABLE documents ALTER COLUMN content SET NOT NULL, ALTER COLUMN size TYPE integer,
      DROP COLUMN content_id, DROP COLUMN chunk_size, DROP COLUMN file_name, DROP COLUMN owner_id`);
    await q.query(`DROP TABLE document_chunks`);
  }
}
