import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Runtime } from '@temporalio/worker';
import { z } from 'zod';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { serveWorkerHealth } from './temporal/worker-health';
import { WorkerModule } from './worker.module';

const { KHEN_WORKER_METRICS_ADDRESS, KHEN_WORKER_HEALTH_ADDRESS } = z
  .object({
    /** Where the Temporal worker's own Prometheus metrics are served (task slots, latencies, polls); empty = off. */
    KHEN_WORKER_METRICS_ADDRESS: z.string().default('0.0.0.0:9464'),
    /** Where `GET /health` says whether the Temporal worker is RUNNING (readiness); empty = off. */
    KHEN_WORKER_HEALTH_ADDRESS: z.string().default('0.0.0.0:9465'),
  })
  .parse(process.env);

async function bootstrap(): Promise<void> {
  // Before any connection: the runtime is created once per process.
  if (KHEN_WORKER_METRICS_ADDRESS)
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: KHEN_WORKER_METRICS_ADDRESS } } } });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot());
  // SIGTERM/SIGINT: stop polling, let running tasks finish, close connections.
  app.enableShutdownHooks();
  const worker = app.get(TemporalWorkerService);
  if (KHEN_WORKER_HEALTH_ADDRESS) await serveWorkerHealth(KHEN_WORKER_HEALTH_ADDRESS, () => worker.state());
  Logger.log(
    `Khen worker started${KHEN_WORKER_METRICS_ADDRESS ? `; Temporal worker metrics on http://${KHEN_WORKER_METRICS_ADDRESS}/metrics` : ''}` +
      `${KHEN_WORKER_HEALTH_ADDRESS ? `; health on http://${KHEN_WORKER_HEALTH_ADDRESS}/health` : ''}`,
    'Bootstrap',
  );
}

bootstrap().catch((err) => {
  Logger.error(err instanceof Error ? err.stack : String(err), 'Bootstrap');
  process.exit(1);
});
