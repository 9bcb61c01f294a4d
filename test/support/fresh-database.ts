import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { nominationStreamId } from '@khen/domain';
import { createDataSource, EventStore, loadDatabaseConfig, type NewEvent } from '@khen/eventstore';
import { inlineProjections, READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '@khen/projections';
import { loadDirectory } from '../../scripts/demo/demo-directory';
import type { SimulatedEvent } from '../../scripts/demo/simulate-case';

/**
 * A database of its own for a suite that swaps tables or edits rows as a superuser, so that it
 * cannot disturb the suites running beside it. Migrated like production; dropped at the end.
 */
export async function freshDatabase(): Promise<{
  ds: DataSource;
  name: string;
  url: string;
  drop: () => Promise<void>;
}> {
  const base = loadDatabaseConfig();
  const name = `${process.env.PGDATABASE ?? 'khen_test'}_${randomUUID().slice(0, 8)}`;
  const admin = createDataSource(base);
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = base.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  const ds = createDataSource(
    { url, poolSize: 10 },
    { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS },
  );
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await loadDirectory(ds);
  return {
    ds,
    name,
    url,
    drop: async () => {
      await ds.destroy();
      await admin.destroy();
      // As the superuser: FORCE run by the app's role fails when an autovacuum worker happens to be
      // in the database (PostgreSQL 15 checks the worker's role, which no role is a member of).
      asSuperuser('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Appends a simulated case the way the workflow does: the events of one instant in one append. */
export async function appendSimulated(ds: DataSource, nominationId: string, events: SimulatedEvent[]): Promise<void> {
  let version = 0;
  for (let i = 0; i < events.length;) {
    const at = events[i].at.getTime();
    const batch: NewEvent[] = [];
    for (; i < events.length && events[i].at.getTime() === at; i++)
      batch.push({
        eventId: events[i].eventId,
        type: events[i].type,
        data: events[i].data,
        metadata: events[i].metadata,
      });
    const store = new EventStore(ds, inlineProjections(), () => new Date(at));
    version = (await store.append(nominationStreamId(nominationId), version, batch)).nextExpectedVersion;
  }
}

/** SQL as the PostgreSQL superuser (the app's role cannot rewrite history): `runuser -u postgres psql`. */
export function asSuperuser(database: string, sql: string): string {
  const args = [
    '-u',
    'postgres',
    '--',
    'psql',
    '-v',
    'ON_ERROR_STOP=1',
    '-qAt',
    '-p',
    process.env.PGPORT ?? '5432',
    '-d',
    database,
    '-c',
    sql,
  ];
  return execFileSync(
    process.getuid?.() === 0 ? 'runuser' : 'sudo',
    process.getuid?.() === 0 ? args : ['-u', 'postgres', 'psql', ...args.slice(4)],
    { encoding: 'utf8', env: { PATH: process.env.PATH } },
  );
}
