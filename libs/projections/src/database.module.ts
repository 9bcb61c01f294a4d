import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, EventStore, loadDatabaseConfig } from '@khen/eventstore';
import { inlineProjections, READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS } from './read-models';
import { DataSource } from 'typeorm';

/** Typed injection token for the event store (no string tokens). */
export const EVENT_STORE = Symbol('EVENT_STORE');

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () =>
        dataSourceOptions(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES, migrations: READ_MODEL_MIGRATIONS }),
    }),
  ],
  providers: [
    {
      provide: EVENT_STORE,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new EventStore(ds, inlineProjections()),
    },
  ],
  exports: [EVENT_STORE],
})
export class DatabaseModule {}
