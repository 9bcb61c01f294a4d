import { createHash, randomBytes } from 'node:crypto';
import { API_AUDIENCE, DEMO_PASSWORD, WEB_CLIENT_ID } from '../../scripts/demo/keycloak-realm';

/**
 * The Keycloak that scripts/test.sh started (scripts/lib-keycloak.sh) on the realm of
 * config/keycloak/khen-realm.json, and sign-in through it as a browser would, over plain HTTP.
 */
export function keycloakIssuer(): string {
  const issuer = process.env.KHEN_TEST_KEYCLOAK_ISSUER;
  if (!issuer) throw new Error('KHEN_TEST_KEYCLOAK_ISSUER is not set — run `npm test`, which starts Keycloak');
  return issuer;
}

/**
 * Makes the API of this test file trust that Keycloak (jest gives each test file its own process.env).
 * Call it before the API starts.
 */
export function trustKeycloak(): string {
  const issuer = keycloakIssuer();
  process.env.KHEN_OIDC_ISSUER = issuer;
  process.env.KHEN_OIDC_AUDIENCE = API_AUDIENCE;
  process.env.KHEN_OIDC_CLIENT_ID = WEB_CLIENT_ID;
  delete process.env.KHEN_OIDC_JWKS_URL; // discovered from the issuer
  return issuer;
}

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

/**
 * The authorization code flow with PKCE, step by step: the authorization endpoint answers Keycloak's
 * login form, the form is posted with the user's password, the redirect carries the code, the token
 * endpoint trades it. `clientId` and `redirectUri` pick the client (Keycloak's own `account-console`
 * gives a token for another audience).
 */
export async function signInAtKeycloak(
  username: string,
  o: { clientId?: string; redirectUri?: string; password?: string } = {},
): Promise<KeycloakTokens> {
  const issuer = keycloakIssuer();
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

  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = (await res.json()) as Record<string, string>;
  if (!res.ok) throw new Error(`Keycloak's token endpoint refused the code: ${JSON.stringify(body)}`);
  return { accessToken: body.access_token!, idToken: body.id_token!, refreshToken: body.refresh_token! };
}
