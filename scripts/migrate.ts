import 'reflect-metadata';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from '@khen/projections';

/** Runs every pending TypeORM migration against DATABASE_URL / PG*; never `synchronize`. */
async function main(): Promise<void> {
  const ds = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS });
  await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  console.error(`[khen] migrations: ${ran.length ? ran.map((m) => m.name).join(', ') : 'none pending'}`);
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
