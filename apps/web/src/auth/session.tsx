import type { Me } from '../api/types';
import { store, useStore } from '../app/store';
import type { OidcTokens } from './oidc';

const DEMO_KEY = 'khen.token';
const OIDC_KEY = 'khen.oidc';
const ACTING_KEY = 'khen.actingAs';

/**
 * Who is signed in, in this tab. Signed in through the identity provider (`oidc`: access, ID and refresh
 * tokens) or, outside production only, as a demo user (`demo`: one HS256 token). The tokens are kept in
 * sessionStorage as well as in memory, so that a reload keeps the person signed in: it is scoped to this
 * tab and gone when the tab closes, the access token lives 5 minutes and the refresh token no longer than
 * the provider's session (30 minutes idle). Script injected into the page could read it, as it could read
 * memory: the pages load no third-party script and render no HTML from data. `me` is what GET /api/me said.
 */
export interface SessionState {
  token: string | null;
  me: Me | null;
  kind: 'oidc' | 'demo' | null;
  oidc: OidcTokens | null;
  /** Why the last session ended without the person asking (shown on the sign-in page). */
  ended?: 'expired';
}

function read<T>(key: string): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? null : key === DEMO_KEY ? (raw as T) : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

function initial(): SessionState {
  const oidc = read<OidcTokens>(OIDC_KEY);
  if (oidc?.accessToken) return { token: oidc.accessToken, me: null, kind: 'oidc', oidc };
  const demo = read<string>(DEMO_KEY);
  return { token: demo, me: null, kind: demo ? 'demo' : null, oidc: null };
}

export const session = store<SessionState>(initial());

export const getToken = () => session.get().token;

/**
 * The seat this tab acts as (X-Khen-Acting-As: `ROLE:SCOPE`, from GET /api/me's seats), or null: the
 * token's first role. Kept for the tab like the tokens, forgotten at sign-in and sign-out.
 */
export function getActingAs(): string | null {
  try {
    return sessionStorage.getItem(ACTING_KEY);
  } catch {
    return null;
  }
}

/** The headers every API call of a signed-in tab carries: the bearer token and the seat acted as. */
export function authHeaders(token = getToken()): Record<string, string> {
  if (!token) return {};
  const acting = getActingAs();
  return acting
    ? { Authorization: `Bearer ${token}`, 'X-Khen-Acting-As': acting }
    : { Authorization: `Bearer ${token}` };
}

/** Acts as another of the person's seats from now on (the caller reads GET /api/me again). */
export function setActingAs(key: string | null): void {
  if (key) sessionStorage.setItem(ACTING_KEY, key);
  else sessionStorage.removeItem(ACTING_KEY);
}

/** DEMO/TEST ONLY: signed in with a demo user's token (the sign-in page offers it outside production). */
export function signIn(token: string, me: Me): void {
  sessionStorage.removeItem(OIDC_KEY);
  sessionStorage.removeItem(ACTING_KEY);
  sessionStorage.setItem(DEMO_KEY, token);
  session.set({ token, me, kind: 'demo', oidc: null });
}

export function signInOidc(tokens: OidcTokens, me: Me): void {
  sessionStorage.removeItem(DEMO_KEY);
  sessionStorage.removeItem(ACTING_KEY);
  sessionStorage.setItem(OIDC_KEY, JSON.stringify(tokens));
  session.set({ token: tokens.accessToken, me, kind: 'oidc', oidc: tokens });
}

/** Fresh tokens from a silent refresh: same person, same `me`. */
export function updateTokens(tokens: OidcTokens): void {
  sessionStorage.setItem(OIDC_KEY, JSON.stringify(tokens));
  session.set({ ...session.get(), token: tokens.accessToken, oidc: tokens });
}

/** Forgets the session in this tab (the identity provider's own session is ended by auth/refresh.tsx). */
export function signOut(ended?: SessionState['ended']): void {
  sessionStorage.removeItem(DEMO_KEY);
  sessionStorage.removeItem(OIDC_KEY);
  sessionStorage.removeItem(ACTING_KEY);
  session.set({ token: null, me: null, kind: null, oidc: null, ended });
}

export function setMe(me: Me): void {
  session.set({ ...session.get(), me });
}

export const useSession = () => useStore(session);
