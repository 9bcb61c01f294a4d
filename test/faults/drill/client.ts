/**
 * The drill's HTTP client behaves like a careful real client while things restart: every call has
 * a timeout; a command whose answer was lost (network error, timeout, 5xx) is not blindly re-sent —
 * the case is re-read first, and the command is sent again only if it did not take effect. A create
 * carries the client's own nominationId, so a repeated create is 409 NOMINATION_EXISTS, never a
 * second case. Every retry is counted by its reason.
 */
import { sleep } from './infra';

export interface Reply {
  status: number;
  body: any;
  /** Network error or timeout: no HTTP answer at all. */
  error?: string;
}

export interface ClientStats {
  requests: number;
  /** Calls re-sent (or re-read) after a lost answer, by reason: network, timeout, HTTP status. */
  retries: Record<string, number>;
  /** Answers by status code (0 = no answer). */
  statuses: Record<string, number>;
  /** A re-sent command found already done: by the re-read, or by a 409 like ALREADY_VOTED. */
  alreadyDoneAfterRetry: number;
  /** 5xx answers with their codes (a 500 is a bug unless the store or Temporal was down). */
  serverErrors: Record<string, number>;
  /** Refusals that made no sense for the plan: the drill reports them as failures. */
  unexpected: string[];
}

export function newStats(): ClientStats {
  return { requests: 0, retries: {}, statuses: {}, alreadyDoneAfterRetry: 0, serverErrors: {}, unexpected: [] };
}

const bump = (m: Record<string, number>, k: string, n = 1) => {
  m[k] = (m[k] ?? 0) + n;
};

/** Limits concurrent requests (the API is one process on a 2-core machine). */
export class Semaphore {
  private waiting: (() => void)[] = [];
  private active = 0;
  constructor(private readonly max: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** A bearer token, or where to get the current one (a session's tokens are renewed during a long drill). */
export type Token = string | (() => string);

export class DrillClient {
  readonly stats = newStats();

  constructor(
    private readonly baseUrl: string,
    private readonly gate: Semaphore,
    private readonly timeoutMs = 30_000,
  ) {}

  /**
   * One request. `token` may be a function, asked once the request's turn has come: with thousands of cases
   * queued, a token taken at the queue's entry can expire before the request is sent.
   */
  async raw(method: string, path: string, token: Token | undefined, body?: unknown): Promise<Reply> {
    return this.gate.run(async () => {
      this.stats.requests++;
      const bearer = typeof token === 'function' ? token() : token;
      try {
        const res = await fetch(`${this.baseUrl}/api${path}`, {
          method,
          headers: {
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const text = await res.text();
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text
        }
        bump(this.stats.statuses, String(res.status));
        if (res.status >= 500)
          bump(this.stats.serverErrors, `${res.status} ${(parsed as { code?: string })?.code ?? ''}`.trim());
        return { status: res.status, body: parsed };
      } catch (err) {
        const e = err as Error & { cause?: { code?: string } };
        const reason =
          e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timeout' : `network ${e.cause?.code ?? e.message}`;
        bump(this.stats.statuses, '0');
        return { status: 0, body: undefined, error: reason };
      }
    });
  }

  /** A read, retried until it answers 2xx or 404 (reads are safe to repeat). */
  async read(path: string, token: Token, deadline: number): Promise<Reply> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.raw('GET', path, token);
      if ((r.status >= 200 && r.status < 300) || r.status === 404) return r;
      if (Date.now() > deadline)
        throw new Error(
          `GET ${path}: no answer before the deadline (last ${r.status} ${r.error ?? JSON.stringify(r.body)})`,
        );
      this.retried(r);
      await backoff(attempt);
    }
  }

  retried(r: Reply): void {
    bump(this.stats.retries, r.error ? r.error.split(' ')[0] : `http ${r.status}`);
  }
}

/** 200 ms doubling to 5 s, with jitter, so that 1,000 cases do not retry in lockstep. */
export function backoff(attempt: number): Promise<void> {
  const base = Math.min(5000, 200 * 2 ** attempt);
  return sleep(base / 2 + (Math.random() * base) / 2);
}

/** A lost answer: the command may or may not have been recorded. */
export const ambiguous = (r: Reply) => r.status === 0 || r.status >= 500;
