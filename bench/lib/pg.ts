import { Client } from 'pg';
import { loadDatabaseConfig } from '@khen/eventstore';

/** A plain connection to the bench database (PG* / DATABASE_URL, as the apps read them). */
export async function pgClient(): Promise<Client> {
  const client = new Client({ connectionString: loadDatabaseConfig().url });
  await client.connect();
  return client;
}

/** Server processes serving our database now (the api's and worker's pools): their CPU is ours. */
export async function backendPids(client: Client): Promise<number[]> {
  const { rows } = await client.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return rows.map((r: { pid: number }) => r.pid);
}
