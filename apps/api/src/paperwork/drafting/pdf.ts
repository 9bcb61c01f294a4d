import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { DraftModel } from './draft-model';
import { loadFonts } from './fonts';
import { A4, type Align, BODY_PT, type Block, type Layout, type Line, MARGINS } from './layout';

interface Faces {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
}
const LEADING = 1.25;
const BLACK = rgb(0, 0, 0);

/**
 * A font whose text encoding and widths are remembered: fontkit lays a string out on every call, and a
 * bulk print repeats most of its lines on every page. Safe for a subset: the first encoding of a string
 * has already put its glyphs into the subset.
 */
function memo(font: PDFFont): PDFFont {
  const encoded = new Map<string, ReturnType<PDFFont['encodeText']>>();
  const widths = new Map<string, number>();
  const encode = font.encodeText.bind(font);
  const width = font.widthOfTextAtSize.bind(font);
  font.encodeText = (text: string) => {
    let e = encoded.get(text);
    if (!e) encoded.set(text, (e = encode(text)));
    return e;
  };
  font.widthOfTextAtSize = (text: string, size: number) => {
    const key = `${size}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = width(text, size)));
    return w;
  };
  return font;
}

/** `{name}` replaced by the model's field; an unknown name stays visible, never silently empty. */
export const fill = (text: string, fields: Record<string, string>) =>
  text.replace(/\{([^{}#/]+)\}/g, (m, name: string) => fields[name] ?? m);

const faceOf = (f: Faces, l: { bold?: boolean; italic?: boolean }) =>
  l.bold ? (l.italic ? f.boldItalic : f.bold) : l.italic ? f.italic : f.regular;

/** Lines of at most `width` points, broken between words (a word longer than the width stands alone). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  out.push(line);
  return out;
}

/** Draws a PDF from a layout and a model: A4 (landscape for certificates), fonts embedded (subsets). */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  private pages = 0;
  private constructor(
    readonly doc: PDFDocument,
    private readonly faces: Faces,
  ) {}

  static async create(title: string): Promise<PdfWriter> {
    // No creation date or producer: the same draft is the same bytes, so its hash names it.
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setLanguage('vi-VN');
    const f = loadFonts();
    const [regular, bold, italic, boldItalic] = await Promise.all(
      [f.regular, f.bold, f.italic, f.boldItalic].map((b) => doc.embedFont(b, { subset: true })),
    );
    return new PdfWriter(doc, {
      regular: memo(regular),
      bold: memo(bold),
      italic: memo(italic),
      boldItalic: memo(boldItalic),
    });
  }

  private landscape = false;
  private get size(): [number, number] {
    return this.landscape ? [A4.height, A4.width] : [A4.width, A4.height];
  }
  private get textWidth() {
    return this.size[0] - MARGINS.left - MARGINS.right;
  }

  /** A new page; from the second page of a document on, its number centred in the top margin. */
  newPage(landscape = false, numbered = true): PDFPage {
    this.landscape = landscape;
    this.page = this.doc.addPage(this.size);
    this.pages += 1;
    this.y = this.size[1] - MARGINS.top;
    if (numbered && this.pages > 1)
      this.text(
        String(this.pages),
        this.faces.regular,
        13,
        MARGINS.left,
        this.textWidth,
        'center',
        this.size[1] - MARGINS.top / 2 - 4,
      );
    return this.page;
  }

  private text(s: string, font: PDFFont, size: number, x: number, width: number, align: Align, y: number) {
    const w = font.widthOfTextAtSize(s, size);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    this.page.drawText(s, { x: x + dx, y, size, font, color: BLACK });
    return w;
  }

  private ensure(height: number, onBreak?: () => void) {
    if (this.y - height >= MARGINS.bottom) return;
    this.newPage(this.landscape);
    onBreak?.();
  }

  /** One line of a layout, wrapped within [x, x + width]; returns the height it took. */
  private line(l: Line, fields: Record<string, string>, x: number, width: number, paginate: boolean): number {
    const size = l.size ?? BODY_PT;
    const font = faceOf(this.faces, l);
    const indent = l.indent ? 10 * (72 / 25.4) : 0;
    const text = fill(l.text, fields);
    const lines = wrap(text, font, size, width - indent);
    const start = this.y;
    lines.forEach((s, i) => {
      if (paginate) this.ensure(size * LEADING);
      this.y -= size;
      const align = l.align === 'justify' ? 'left' : (l.align ?? 'left');
      const w = this.text(s, font, size, x + (i === 0 ? indent : 0), width - (i === 0 ? indent : 0), align, this.y);
      if (l.rule) {
        const rw = l.rule === 'full' ? w : w / 3;
        const rx = x + (width - rw) / 2;
        this.page.drawLine({
          start: { x: rx, y: this.y - 3 },
          end: { x: rx + rw, y: this.y - 3 },
          thickness: 0.6,
          color: BLACK,
        });
      }
      this.y -= size * (LEADING - 1);
    });
    this.y -= 3;
    return start - this.y;
  }

  private table(b: Extract<Block, { kind: 'table' }>, rows: Record<string, string>[]) {
    const x0 = MARGINS.left;
    const widths = b.columns.map((c) => c.width * this.textWidth);
    const size = 13;
    const pad = 3;
    const row = (cells: string[], bold: boolean) => {
      const font = bold ? this.faces.bold : this.faces.regular;
      const wrapped = cells.map((c, i) => wrap(c, font, size, widths[i] - 2 * pad));
      const height = Math.max(...wrapped.map((w) => w.length)) * size * LEADING + 2 * pad;
      return { wrapped, height, font };
    };
    const draw = (r: ReturnType<typeof row>, bold: boolean) => {
      let x = x0;
      r.wrapped.forEach((lines, i) => {
        this.page.drawRectangle({
          x,
          y: this.y - r.height,
          width: widths[i],
          height: r.height,
          borderColor: BLACK,
          borderWidth: 0.5,
        });
        lines.forEach((s, k) => {
          const align = bold ? 'center' : (b.columns[i].align ?? 'left');
          this.text(
            s,
            r.font,
            size,
            x + pad,
            widths[i] - 2 * pad,
            align,
            this.y - pad - size * (k + 1) - size * (LEADING - 1) * k,
          );
        });
        x += widths[i];
      });
      this.y -= r.height;
    };
    const header = row(
      b.columns.map((c) => c.title),
      true,
    );
    const drawHeader = () => draw(header, true);
    this.ensure(header.height * 2);
    drawHeader();
    for (const item of rows) {
      const r = row(
        b.columns.map((c) => item[c.field] ?? ''),
        false,
      );
      // A row never splits across pages, and each page's part of the table starts with its header.
      this.ensure(r.height, drawHeader);
      draw(r, false);
    }
    this.y -= 6;
  }

  /** The layout's blocks, filled from the model, from the current position on. */
  render(layout: Layout, model: DraftModel) {
    for (const b of layout.blocks) {
      if (b.kind === 'space') this.y -= b.points;
      else if (b.kind === 'line') this.line(b.line, model.fields, MARGINS.left, this.textWidth, true);
      else if (b.kind === 'table') this.table(b, model.awardees);
      else {
        const lw = this.textWidth * b.leftShare;
        const top = this.y;
        const height = (lines: Line[]) => lines.reduce((h, l) => h + (l.size ?? BODY_PT) * LEADING * 2 + 3, 0);
        this.ensure(Math.min(Math.max(height(b.left), height(b.right)), 200));
        const startY = this.y;
        for (const l of b.left) this.line(l, model.fields, MARGINS.left, lw, false);
        const leftEnd = this.y;
        this.y = startY;
        for (const l of b.right) this.line(l, model.fields, MARGINS.left + lw, this.textWidth - lw, false);
        this.y = Math.min(this.y, leftEnd, top);
      }
    }
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: true });
  }
}

/** One document: a layout filled with a model. */
export async function renderPdf(layout: Layout, model: DraftModel, title: string): Promise<Buffer> {
  const w = await PdfWriter.create(title);
  w.newPage(layout.landscape);
  w.render(layout, model);
  return Buffer.from(await w.save());
}
