import { createHash, randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, WEB_CLIENT_ID } from './keycloak-realm';

/**
 * Sign-in at a Keycloak realm as a browser does it, over plain HTTP, for the programs that act as people: the
 * tests, the fault drill and the benchmark against the cluster (whose API accepts only the issuer's tokens).
 */
export interface KeycloakTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

const b64url = (b: Buffer) => b.toString('base64url');
const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

async function tokenEndpoint(issuer: string, form: Record<string, string>, what: string): Promise<KeycloakTokens> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  const body = (await res.json()) as Record<string, string>;
  if (!res.ok) throw new Error(`Keycloak's token endpoint refused ${what}: ${JSON.stringify(body)}`);
  return { accessToken: body.access_token!, idToken: body.id_token!, refreshToken: body.refresh_token! };
}

/**
 * The authorization code flow with PKCE, step by step: the authorization endpoint answers Keycloak's
 * login form, the form is posted with the user's password, the redirect carries the code, the token
 * endpoint trades it. `clientId` and `redirectUri` pick the client (Keycloak's own `account-console`
 * gives a token for another audience).
 */
export async function signInAtKeycloak(
  issuer: string,
  username: string,
  o: { clientId?: string; redirectUri?: string; password?: string } = {},
): Promise<KeycloakTokens> {
  const clientId = o.clientId ?? WEB_CLIENT_ID;
  const redirectUri = o.redirectUri ?? 'http://127.0.0.1:9/dang-nhap/oidc';
  const verifier = b64url(randomBytes(32));
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  const auth = new URL(`${issuer}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri,
    state: b64url(randomBytes(12)),
    nonce: b64url(randomBytes(12)),
    code_challenge: b64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();
  const form = await fetch(auth, { redirect: 'manual' });
  keep(form);
  const html = await form.text();
  const action = /<form[^>]+action="([^"]+)"/.exec(html)?.[1];
  if (!form.ok || !action) throw new Error(`Keycloak answered no login form (${form.status})`);

  const login = await fetch(unescapeHtml(action), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie() },
    body: new URLSearchParams({ username, password: o.password ?? DEMO_PASSWORD }),
  });
  const location = login.headers.get('location');
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (login.status !== 302 || !code) throw new Error(`Keycloak did not sign ${username} in (${login.status})`);
  return tokenEndpoint(
    issuer,
    { grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: redirectUri, code_verifier: verifier },
    'the code',
  );
}

/** New tokens for a session (the refresh token grant, as the pages' silent refresh does). */
export function refreshAtKeycloak(issuer: string, refreshToken: string, clientId = WEB_CLIENT_ID) {
  return tokenEndpoint(
    issuer,
    { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken },
    'the refresh',
  );
}

/**
 * Access tokens of several people for a long run: each signed in once, each session refreshed every
 * `refreshSeconds` (below the realm's access token lifespan, 300 s), the latest token at hand at any time.
 * `stop()` ends the refreshing.
 */
export class KeycloakTokenKeeper {
  private readonly sessions = new Map<string, KeycloakTokens>();
  private timer?: NodeJS.Timeout;
  /** Refreshes that failed (the session then signed in again, or tried again at the next round). */
  failedRefreshes = 0;

  private constructor(readonly issuer: string) {}

  static async signIn(issuer: string, usernames: string[], refreshSeconds = 120): Promise<KeycloakTokenKeeper> {
    const keeper = new KeycloakTokenKeeper(issuer);
    for (const u of new Set(usernames)) keeper.sessions.set(u, await signInAtKeycloak(issuer, u));
    keeper.timer = setInterval(() => void keeper.refreshAll(), refreshSeconds * 1000);
    keeper.timer.unref();
    return keeper;
  }

  /** Each session refreshed; one whose refresh is refused (its session ended) is signed in again. */
  private async refreshAll(): Promise<void> {
    for (const [u, s] of this.sessions)
      try {
        this.sessions.set(u, await refreshAtKeycloak(this.issuer, s.refreshToken));
      } catch {
        this.failedRefreshes++;
        await signInAtKeycloak(this.issuer, u).then(
          (fresh) => this.sessions.set(u, fresh),
          () => undefined,
        );
      }
  }

  token(username: string): string {
    const s = this.sessions.get(username);
    if (!s) throw new Error(`${username} is not signed in`);
    return s.accessToken;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
