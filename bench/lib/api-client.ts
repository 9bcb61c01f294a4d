import type { Actor } from '@khen/domain';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { KeycloakTokenKeeper } from '../../scripts/demo/keycloak-sign-in';
import { sleep } from './stats';

/**
 * A thin HTTP client of the real API. Outside production it signs demo tokens with the API's own (development)
 * key; with BENCH_KEYCLOAK_ISSUER (the cluster, in production mode) each person signs in at that Keycloak, as
 * in the pages, and the sessions are refreshed for the length of the run.
 */
export class ApiClient {
  private readonly tokens = new Map<string, string>();
  private keeper?: KeycloakTokenKeeper;
  /** Commands answered 503 (not answered in time) and then found in the case or sent again. */
  notAnswered = 0;

  constructor(
    readonly base = process.env.KHEN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 3000}/api`,
    private readonly issuer = process.env.BENCH_KEYCLOAK_ISSUER,
  ) {}

  async signIn(actors: Actor[]): Promise<void> {
    if (this.issuer) {
      this.keeper = await KeycloakTokenKeeper.signIn(
        this.issuer,
        actors.map((a) => a.userId),
      );
      return;
    }
    const signer = new TokenService(loadApiConfig());
    for (const a of actors) this.tokens.set(a.userId, await signer.sign(a));
  }

  /** Stops refreshing the Keycloak sessions (the process may then exit). */
  close(): void {
    this.keeper?.stop();
  }

  private token(actor: Actor): string {
    const token = this.keeper ? this.keeper.token(actor.userId) : this.tokens.get(actor.userId);
    if (!token) throw new Error(`no token for ${actor.userId}`);
    return token;
  }

  /** The Authorization header of a signed-in actor. */
  authorization(actor: Actor): string {
    return `Bearer ${this.token(actor)}`;
  }

  async call<T = Record<string, unknown>>(
    actor: Actor,
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ): Promise<{ status: number; body: T; retryAfterS: number }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { Authorization: this.authorization(actor), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : {}) as T,
      retryAfterS: retryAfterSeconds(res.headers.get('retry-after')),
    };
  }

  /**
   * A command whose answer may be late. A 503 (the case did not answer in time: the command is still on its way,
   * or was never taken) is not re-sent blindly: after the Retry-After the case is re-read, up to five times, and
   * `tookEffect` says whether the command is in it (its reading is then the answer); only if it is not is the
   * command sent again. A refusal after such a 503 is looked at the same way (the first attempt may have won).
   * The 503s waited out are counted in `notAnswered`.
   */
  async command<T = Record<string, unknown>>(
    actor: Actor,
    path: string,
    body: object | undefined,
    tookEffect: () => Promise<T | undefined>,
  ): Promise<T> {
    let late = false;
    for (let attempt = 1; ; attempt++) {
      const r = await this.call<T>(actor, 'POST', path, body);
      if (r.status < 300) return r.body;
      if (late && r.status === 409) {
        const seen = await tookEffect();
        if (seen !== undefined) return seen;
      }
      if (r.status !== 503 || attempt >= 5)
        throw new Error(`POST ${path} as ${actor.userId}: ${r.status} ${JSON.stringify(r.body)}`);
      late = true;
      this.notAnswered++;
      for (let look = 0; look < 5; look++) {
        await sleep(r.retryAfterS * 1000);
        const seen = await tookEffect();
        if (seen !== undefined) return seen;
      }
    }
  }

  /** The call, or an error that says which step failed and why. */
  async must<T = Record<string, unknown>>(
    actor: Actor,
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ): Promise<T> {
    const r = await this.call<T>(actor, method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path} as ${actor.userId}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/** Seconds to wait from a Retry-After header of seconds; 2 (the API's own) when absent or not a number. */
const retryAfterSeconds = (header: string | null): number => {
  const s = header === null || header.trim() === '' ? NaN : Number(header);
  return Number.isFinite(s) && s >= 0 ? s : 2;
};

/** Today in Việt Nam (yyyy-MM-dd): decision dates may not be in the future. */
export const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
