import { StreamableFile } from '@nestjs/common';
import type { OpenFile } from './documents.service';

/** Shown in the page (PDF viewer, image); any other type is downloaded. */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * The headers every file answer carries, whatever the route (set by @Header on each): the type as sniffed,
 * never guessed again by the browser; no script, no fetch, no form from the file's document; embeddable in
 * our own pages only; the link never sent on as a referrer; not cached beyond the person's browser.
 * `object-src 'self'` keeps Chromium's PDF viewer working (it is a plugin document for CSP).
 */
export const FILE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'private, max-age=300',
};

/** RFC 6266 with an RFC 5987 `filename*`: the Vietnamese name for browsers, an ASCII fallback for the rest. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
      .trim() || 'tai-lieu';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const isInline = (mediaType: string) => INLINE.has(mediaType);

/** A stored file as the answer: streamed row by row, with its sniffed type, length and disposition. */
export function fileAnswer({ info, content }: OpenFile): StreamableFile {
  return new StreamableFile(content, {
    type: info.mediaType,
    length: info.size,
    disposition: contentDisposition(isInline(info.mediaType) ? 'inline' : 'attachment', info.fileName),
  });
}
