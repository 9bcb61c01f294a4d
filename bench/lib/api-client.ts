import type { Actor } from '@khen/domain';
import { TokenService } from '../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../apps/api/src/config/api.config';
import { KeycloakTokenKeeper } from '../../scripts/demo/keycloak-sign-in';

/**
 * A thin HTTP client of the real API. Outside production it signs demo tokens with the API's own (development)
 * key; with BENCH_KEYCLOAK_ISSUER (the cluster, in production mode) each person signs in at that Keycloak, as
 * in the pages, and the sessions are refreshed for the length of the run.
 */
export class ApiClient {
  private readonly tokens = new Map<string, string>();
  private keeper?: KeycloakTokenKeeper;

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
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { Authorization: this.authorization(actor), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
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

/** Today in Việt Nam (yyyy-MM-dd): decision dates may not be in the future. */
export const todayVn = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
