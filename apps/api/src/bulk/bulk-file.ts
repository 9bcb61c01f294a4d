import ExcelJS from 'exceljs';

/** A table read from an uploaded file: the header row and the data rows, cells as trimmed strings. */
export interface Table {
  header: string[];
  rows: string[][];
  /** Each data row's number in the file as people see it (the header is row 1; blank rows are skipped but counted). */
  rowNumbers: number[];
}

/** Drops blank records, keeping each remaining one's number in the file (1-based). */
function table(records: { number: number; cells: string[] }[]): Table {
  const nonEmpty = records.filter((r) => r.cells.some((x) => x !== ''));
  const [head, ...data] = nonEmpty;
  return { header: head?.cells ?? [], rows: data.map((r) => r.cells), rowNumbers: data.map((r) => r.number) };
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), a BOM tolerated, `,` or `;` as the separator. */
export function parseCsv(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    records.push(row);
  }
  return table(records.map((r, i) => ({ number: i + 1, cells: r.map((x) => x.trim()) })));
}

/** The first worksheet of an XLSX workbook. */
export async function readXlsx(buffer: Buffer): Promise<Table> {
  const [first] = (await readXlsxSheets(buffer)).values();
  return first ?? { header: [], rows: [], rowNumbers: [] };
}

/** Every worksheet of an XLSX workbook, by its name, in the workbook's order. */
export async function readXlsxSheets(buffer: Buffer): Promise<Map<string, Table>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, Table>();
  for (const sheet of workbook.worksheets) {
    const records: { number: number; cells: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (r) =>
      records.push({ number: r.number, cells: (r.values as unknown[]).slice(1).map(cellText) }),
    );
    const read = table(records);
    sheets.set(sheet.name, {
      ...read,
      rows: read.rows.map((r) => Array.from({ length: read.header.length }, (_, i) => r[i] ?? '')),
    });
  }
  return sheets;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (o.richText)
      return o.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if (o.text !== undefined) return String(o.text).trim();
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v).trim();
}

/** Header names compared without case, diacritics or punctuation ("Họ và tên" = "ho_va_ten"). */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
