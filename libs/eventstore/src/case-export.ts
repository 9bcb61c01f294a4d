import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { StoredEvent } from './event-store.types';
import { storedEventFromJson, storedEventToJson, type StoredEventJson } from './stored-event';
import { verifyChain } from './verify';

export const EXPORT_FORMAT = 'khen-case-export/1';

/** An exported event is a stored event in its JSON form (stored-event.ts). */
export type ExportedEvent = StoredEventJson;

/** One case's stream with its hash chain, signed (Ed25519) so anyone can check it offline. */
export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  streamId: string;
  exportedAt: string;
  events: ExportedEvent[];
  head: string | null;
  signature: { algorithm: 'Ed25519'; publicKey: string; value: string };
}

// A fixed development key (never for production, where KHEN_EXPORT_SIGNING_KEY holds a PEM).
const DEV_SEED = Buffer.from('6b68656e2d6465762d6578706f72742d7369676e696e672d6b65792d30303031', 'hex');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

export function exportSigningKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  if (env.KHEN_EXPORT_SIGNING_KEY) return createPrivateKey(env.KHEN_EXPORT_SIGNING_KEY);
  if (env.NODE_ENV === 'production') throw new Error('KHEN_EXPORT_SIGNING_KEY must be set in production');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, DEV_SEED]), format: 'der', type: 'pkcs8' });
}

const unsigned = (x: Omit<CaseExport, 'signature'> & { signature?: unknown }) => {
  const { signature: _s, ...rest } = x;
  return Buffer.from(canonicalJson(rest));
};

export function exportCase(
  streamId: string,
  events: readonly StoredEvent[],
  key: KeyObject,
  now = new Date(),
): CaseExport {
  const body = {
    format: EXPORT_FORMAT as typeof EXPORT_FORMAT,
    streamId,
    exportedAt: now.toISOString(),
    events: events.map(storedEventToJson),
    head: events.length ? events[events.length - 1].hash.toString('hex') : null,
  };
  const publicKey = createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  return {
    ...body,
    signature: { algorithm: 'Ed25519', publicKey, value: sign(null, unsigned(body), key).toString('base64') },
  };
}

export interface ExportCheck {
  ok: boolean;
  signatureValid: boolean;
  chainValid: boolean;
  /** When a trusted key is given: whether the export was signed with it. */
  trustedKey?: boolean;
  broken?: { streamVersion: number; reason: string };
}

/** Checks an export offline: the signature over its content, and every hash of its chain. */
export function checkCaseExport(x: CaseExport, trustedPublicKeyPem?: string): ExportCheck {
  const signatureValid =
    x.format === EXPORT_FORMAT &&
    verify(null, unsigned(x), createPublicKey(x.signature.publicKey), Buffer.from(x.signature.value, 'base64'));
  const broken = verifyChain(x.events.map(storedEventFromJson));
  const trustedKey =
    trustedPublicKeyPem === undefined
      ? undefined
      : createPublicKey(trustedPublicKeyPem)
          .export({ type: 'spki', format: 'der' })
          .equals(createPublicKey(x.signature.publicKey).export({ type: 'spki', format: 'der' }));
  const chainValid =
    !broken && (x.events.length === 0 ? x.head === null : x.head === x.events[x.events.length - 1].hash);
  return {
    ok: signatureValid && chainValid && trustedKey !== false,
    signatureValid,
    chainValid,
    trustedKey,
    broken: broken && { streamVersion: broken.streamVersion, reason: broken.reason },
  };
}
