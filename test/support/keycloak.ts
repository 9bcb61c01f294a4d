import { API_AUDIENCE, WEB_CLIENT_ID } from '../../scripts/demo/keycloak-realm';
import { signInAtKeycloak as signInAt, type KeycloakTokens } from '../../scripts/demo/keycloak-sign-in';

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

export type { KeycloakTokens } from '../../scripts/demo/keycloak-sign-in';

/** Sign-in at the Keycloak of `npm test` (scripts/demo/keycloak-sign-in.ts). */
export function signInAtKeycloak(
  username: string,
  o: { clientId?: string; redirectUri?: string; password?: string } = {},
): Promise<KeycloakTokens> {
  return signInAt(keycloakIssuer(), username, o);
}
