import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module';
import PizZip from 'pizzip';
import type { DraftModel } from './draft-model';
import { A4, type Block, type Layout, type Line, MARGINS, MM } from './layout';

/** A fixed time in every ZIP entry, so that the same draft is the same bytes (its hash names it). */
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));
const twips = (points: number) => Math.round(points * 20);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

function run(l: Line): string {
  const size = (l.size ?? 14) * 2;
  const props = `${l.bold ? '<w:b/>' : ''}${l.italic ? '<w:i/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(l.text)}</w:t></w:r>`;
}

function paragraph(l: Line): string {
  const rule = l.rule ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '';
  const indent = l.indent ? `<w:ind w:firstLine="${twips(10 * MM)}"/>` : '';
  const pad = l.rule === 'short' ? '<w:ind w:left="1000" w:right="1000"/>' : '';
  return `<w:p><w:pPr>${rule}<w:spacing w:before="0" w:after="60"/>${indent || pad}<w:jc w:val="${JC[l.align ?? 'left']}"/></w:pPr>${run(l)}</w:p>`;
}

const cell = (width: number, content: string, borders: boolean) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${borders ? '' : '<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'}</w:tcPr>${content || '<w:p/>'}</w:tc>`;

function block(b: Block, textWidth: number): string {
  switch (b.kind) {
    case 'line':
      return paragraph(b.line);
    case 'space':
      return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${twips(b.points)}" w:lineRule="exact"/></w:pPr></w:p>`;
    case 'columns': {
      const l = Math.round(textWidth * b.leftShare);
      const row =
        cell(l, b.left.map(paragraph).join(''), false) + cell(textWidth - l, b.right.map(paragraph).join(''), false);
      return `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${l}"/><w:gridCol w:w="${textWidth - l}"/></w:tblGrid><w:tr>${row}</w:tr></w:tbl>`;
    }
    case 'table': {
      const widths = b.columns.map((c) => Math.round(textWidth * c.width));
      const header = b.columns
        .map((c, i) => cell(widths[i], paragraph({ text: c.title, bold: true, size: 13, align: 'center' }), true))
        .join('');
      const body = b.columns
        .map((c, i) => {
          const open = i === 0 ? `{#${b.loop}}` : '';
          const close = i === b.columns.length - 1 ? `{/${b.loop}}` : '';
          return cell(
            widths[i],
            paragraph({ text: `${open}{${c.field}}${close}`, size: 13, align: c.align ?? 'left' }),
            true,
          );
        })
        .join('');
      const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
        .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
        .join('');
      // The header row repeats on every page, and no row splits across two: a clean table however long.
      return `<w:tbl><w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${header}</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>${body}</w:tr></w:tbl><w:p/>`;
    }
  }
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
/** Times New Roman, Unicode (TCVN 6909:2001), 14 pt, black: the defaults of every run. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

/** The DOCX template of a layout: placeholders kept as `{name}`, A4, the margins of Decree 30/2020/NĐ-CP. */
export function layoutToDocx(layout: Layout): Buffer {
  const [w, h] = layout.landscape ? [A4.height, A4.width] : [A4.width, A4.height];
  const textWidth = twips(w - MARGINS.left - MARGINS.right);
  const sect = `<w:sectPr><w:pgSz w:w="${twips(w)}" w:h="${twips(h)}"${layout.landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${twips(MARGINS.top)}" w:right="${twips(MARGINS.right)}" w:bottom="${twips(MARGINS.bottom)}" w:left="${twips(MARGINS.left)}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${layout.blocks.map((b) => block(b, textWidth)).join('')}${sect}</w:body></w:document>`;
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES, { date: ZIP_DATE });
  zip.file('_rels/.rels', RELS, { date: ZIP_DATE });
  zip.file('word/_rels/document.xml.rels', DOC_RELS, { date: ZIP_DATE });
  zip.file('word/document.xml', document, { date: ZIP_DATE });
  zip.file('word/styles.xml', STYLES, { date: ZIP_DATE });
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Why a DOCX cannot be a template: not a Word file, or its placeholders broken. */
export class TemplateUnreadable extends Error {}

function open(docx: Buffer, inspect?: InstanceType<typeof InspectModule>): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch (e) {
    throw new TemplateUnreadable(`not a ZIP: ${(e as Error).message}`);
  }
  if (!zip.file('word/document.xml')) throw new TemplateUnreadable('no word/document.xml');
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      modules: inspect ? [inspect] : [],
      nullGetter: () => '',
    });
  } catch (e) {
    const errors = (e as { properties?: { errors?: { message: string }[] } }).properties?.errors ?? [];
    throw new TemplateUnreadable(errors.map((x) => x.message).join('; ') || (e as Error).message);
  }
}

/** The placeholders a DOCX template names: `name`, and `loop.field` inside a loop. */
export function docxPlaceholders(docx: Buffer): string[] {
  const inspect = new InspectModule();
  open(docx, inspect);
  const out: string[] = [];
  const walk = (tags: Record<string, object>, prefix: string) => {
    for (const [k, v] of Object.entries(tags)) {
      out.push(prefix + k);
      if (Object.keys(v).length > 0) walk(v as Record<string, object>, `${k}.`);
    }
  };
  walk(inspect.getAllTags() as Record<string, object>, '');
  return out;
}

/** A template filled with a draft's model: the DOCX the office edits or prints. Same input, same bytes. */
export function fillDocx(template: Buffer, model: DraftModel): Buffer {
  const doc = open(template);
  doc.render({ ...model.fields, awardees: model.awardees });
  const zip = doc.getZip();
  for (const f of Object.values(zip.files)) (f as { date: Date }).date = ZIP_DATE;
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The text of a DOCX, one paragraph a line (what a reader sees; tests compare it with the case). */
export function docxText(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .filter((t) => t.length > 0)
    .join('\n');
}
