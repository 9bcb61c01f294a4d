import { navigate } from '../app/router';
import { setTokenRenewal } from '../api/client';
import { endSessionUrl, refreshTokens, SIGNED_OUT_PATH } from './oidc';
import { session, signOut, updateTokens } from './session';

/** Refresh this long before the access token expires (it lives 5 minutes). */
const AHEAD_MS = 60_000;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | undefined;

/**
 * Silent refresh: a new access token from the refresh token shortly before the old one expires, and
 * again when the API answers 401 (a tab that slept past the timer). When the provider refuses (its
 * session ended or timed out) the tab signs out and the sign-in page says the session expired.
 */
export function renew(): Promise<boolean> {
  inFlight ??= (async () => {
    const s = session.get();
    if (s.kind !== 'oidc' || !s.oidc) return false;
    try {
      updateTokens(await refreshTokens(s.oidc));
      return true;
    } catch {
      signOut('expired');
      return false;
    } finally {
      inFlight = undefined;
    }
  })();
  return inFlight;
}

function schedule(): void {
  clearTimeout(timer);
  const s = session.get();
  if (s.kind !== 'oidc' || !s.oidc) return;
  timer = setTimeout(() => void renew(), Math.max(0, s.oidc.expiresAt - Date.now() - AHEAD_MS));
}

/** Once, at start-up: the timer follows the session, and the API client retries a 401 after a refresh. */
export function startSessionKeeping(): void {
  setTokenRenewal(renew);
  let last = session.get().oidc?.expiresAt;
  session.subscribe((s) => {
    if (s.oidc?.expiresAt === last) return;
    last = s.oidc?.expiresAt;
    schedule();
  });
  schedule();
}

/** Sign-out: this tab forgets the tokens, and the identity provider ends its session (RP-initiated logout). */
export async function signOutEverywhere(): Promise<void> {
  const s = session.get();
  clearTimeout(timer);
  signOut();
  if (s.kind !== 'oidc') return navigate('/dang-nhap');
  let url = SIGNED_OUT_PATH;
  try {
    url = await endSessionUrl(s.oidc?.idToken);
  } catch {
    /* the provider is unreachable: this tab is signed out all the same */
  }
  window.location.assign(url);
}
