import { StreamableFile } from '@nestjs/common';

/** A file to download under its name. */
export function attachment(content: string | Buffer | Uint8Array, type: string, fileName: string): StreamableFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return new StreamableFile(bytes, { type, disposition: `attachment; filename="${fileName}"`, length: bytes.length });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One CSV cell: a formula injection guard for spreadsheet apps, then RFC 4180 quoting. */
export const csvCell = (v: string | number) => {
  const s = String(v);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV lines as a file: UTF-8 with a BOM so that Excel shows the diacritics. */
export const csvFile = (rows: (string | number)[][]) =>
  Buffer.from(`\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
