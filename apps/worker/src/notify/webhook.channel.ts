import { createHmac } from 'node:crypto';
import type { Alert, AlertChannel } from './alert-channel';

/** The signature a receiver checks: HMAC-SHA256 of the exact body bytes, hex, with the shared secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs each alert as JSON, signed (X-Khen-Signature) and keyed (Idempotency-Key). A retry sends the
 * same key and body, so a receiver that dedups by key sees each breach exactly once.
 */
export class WebhookChannel implements AlertChannel {
  readonly name = 'webhook';

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(alert: Alert): Promise<void> {
    const body = JSON.stringify({ id: alert.idempotencyKey, type: alert.kind, occurredAt: alert.at, alert });
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Idempotency-Key': alert.idempotencyKey,
        'X-Khen-Event': alert.kind,
        'X-Khen-Signature': signBody(this.secret, body),
      },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    // 2xx delivered; 409 = the receiver already has this key (a retry after a lost answer).
    if (!res.ok && res.status !== 409) throw new Error(`webhook ${this.url} answered ${res.status}`);
  }
}
