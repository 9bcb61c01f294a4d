import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of an event that its hash covers (docs/architecture.md §3). */
export interface HashedFields {
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: unknown;
  recordedAt: string;
}

/** hash = sha256(prev_hash || canonical(event)); the first event of a stream has no prev_hash. */
export function chainHash(prevHash: Buffer | null, event: HashedFields): Buffer {
  const h = createHash('sha256');
  if (prevHash) h.update(prevHash);
  h.update(canonicalJson(event));
  return h.digest();
}
