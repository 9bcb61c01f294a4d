import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseConfig } from './database.config';
import { CreateEvents1763900000000 } from './migrations/1763900000000-create-events';
import { EventsCommitOrder1764100000000 } from './migrations/1764100000000-events-commit-order';

/** A class TypeORM instantiates (an entity or a migration). */
type EntityClass = new (...args: any[]) => unknown;

/** The event store's own migrations; read-model libs add theirs beside these. */
export const EVENTSTORE_MIGRATIONS = [CreateEvents1763900000000, EventsCommitOrder1764100000000];

export function dataSourceOptions(
  config: DatabaseConfig,
  extra: { entities?: MixedList<EntityClass>; migrations?: EntityClass[] } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    entities: extra.entities ?? [],
    migrations: [...EVENTSTORE_MIGRATIONS, ...(extra.migrations ?? [])],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.poolSize },
    logging: ['error'],
  };
}

export function createDataSource(
  config: DatabaseConfig,
  extra: Parameters<typeof dataSourceOptions>[1] = {},
): DataSource {
  return new DataSource(dataSourceOptions(config, extra));
}
