import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { loadBallotKey } from '@khen/temporal';
import { problem } from '../problem/problem.exception';

/** How long a link to a file opens it: long enough to open a tab, short enough to be worthless when it leaks. */
export const LINK_TTL_SECONDS = 300;

export interface LinkClaims {
  sha256: string;
  /** The person it was issued to (logged when it is opened). */
  reader: string;
  /** The case it was opened from ('' for one's own upload). */
  caseId: string;
  /** Unix seconds. */
  expires: number;
}

const schema = z.object({ KHEN_FILE_LINK_KEY: z.string().min(32).optional() });

/**
 * Short-lived signed links to dossier files, so that a file opens in a new tab, an <iframe> or an <img>,
 * none of which can send a bearer header. HMAC-SHA256 over the hash, reader, case and expiry, with
 * KHEN_FILE_LINK_KEY, else a key derived (HKDF) from KHEN_BALLOT_KEY: the same on every API replica, and
 * one that opens no ballot.
 */
export class FileLinks {
  private readonly key: Buffer;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const given = schema.parse(env).KHEN_FILE_LINK_KEY;
    this.key = given
      ? Buffer.from(given)
      : Buffer.from(hkdfSync('sha256', loadBallotKey(env), Buffer.alloc(0), 'khen file links v1', 32));
  }

  /** The path (under /api) that opens the file, and when it stops opening it. */
  issue(c: Omit<LinkClaims, 'expires'>, now = Date.now()): { url: string; expiresAt: string } {
    const expires = Math.floor(now / 1000) + LINK_TTL_SECONDS;
    const q = new URLSearchParams({ r: c.reader, c: c.caseId, e: String(expires), s: this.sign({ ...c, expires }) });
    return { url: `/api/files/${c.sha256}?${q.toString()}`, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The claims of a link, or the catalogue's 403 (expired, or not signed by us). */
  verify(sha256: string, q: { r?: unknown; c?: unknown; e?: unknown; s?: unknown }, now = Date.now()): LinkClaims {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const [reader, caseId, e, s] = [str(q.r), str(q.c) ?? '', str(q.e), str(q.s)];
    const expires = Number(e);
    if (!reader || !s || !/^\d{1,12}$/.test(e ?? '')) throw problem('DOCUMENT_LINK_INVALID', { expired: false });
    const claims = { sha256, reader, caseId, expires };
    const expected = Buffer.from(this.sign(claims));
    const given = Buffer.from(s);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw problem('DOCUMENT_LINK_INVALID', { expired: false });
    if (expires * 1000 < now) throw problem('DOCUMENT_LINK_INVALID', { expired: true });
    return claims;
  }

  private sign(c: LinkClaims): string {
    return createHmac('sha256', this.key)
      .update(['v1', c.sha256, c.reader, c.caseId, String(c.expires)].join('\n'))
      .digest('base64url');
  }
}
