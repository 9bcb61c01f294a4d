import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import type { AlertChannel } from '../../apps/worker/src/notify/alert-channel';
import { LogChannel } from '../../apps/worker/src/notify/log.channel';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { loadDirectory } from '../../scripts/demo/demo-directory';
import { seedDemoUploads } from '../../scripts/demo/demo-documents';
import { timeSkippingAt } from './time-skipping';

export interface TimeSkippingWorker {
  env: TestWorkflowEnvironment;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * What the test/sla suites share: the time-skipping server at `startAt`, the test database with the
 * demo directory, and the real worker (Nest context) polling `taskQueue` on that server. Whatever
 * started is stopped again if a later step fails.
 */
export async function startTimeSkippingWorker(
  startAt: string,
  o: { taskQueue: string; alertChannels?: AlertChannel[] },
): Promise<TimeSkippingWorker> {
  let env: TestWorkflowEnvironment | undefined;
  let db: DataSource | undefined;
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await env?.teardown();
    await db?.destroy();
  };
  try {
    env = await timeSkippingAt(startAt);
    db = createDataSource(loadDatabaseConfig(), { entities: READ_MODEL_ENTITIES });
    await db.initialize();
    await loadDirectory(db);
    // The dossiers these suites submit name the demo files: uploaded by the units that file them.
    await seedDemoUploads(db);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({
        connection: env.nativeConnection,
        namespace: 'default',
        taskQueue: o.taskQueue,
        alertChannels: o.alertChannels ?? [new LogChannel()],
      }),
      { logger: ['error'] },
    );
    await worker.init();
    return { env, db, close };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}
