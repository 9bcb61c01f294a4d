import type { Readable } from 'node:stream';
import type { UploadedDocument } from '@khen/domain';
import { FILE_TYPES, type FileType, type RefusedKind } from './file-types';

/** Who puts a file: the unit, authority or council it is filed for (`ownerId`), and the person. */
export interface DocumentOwner {
  ownerId: string;
  userId: string;
}

export interface PutMeta {
  /** The name the file had on the uploader's machine (cleaned: see safeFileName). */
  fileName: string;
  owner: DocumentOwner;
  /** At most this many bytes; more is refused and nothing is stored. */
  maxBytes: number;
  /** A SHA-256 the uploader computed: a different content is refused and nothing is stored. */
  declaredSha256?: string;
  /**
   * Called once the content is in and judged, before anything is committed: a caller that throws here
   * (the rest of an upload form was cut off, a field after the file says otherwise) leaves nothing stored.
   */
  beforeCommit?: (stored: Omit<StoredDocument, 'duplicate'>) => Promise<void>;
}

export interface StoredDocument extends UploadedDocument {
  type: FileType;
  /** The content was stored before (by anyone): kept once, this upload only recorded. */
  duplicate: boolean;
}

/** A stored file's facts, as the store keeps them (the first uploader's name for it). */
export interface DocumentInfo {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  ownerId: string | null;
  uploadedBy: string;
}

/**
 * Where dossier files live, by content: a PostgreSQL implementation today (chunked rows), another store
 * (an object store, a file server) could implement the same. `put` reads the stream once, computes the
 * SHA-256 and sniffs the type from the content; nothing is kept of a file it refuses or of a stream that
 * fails (a client that aborts). Whoever drafts documents (templates into DOCX/PDF) puts them here too.
 */
export interface DocumentStore {
  put(content: Readable, meta: PutMeta): Promise<StoredDocument>;
  /** The file's content as a stream, read piece by piece; undefined when it is not stored. */
  get(sha256: string): Promise<{ info: DocumentInfo; content: Readable } | undefined>;
  describe(sha256: string): Promise<DocumentInfo | undefined>;
  /** Of these hashes, the files `ownerId` has uploaded, under the name it gave them. */
  uploadsOf(ownerId: string, hashes: string[]): Promise<UploadedDocument[]>;
}

export type DocumentRefusal =
  | { reason: 'EMPTY' }
  | { reason: 'TOO_LARGE'; maxBytes: number }
  | { reason: 'TYPE'; kind: RefusedKind }
  | { reason: 'HASH_MISMATCH'; declared: string; actual: string };

/** A file the store will not keep, and why; the edge turns it into the catalogue's refusal. */
export class DocumentRefused extends Error {
  constructor(
    readonly refusal: DocumentRefusal,
    readonly fileName: string,
  ) {
    super(`document ${fileName} refused: ${refusal.reason}`);
  }
}

const ALIASES: Record<FileType, string[]> = {
  PDF: ['pdf'],
  PNG: ['png'],
  JPEG: ['jpg', 'jpeg'],
  DOCX: ['docx'],
  XLSX: ['xlsx'],
};
const FALLBACK_NAME = 'tai-lieu';
const MAX_NAME = 180;

/**
 * The uploader's file name made safe to keep and to send back: no folder part, no control or
 * direction-override characters, NFC, at most 180 characters. Once the type is known, an extension that
 * does not match it gets the right one appended ("bao-cao.exe" holding a PDF is kept as "bao-cao.exe.pdf").
 */
export function safeFileName(raw: string | undefined, type?: FileType): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let name = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME - ext.length) + ext;
  }
  if (!name) name = FALLBACK_NAME;
  if (!type) return name;
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return ALIASES[type].includes(ext) ? name : `${name}.${FILE_TYPES[type].extension}`;
}
