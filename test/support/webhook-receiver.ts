import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  key: string;
  kind: string;
  status: number;
  signatureValid: boolean;
  body: { id: string; type: string; alert: { nominationId: string; window?: number } };
}

/**
 * A webhook receiver as a partner would run it: checks the HMAC signature, dedups by Idempotency-Key,
 * and fails the first `failFirst` requests with 500 to force retries.
 */
export async function startReceiver(secret: string, failFirst = 1) {
  const requests: Delivery[] = [];
  const accepted = new Map<string, Delivery>();
  let failures = failFirst;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
      const key = String(req.headers['idempotency-key'] ?? '');
      const status = failures-- > 0 ? 500 : accepted.has(key) ? 409 : 200;
      const d: Delivery = {
        key,
        kind: String(req.headers['x-khen-event']),
        status,
        signatureValid: req.headers['x-khen-signature'] === expected,
        body: JSON.parse(raw),
      };
      requests.push(d);
      if (status === 200 && d.signatureValid) accepted.set(key, d);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/khen-alerts`,
    requests,
    /** What the receiver's own system saw: one entry per idempotency key. */
    accepted,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
