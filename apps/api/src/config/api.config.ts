import { z } from 'zod';

const DEV_SECRET = 'khen-dev-only-secret-change-me';

const schema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KHEN_JWT_SECRET: z.string().min(16).default(DEV_SECRET),
  KHEN_JWT_ISSUER: z.string().default('khen-dev'),
  NODE_ENV: z.string().default('development'),
});

export interface ApiConfig {
  port: number;
  jwtSecret: string;
  jwtIssuer: string;
  usesDevSecret: boolean;
}

export const API_CONFIG = Symbol('API_CONFIG');

/** Read once at start-up; refuses the dev signing key in production (fail fast). */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const c = schema.parse(env);
  const usesDevSecret = c.KHEN_JWT_SECRET === DEV_SECRET;
  if (usesDevSecret && c.NODE_ENV === 'production') throw new Error('KHEN_JWT_SECRET must be set in production');
  return { port: c.API_PORT, jwtSecret: c.KHEN_JWT_SECRET, jwtIssuer: c.KHEN_JWT_ISSUER, usesDevSecret };
}
