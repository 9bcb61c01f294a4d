import { inflateRawSync } from 'node:zlib';

/** The file types a dossier takes, told from their content (never from the name or the declared type). */
export const FILE_TYPES = {
  PDF: { mediaType: 'application/pdf', extension: 'pdf', inline: true },
  PNG: { mediaType: 'image/png', extension: 'png', inline: true },
  JPEG: { mediaType: 'image/jpeg', extension: 'jpg', inline: true },
  DOCX: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    inline: false,
  },
  XLSX: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    inline: false,
  },
} as const;
export type FileType = keyof typeof FILE_TYPES;

/** What a refused file turned out to be, for the message that names it. */
export type RefusedKind = 'EXECUTABLE' | 'SCRIPT' | 'OLD_OFFICE' | 'MACRO_OFFICE' | 'ZIP' | 'UNKNOWN';

export const REFUSED_KIND_VI: Record<RefusedKind, string> = {
  EXECUTABLE: 'tệp chương trình chạy được (EXE/ELF/Mach-O)',
  SCRIPT: 'tệp mã lệnh hoặc trang HTML',
  OLD_OFFICE: 'tệp Office định dạng cũ (.doc/.xls, có thể chứa macro)',
  MACRO_OFFICE: 'tệp Office có macro (.docm/.xlsm)',
  ZIP: 'tệp nén ZIP không phải DOCX hay XLSX',
  UNKNOWN: 'định dạng không nhận ra',
};
export const REFUSED_KIND_EN: Record<RefusedKind, string> = {
  EXECUTABLE: 'an executable program (EXE/ELF/Mach-O)',
  SCRIPT: 'a script or an HTML page',
  OLD_OFFICE: 'an old-format Office file (.doc/.xls, may carry macros)',
  MACRO_OFFICE: 'a macro-enabled Office file (.docm/.xlsm)',
  ZIP: 'a ZIP archive that is neither DOCX nor XLSX',
  UNKNOWN: 'an unrecognised format',
};

/** The first bytes decide, except for a ZIP, whose contents decide between DOCX, XLSX and refusal. */
export type HeadVerdict = { type: Exclude<FileType, 'DOCX' | 'XLSX'> } | { zip: true } | { refused: RefusedKind };

const starts = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, s: string, at = 0) =>
  b.length >= at + s.length && b.toString('latin1', at, at + s.length) === s;

/** Bytes needed to judge a file's head. */
export const HEAD_BYTES = 512;

/** Judges a file by its first bytes (at least HEAD_BYTES of them, or the whole file when shorter). */
export function sniffHead(head: Buffer): HeadVerdict {
  if (ascii(head, '%PDF-')) return { type: 'PDF' };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'PNG' };
  if (starts(head, [0xff, 0xd8, 0xff])) return { type: 'JPEG' };
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return { zip: true };
  if (
    ascii(head, 'MZ') ||
    starts(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].some(
      (m) => head.length >= 4 && head.readUInt32BE(0) === m,
    )
  )
    return { refused: 'EXECUTABLE' };
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { refused: 'OLD_OFFICE' };
  const text = head.toString('latin1', 0, Math.min(head.length, HEAD_BYTES)).replace(/^\xEF\xBB\xBF/, '');
  if (/^\s*(#!|<\?php|<script|<!doctype html|<html|<svg|<\?xml)/i.test(text)) return { refused: 'SCRIPT' };
  return { refused: 'UNKNOWN' };
}

/** Reads bytes of the stored file: the zip inspection reads only the directory and one small entry. */
export type ReadRange = (offset: number, length: number) => Promise<Buffer>;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An OOXML part list is a few kilobytes; anything larger is not a document we take. */
const MAX_CONTENT_TYPES = 1 << 20;
const MAX_DIRECTORY = 4 << 20;

/** The central directory's entries, read from the end of the file (no ZIP64: dossier files are small). */
async function zipEntries(size: number, read: ReadRange): Promise<ZipEntry[] | undefined> {
  const tailLength = Math.min(size, 65_557);
  const tail = await read(size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  if (at < 0) return undefined;
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (dirSize > MAX_DIRECTORY || dirOffset + dirSize > size) return undefined;
  const dir = await read(dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  for (let p = 0, n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return undefined;
    const nameLength = dir.readUInt16LE(p + 28);
    const extra = dir.readUInt16LE(p + 30);
    const comment = dir.readUInt16LE(p + 32);
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localHeaderOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

async function entryText(e: ZipEntry, size: number, read: ReadRange): Promise<string | undefined> {
  if (e.compressedSize > MAX_CONTENT_TYPES || e.localHeaderOffset + 30 > size) return undefined;
  const local = await read(e.localHeaderOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) return undefined;
  const start = e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + e.compressedSize > size) return undefined;
  const raw = await read(start, e.compressedSize);
  try {
    if (e.method === 0) return raw.toString('utf8');
    if (e.method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_CONTENT_TYPES }).toString('utf8');
  } catch {
    return undefined;
  }
  return undefined;
}

const MAIN_PART = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};

/**
 * A ZIP is a DOCX or an XLSX when its `[Content_Types].xml` says so (the main part's content type) and it
 * carries no macros (`vbaProject.bin`, a macro-enabled main part); anything else zipped is refused.
 */
export async function sniffZip(
  size: number,
  read: ReadRange,
): Promise<{ type: 'DOCX' | 'XLSX' } | { refused: RefusedKind }> {
  const entries = await zipEntries(size, read);
  const types = entries?.find((e) => e.name === '[Content_Types].xml');
  if (!entries || !types) return { refused: 'ZIP' };
  const xml = await entryText(types, size, read);
  if (xml === undefined) return { refused: 'ZIP' };
  if (/macroEnabled/i.test(xml) || entries.some((e) => /vbaProject\.bin$/i.test(e.name)))
    return { refused: 'MACRO_OFFICE' };
  if (xml.includes(MAIN_PART.DOCX) && entries.some((e) => e.name === 'word/document.xml')) return { type: 'DOCX' };
  if (xml.includes(MAIN_PART.XLSX) && entries.some((e) => e.name === 'xl/workbook.xml')) return { type: 'XLSX' };
  return { refused: 'ZIP' };
}
