import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '@khen/projections';

/** A plain connection to the bench database (PG* / DATABASE_URL, as the apps read them). */
export async function pgClient(): Promise<Client> {
  const client = new Client({ connectionString: loadDatabaseConfig().url });
  await client.connect();
  return client;
}

/**
 * Server processes serving our database now (the api's and worker's pools): their CPU is ours. `databases`: those
 * databases instead (the cluster's Temporal server keeps its state in PostgreSQL too).
 */
export async function backendPids(client: Client, databases?: string[]): Promise<number[]> {
  const { rows } = databases?.length
    ? await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()`, [
        databases,
      ])
    : await client.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
  return rows.map((r: { pid: number }) => r.pid);
}

/**
 * A database of the bench's own beside the configured one (`<name>_<suffix>`), made afresh and migrated, so that
 * the other benches' rows do not count. DATABASE_URL and PGDATABASE point at it from here on (the seeder's psql
 * reads PG*, the data source DATABASE_URL). `drop` closes the data source and drops the database.
 */
export async function ownDatabase(suffix: string): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const base = new URL(loadDatabaseConfig().url);
  const name = `${base.pathname.slice(1)}_${suffix}`.slice(0, 60);
  const admin = new Client({ connectionString: base.href });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const own = new URL(base.href);
  own.pathname = `/${name}`;
  process.env.DATABASE_URL = own.href;
  process.env.PGDATABASE = name;
  const ds = createDataSource(loadDatabaseConfig(), {
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
  });
  await ds.initialize();
  await ds.runMigrations();
  return {
    ds,
    drop: async () => {
      await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    },
  };
}
