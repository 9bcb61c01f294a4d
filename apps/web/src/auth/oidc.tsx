import { ApiError } from '../api/client';

/**
 * OpenID Connect for the pages, by hand (WebCrypto, no library): authorization code with PKCE (S256)
 * at the issuer the API names (GET /api/auth/config), refresh with the refresh token, and RP-initiated
 * sign-out at the issuer's end_session_endpoint. WebCrypto needs a secure context: HTTPS, or 127.0.0.1
 * and localhost.
 */
export interface AuthConfig {
  oidc: { issuer: string; clientId: string; scope: string; audience: string } | null;
  demo: boolean;
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

export interface OidcTokens {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  /** Epoch ms at which the access token expires. */
  expiresAt: number;
}

/** The sign-in under way, kept across the redirect to the issuer (sessionStorage of this tab). */
interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

const PENDING = 'khen.oidc.pending';
export const CALLBACK_PATH = '/dang-nhap/oidc';
export const SIGNED_OUT_PATH = '/dang-xuat';

const fail = (code: string, detail: string, detailEn: string) => new ApiError(0, { status: 0, code, detail, detailEn });

let config: Promise<AuthConfig> | undefined;
/** The API's sign-in settings, asked once per page load. */
export function authConfig(): Promise<AuthConfig> {
  config ??= fetch('/api/auth/config', { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<AuthConfig>) : { oidc: null, demo: false }))
    .catch(() => {
      config = undefined;
      return { oidc: null, demo: false };
    });
  return config;
}

let discovery: Promise<Discovery> | undefined;
async function discover(): Promise<Discovery & { clientId: string; scope: string }> {
  const c = (await authConfig()).oidc;
  if (!c) throw fail('OIDC_NOT_CONFIGURED', 'Máy chủ chưa cấu hình đăng nhập.', 'Sign-in is not configured.');
  discovery ??= fetch(`${c.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
    .then(async (r) => {
      const doc = (await r.json()) as Discovery;
      if (!r.ok || doc.issuer !== c.issuer) throw new Error('discovery');
      return doc;
    })
    .catch(() => {
      discovery = undefined;
      throw fail(
        'OIDC_UNREACHABLE',
        'Không kết nối được với hệ thống đăng nhập; vui lòng thử lại sau ít phút.',
        'Could not reach the sign-in service; try again shortly.',
      );
    });
  return { ...(await discovery), clientId: c.clientId, scope: c.scope };
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));
const s256 = async (text: string) =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
const redirectUri = () => `${window.location.origin}${CALLBACK_PATH}`;

/** To the issuer's sign-in page; `next` is where the person goes back to afterwards (deep links). */
export async function beginSignIn(next: string, lang: string): Promise<void> {
  const d = await discover();
  const pending: Pending = { state: randomString(), nonce: randomString(), verifier: randomString(), next };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(d.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: d.clientId,
    response_type: 'code',
    scope: d.scope,
    redirect_uri: redirectUri(),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256(pending.verifier),
    code_challenge_method: 'S256',
    ui_locales: lang,
  }).toString();
  window.location.assign(url.toString());
}

async function tokenRequest(form: Record<string, string>): Promise<OidcTokens> {
  const d = await discover();
  let res: Response;
  try {
    res = await fetch(d.token_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ client_id: d.clientId, ...form }),
    });
  } catch {
    throw fail(
      'OIDC_UNREACHABLE',
      'Không kết nối được với hệ thống đăng nhập.',
      'Could not reach the sign-in service.',
    );
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok || typeof body.access_token !== 'string')
    throw fail(
      'OIDC_TOKEN_REFUSED',
      'Hệ thống đăng nhập không cấp mã truy cập; vui lòng đăng nhập lại.',
      `The sign-in service issued no token (${String(body.error ?? res.status)}); sign in again.`,
    );
  return {
    accessToken: body.access_token,
    idToken: typeof body.id_token === 'string' ? body.id_token : undefined,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expiresAt: Date.now() + (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000,
  };
}

function claimsOf(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

/**
 * Back from the issuer: checks the state, trades the code (with the PKCE verifier) for tokens, checks
 * the ID token's nonce, issuer and audience (it came straight from the token endpoint over TLS, so its
 * signature need not be checked here: the API verifies every access token itself).
 */
export async function completeSignIn(query: URLSearchParams): Promise<{ tokens: OidcTokens; next: string }> {
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  if (!pending || query.get('state') !== pending.state)
    throw fail(
      'OIDC_STATE',
      'Phiên đăng nhập không khớp hoặc đã dùng; vui lòng đăng nhập lại.',
      'The sign-in does not match this tab or was already used; sign in again.',
    );
  const error = query.get('error');
  if (error)
    throw fail(
      'OIDC_DENIED',
      'Hệ thống đăng nhập đã từ chối hoặc huỷ việc đăng nhập.',
      `The sign-in service refused or cancelled the sign-in (${error}).`,
    );
  const tokens = await tokenRequest({
    grant_type: 'authorization_code',
    code: query.get('code') ?? '',
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  const d = await discover();
  const id = tokens.idToken ? claimsOf(tokens.idToken) : {};
  const aud = Array.isArray(id.aud) ? id.aud : [id.aud];
  if (id.nonce !== pending.nonce || id.iss !== d.issuer || !aud.includes(d.clientId))
    throw fail(
      'OIDC_ID_TOKEN',
      'Mã định danh trả về không hợp lệ; vui lòng đăng nhập lại.',
      'The ID token does not match this sign-in; sign in again.',
    );
  return { tokens, next: pending.next };
}

/** A new access token from the refresh token (silent: no page leaves). */
export async function refreshTokens(current: OidcTokens): Promise<OidcTokens> {
  if (!current.refreshToken) throw fail('OIDC_NO_REFRESH', 'Phiên đã hết hạn.', 'The session has expired.');
  const next = await tokenRequest({ grant_type: 'refresh_token', refresh_token: current.refreshToken });
  return { ...next, idToken: next.idToken ?? current.idToken, refreshToken: next.refreshToken ?? current.refreshToken };
}

/** The issuer's sign-out page (ends its session too), coming back to the signed-out page. */
export async function endSessionUrl(idToken: string | undefined): Promise<string> {
  const d = await discover();
  const back = `${window.location.origin}${SIGNED_OUT_PATH}`;
  if (!d.end_session_endpoint) return back;
  const url = new URL(d.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: d.clientId,
    post_logout_redirect_uri: back,
    ...(idToken ? { id_token_hint: idToken } : {}),
  }).toString();
  return url.toString();
}
