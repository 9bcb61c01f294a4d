import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { z } from 'zod';
import { WorkerModule } from './worker.module';

/** Where the Temporal worker's own Prometheus metrics are served (task slots, latencies, polls); empty = off. */
const { KHEN_WORKER_METRICS_ADDRESS } = z
  .object({ KHEN_WORKER_METRICS_ADDRESS: z.string().default('0.0.0.0:9464') })
  .parse(process.env);

async function bootstrap(): Promise<void> {
  // Before any connection: the runtime is created once per process.
  if (KHEN_WORKER_METRICS_ADDRESS)
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: KHEN_WORKER_METRICS_ADDRESS } } } });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot());
  // SIGTERM/SIGINT: stop polling, let running tasks finish, close connections.
  app.enableShutdownHooks();
  Logger.log(
    `Khen worker started${KHEN_WORKER_METRICS_ADDRESS ? `; Temporal worker metrics on http://${KHEN_WORKER_METRICS_ADDRESS}/metrics` : ''}`,
    'Bootstrap',
  );
}

bootstrap().catch((err) => {
  Logger.error(err instanceof Error ? err.stack : String(err), 'Bootstrap');
  process.exit(1);
});
