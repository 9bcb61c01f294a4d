import { problem } from '../problem/problem.exception';

/** Opaque keyset cursors: the sort key and id of the last row of a page, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the refusal
  }
  throw problem('INVALID_CURSOR');
}
