import { z } from 'zod';

const DEV_SECRET = 'khen-dev-only-secret-change-me';

const schema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KHEN_JWT_SECRET: z.string().min(16).default(DEV_SECRET),
  KHEN_JWT_ISSUER: z.string().default('khen-dev'),
  /** Production: an OIDC issuer whose JWKS signs the tokens (e.g. Keycloak, VNeID gateway). */
  KHEN_OIDC_ISSUER: z.string().url().optional(),
  KHEN_OIDC_JWKS_URL: z.string().url().optional(),
  KHEN_OIDC_AUDIENCE: z.string().optional(),
  /** Public objections accepted per client address per hour. */
  KHEN_OBJECTION_RATE_PER_HOUR: z.coerce.number().int().positive().default(5),
  KHEN_API_PUBLIC_URL: z.string().default('http://127.0.0.1:3000'),
  /** How long a command waits for its case's answer before 503 COMMAND_NOT_ANSWERED (under 10 s in all). */
  KHEN_COMMAND_ANSWER_MS: z.coerce.number().int().min(1000).max(9000).default(8000),
  NODE_ENV: z.string().default('development'),
});

export interface ApiConfig {
  port: number;
  jwtSecret: string;
  jwtIssuer: string;
  usesDevSecret: boolean;
  oidc?: { issuer: string; jwksUrl: string; audience?: string };
  objectionRatePerHour: number;
  publicUrl: string;
  commandAnswerMs: number;
  /** Demo sign-in tokens are served only outside production. */
  demo: boolean;
}

export const API_CONFIG = Symbol('API_CONFIG');

/** Read once at start-up; refuses the dev signing key in production (fail fast). */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const c = schema.parse(env);
  const usesDevSecret = c.KHEN_JWT_SECRET === DEV_SECRET;
  const oidc =
    c.KHEN_OIDC_ISSUER && c.KHEN_OIDC_JWKS_URL
      ? { issuer: c.KHEN_OIDC_ISSUER, jwksUrl: c.KHEN_OIDC_JWKS_URL, audience: c.KHEN_OIDC_AUDIENCE }
      : undefined;
  if (usesDevSecret && c.NODE_ENV === 'production' && !oidc)
    throw new Error('KHEN_JWT_SECRET or KHEN_OIDC_ISSUER + KHEN_OIDC_JWKS_URL must be set in production');
  return {
    port: c.API_PORT,
    jwtSecret: c.KHEN_JWT_SECRET,
    jwtIssuer: c.KHEN_JWT_ISSUER,
    usesDevSecret,
    oidc,
    objectionRatePerHour: c.KHEN_OBJECTION_RATE_PER_HOUR,
    publicUrl: c.KHEN_API_PUBLIC_URL,
    commandAnswerMs: c.KHEN_COMMAND_ANSWER_MS,
    demo: c.NODE_ENV !== 'production',
  };
}
