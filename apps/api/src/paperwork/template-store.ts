import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { initialState } from '@khen/domain';
import { problem } from '../problem/problem.exception';
import {
  caseFields,
  docxPlaceholders,
  type Layout,
  layoutPlaceholders,
  layoutToDocx,
  SEED_LAYOUTS,
  TemplateUnreadable,
  type TemplateKind,
} from './drafting';

/**
 * What a version's PDF follows: always the built-in layout of its kind (Decree 30/2020's format), drawn by
 * pdf-lib; an uploaded DOCX drafts the DOCX only (docs/paperwork.md, "PDF and uploaded templates").
 */
export const PDF_LAYOUT = 'BUILT_IN' as const;

/** A template version: its DOCX (with placeholders), the layout its PDF follows, when it is in force. */
export interface TemplateInForce {
  kind: TemplateKind;
  version: number;
  effectiveFrom: string;
  docx: Buffer;
  layout: Layout;
  sha256: string;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** The seed templates, version 1 of each kind, in force since Decree 30/2020/NĐ-CP (05/03/2020). */
const SEEDS = new Map<TemplateKind, TemplateInForce>(
  (Object.keys(SEED_LAYOUTS) as TemplateKind[]).map((kind) => {
    const docx = layoutToDocx(SEED_LAYOUTS[kind]);
    return [
      kind,
      { kind, version: 1, effectiveFrom: '2020-03-05', docx, layout: SEED_LAYOUTS[kind], sha256: sha(docx) },
    ];
  }),
);

/** The fields every draft of a case has, and those of the kind's own seed template (its tally, its list…). */
const CASE_FIELDS = Object.keys(
  caseFields({ state: initialState() }, { place: '', unitName: () => '', campaignName: () => '' }),
);
export const allowedPlaceholders = (kind: TemplateKind) =>
  new Set([...CASE_FIELDS, ...layoutPlaceholders(SEED_LAYOUTS[kind]), 'placeDate']);

/** Templates as versioned data: the version in force on a date, like the rule sets; never edited in place. */
@Injectable()
export class TemplateStore {
  constructor(private readonly db: DataSource) {}

  async inForce(kind: TemplateKind, on: string): Promise<TemplateInForce> {
    const [row] = await this.db.query(
      `SELECT version, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", docx, sha256 FROM document_templates
        WHERE kind = $1 AND effective_from <= $2::date ORDER BY effective_from DESC, version DESC LIMIT 1`,
      [kind, on],
    );
    // An uploaded DOCX drafts the DOCX; the PDF follows the seed layout of its kind (docs/paperwork.md).
    return row ? { kind, ...row, layout: SEED_LAYOUTS[kind] } : SEEDS.get(kind)!;
  }

  async list() {
    const rows = await this.db.query(
      `SELECT kind, version, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", sha256, file_name AS "fileName",
              placeholders, uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt"
         FROM document_templates ORDER BY kind, version`,
    );
    const seeds = [...SEEDS.values()].map((t) => ({
      kind: t.kind,
      version: 1,
      effectiveFrom: t.effectiveFrom,
      sha256: t.sha256,
      fileName: `mau-${t.kind.toLowerCase()}.docx`,
      placeholders: layoutPlaceholders(t.layout),
      uploadedBy: 'seed',
      uploadedAt: null,
    }));
    return { items: [...seeds, ...rows].map((t) => ({ ...t, pdfLayout: PDF_LAYOUT })) };
  }

  async docx(kind: TemplateKind, version: number): Promise<Buffer | undefined> {
    if (version === 1) return SEEDS.get(kind)!.docx;
    const [row] = await this.db.query(`SELECT docx FROM document_templates WHERE kind = $1 AND version = $2`, [
      kind,
      version,
    ]);
    return row?.docx;
  }

  /**
   * A new version of a kind's template, in force from a date: refused (nothing stored) when the file is
   * not a DOCX docxtemplater can read, or names a placeholder the kind's drafts do not provide.
   */
  async publish(kind: TemplateKind, docx: Buffer, effectiveFrom: string, fileName: string, by: string) {
    let placeholders: string[];
    try {
      placeholders = docxPlaceholders(docx);
    } catch (e) {
      if (e instanceof TemplateUnreadable) throw problem('TEMPLATE_UNREADABLE', { reason: e.message });
      throw e;
    }
    const allowed = allowedPlaceholders(kind);
    const unknown = placeholders.filter((p) => !allowed.has(p));
    if (unknown.length > 0) throw problem('TEMPLATE_PLACEHOLDER_UNKNOWN', { placeholders: unknown, kind });
    // One version number per upload, even when two administrators publish the same kind at once.
    const [row] = await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`document_templates:${kind}`]);
      return m.query(
        `INSERT INTO document_templates (kind, version, effective_from, docx, sha256, file_name, placeholders, uploaded_by)
       SELECT $1, greatest(coalesce(max(version), 1), 1) + 1, $2::date, $3, $4, $5, $6::jsonb, $7
         FROM document_templates WHERE kind = $1
       RETURNING version`,
        [kind, effectiveFrom, docx, sha(docx), fileName, JSON.stringify(placeholders), by],
      );
    });
    return {
      kind,
      version: row.version as number,
      effectiveFrom,
      sha256: sha(docx),
      placeholders,
      pdfLayout: PDF_LAYOUT,
    };
  }
}
