import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The paperwork's templates as versioned data: each kind of document (proposal, minutes, decision, list
 * decision, certificate) has numbered versions, each in force from a date, never edited in place. The seed
 * templates (version 1 of each kind) live in the code; uploaded versions live here.
 */
export class DocumentTemplates1764500000000 implements MigrationInterface {
  name = 'DocumentTemplates1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_templates (
        kind           text NOT NULL,
        version        integer NOT NULL,
        effective_from date NOT NULL,
        docx           bytea NOT NULL,
        sha256         text NOT NULL,
        file_name      text NOT NULL,
        placeholders   jsonb NOT NULL,
        uploaded_by    text NOT NULL,
        uploaded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_templates`);
  }
}
