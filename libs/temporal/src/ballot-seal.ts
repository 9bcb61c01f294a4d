import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RevealedBallots, VoteChoice } from '@khen/domain';

const DEV_KEY = 'khen-dev-only-ballot-key';
const schema = z.object({
  KHEN_BALLOT_KEY: z.string().min(16).default(DEV_KEY),
  NODE_ENV: z.string().default('development'),
});

/** The key that seals council votes: the API seals, the worker opens them only to tally. */
export function loadBallotKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const c = schema.parse(env);
  if (c.KHEN_BALLOT_KEY === DEV_KEY && c.NODE_ENV === 'production')
    throw new Error('KHEN_BALLOT_KEY must be set in production');
  return createHash('sha256').update(c.KHEN_BALLOT_KEY).digest();
}

// One byte per choice, so that both choices seal to ciphertexts of the same length.
const BYTE: Record<VoteChoice, number> = { APPROVE: 1, DISAPPROVE: 0 };

/**
 * Seals a choice for one ballot (AES-256-GCM, the ballot id as associated data): what travels in
 * the Update and sits in the workflow's memory is opaque, and cannot be replayed into another ballot.
 */
export function sealChoice(key: Buffer, ballotId: string, choice: VoteChoice): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ballotId));
  const body = Buffer.concat([cipher.update(Buffer.from([BYTE[choice]])), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

export function openChoice(key: Buffer, ballotId: string, sealed: string): VoteChoice | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(ballotId));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const [byte] = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
    return byte === 1 ? 'APPROVE' : byte === 0 ? 'DISAPPROVE' : undefined;
  } catch {
    return undefined;
  }
}

/** Opens a closing ballot's box: choices sorted, so their order says nothing about who cast them. */
export function openBallotBox(key: Buffer, ballotId: string, sealed: string[], written: string[]): RevealedBallots {
  const all = [...sealed, ...written];
  const opened = all.map((s) => openChoice(key, ballotId, s));
  const choices = opened.filter((c): c is VoteChoice => c !== undefined).sort();
  return { choices, writtenOpinions: written.length, invalid: opened.length - choices.length, sealed: [...all].sort() };
}
