import { z } from 'zod';

/** Database settings, read once at start-up and validated. */
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PGHOST: z.string().default('127.0.0.1'),
  PGPORT: z.coerce.number().int().positive().default(5432),
  PGUSER: z.string().default('khen'),
  PGPASSWORD: z.string().default('khen'),
  PGDATABASE: z.string().default('khen'),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
});

export interface DatabaseConfig {
  url: string;
  poolSize: number;
}

export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const c = schema.parse(env);
  const url =
    c.DATABASE_URL ??
    `postgres://${encodeURIComponent(c.PGUSER)}:${encodeURIComponent(c.PGPASSWORD)}@${c.PGHOST}:${c.PGPORT}/${c.PGDATABASE}`;
  return { url, poolSize: c.DB_POOL_SIZE };
}
