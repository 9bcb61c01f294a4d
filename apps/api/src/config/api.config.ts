import { z } from 'zod';

const DEV_SECRET = 'khen-dev-only-secret-change-me';

const schema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Demo/test tokens (HS256), accepted only outside production. */
  KHEN_JWT_SECRET: z.string().min(16).default(DEV_SECRET),
  KHEN_JWT_ISSUER: z.string().default('khen-dev'),
  /** The OpenID Connect issuer whose tokens the API accepts (Keycloak's realm URL, a ministry's SSO…). */
  KHEN_OIDC_ISSUER: z.string().url().optional(),
  /** Its keys; default: the jwks_uri of the issuer's discovery document. */
  KHEN_OIDC_JWKS_URL: z.string().url().optional(),
  /** The `aud` an access token must carry for the API. */
  KHEN_OIDC_AUDIENCE: z.string().min(1).default('khen-api'),
  /** The pages' public client (authorization code + PKCE) and the scopes they ask for. */
  KHEN_OIDC_CLIENT_ID: z.string().min(1).default('khen-web'),
  KHEN_OIDC_SCOPE: z.string().min(1).default('openid'),
  /** Public objections accepted per client address per hour. */
  KHEN_OBJECTION_RATE_PER_HOUR: z.coerce.number().int().positive().default(5),
  KHEN_API_PUBLIC_URL: z.string().default('http://127.0.0.1:3000'),
  /** How long a command waits for its case's answer before 503 COMMAND_NOT_ANSWERED (under 10 s in all). */
  KHEN_COMMAND_ANSWER_MS: z.coerce.number().int().min(1000).max(9000).default(8000),
  /** A command the case accepted (a worker answers, slowly) is waited for this much longer. */
  KHEN_COMMAND_ACCEPTED_WAIT_MS: z.coerce.number().int().min(0).max(60000).default(30000),
  NODE_ENV: z.string().default('development'),
});

export interface OidcConfig {
  issuer: string;
  /** Undefined: discovered from `${issuer}/.well-known/openid-configuration`. */
  jwksUrl?: string;
  audience: string;
  clientId: string;
  scope: string;
}

export interface ApiConfig {
  port: number;
  jwtSecret: string;
  jwtIssuer: string;
  usesDevSecret: boolean;
  oidc?: OidcConfig;
  objectionRatePerHour: number;
  publicUrl: string;
  commandAnswerMs: number;
  commandAcceptedWaitMs: number;
  /**
   * Outside production: the demo users' HS256 tokens are accepted beside the issuer's (tests that need
   * many users quickly, the curl walk-through) and the sign-in page offers them. Never in production.
   */
  demo: boolean;
}

export const API_CONFIG = Symbol('API_CONFIG');

/** Read once at start-up; production needs an OIDC issuer and never accepts the demo tokens (fail fast). */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const c = schema.parse(env);
  const oidc: OidcConfig | undefined = c.KHEN_OIDC_ISSUER
    ? {
        issuer: c.KHEN_OIDC_ISSUER,
        jwksUrl: c.KHEN_OIDC_JWKS_URL,
        audience: c.KHEN_OIDC_AUDIENCE,
        clientId: c.KHEN_OIDC_CLIENT_ID,
        scope: c.KHEN_OIDC_SCOPE,
      }
    : undefined;
  const production = c.NODE_ENV === 'production';
  if (production && !oidc) throw new Error('KHEN_OIDC_ISSUER must be set in production (the identity provider)');
  return {
    port: c.API_PORT,
    jwtSecret: c.KHEN_JWT_SECRET,
    jwtIssuer: c.KHEN_JWT_ISSUER,
    usesDevSecret: c.KHEN_JWT_SECRET === DEV_SECRET,
    oidc,
    objectionRatePerHour: c.KHEN_OBJECTION_RATE_PER_HOUR,
    publicUrl: c.KHEN_API_PUBLIC_URL,
    commandAnswerMs: c.KHEN_COMMAND_ANSWER_MS,
    commandAcceptedWaitMs: c.KHEN_COMMAND_ACCEPTED_WAIT_MS,
    demo: !production,
  };
}
