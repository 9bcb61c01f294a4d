import { NativeConnection, Worker } from '@temporalio/worker';
import { BARE_TASK_QUEUE, type BareActivities } from './bare.contract';

/** The bare baseline's worker: the SDK's defaults, activities that do nothing. Stops on SIGTERM. */
async function main(): Promise<void> {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  const activities: BareActivities = { noop: async () => ({ ok: true }) };
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: BARE_TASK_QUEUE,
    activities,
    workflowsPath: require.resolve('./index'),
    shutdownGraceTime: '5 seconds',
  });
  process.stderr.write(`[bench] bare worker polling task queue "${BARE_TASK_QUEUE}"\n`);
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
