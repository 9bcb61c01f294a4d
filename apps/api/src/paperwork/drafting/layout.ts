/**
 * A document's layout as data: the seed templates are written in it, and from it come both the DOCX
 * template (placeholders in docxtemplater's `{name}` form) and the PDF (the same blocks, filled).
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Line {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: Align;
  /** A rule drawn under the line (not underlined): as long as the motto, a third of the agency's name. */
  rule?: 'full' | 'short';
  /** First-line indent of a body paragraph (1 cm under Decree 30/2020/NĐ-CP). */
  indent?: boolean;
}

export interface Column {
  title: string;
  /** Share of the text width. */
  width: number;
  /** The loop item's field shown in this column. */
  field: string;
  align?: Align;
}

export type Block =
  /** Two columns side by side: agency and number on the left, national emblem line and date on the right. */
  | { kind: 'columns'; left: Line[]; right: Line[]; leftShare: number }
  | { kind: 'line'; line: Line }
  /** A table repeated once per item of `loop`, its header row repeated on every page. */
  | { kind: 'table'; loop: string; columns: Column[] }
  | { kind: 'space'; points: number };

export type TemplateKind = 'PROPOSAL' | 'MINUTES' | 'DECISION' | 'DECISION_LIST' | 'CERTIFICATE';
export const TEMPLATE_KINDS: TemplateKind[] = ['PROPOSAL', 'MINUTES', 'DECISION', 'DECISION_LIST', 'CERTIFICATE'];

export interface Layout {
  kind: TemplateKind;
  /** A4 portrait, or landscape for a certificate. */
  landscape?: boolean;
  blocks: Block[];
}

/** A4 in points and the margins of Decree 30/2020/NĐ-CP: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM };
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
/** Body text 14 pt; the national emblem line 13 pt, the motto 14 pt (Decree 30/2020/NĐ-CP, Appendix I). */
export const BODY_PT = 14;

/** The placeholders a line's text names, e.g. "Số: {decisionNumber}" → decisionNumber. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{([^{}#/]+)\}/g)].map((m) => m[1]);

/** Every placeholder a layout names, loop names and their fields included (`loop.field`). */
export function layoutPlaceholders(layout: Layout): string[] {
  const out = new Set<string>();
  for (const b of layout.blocks) {
    const lines = b.kind === 'columns' ? [...b.left, ...b.right] : b.kind === 'line' ? [b.line] : [];
    for (const l of lines) placeholdersOf(l.text).forEach((p) => out.add(p));
    if (b.kind === 'table') {
      out.add(b.loop);
      b.columns.forEach((c) => out.add(`${b.loop}.${c.field}`));
    }
  }
  return [...out];
}
