/**
 * `node dist/scripts/cluster/grpc-health.js ROLE@ADDRESS …`: the standard gRPC health check of
 * Temporal server processes (scripts/cluster/cluster.sh status and readiness). Each service answers
 * for its own name: a history process says SERVING only once it owns its first shards, a frontend
 * says NOT_SERVING while it drains. Prints "ROLE@ADDRESS STATUS" per process; exits 0 when all serve.
 */
import { Connection } from '@temporalio/client';

const SERVICE: Record<string, string> = {
  frontend: 'temporal.api.workflowservice.v1.WorkflowService',
  history: 'temporal.api.workflowservice.v1.HistoryService',
  matching: 'temporal.api.workflowservice.v1.MatchingService',
  worker: 'temporal.api.workflowservice.v1.WorkerService',
};
// grpc.health.v1.HealthCheckResponse.ServingStatus
const STATUS = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'];

async function check(target: string): Promise<string> {
  const [role, address] = target.split('@');
  const service = SERVICE[role];
  if (!service || !address) return 'BAD_ARGUMENT';
  const connection = Connection.lazy({ address, connectTimeout: 3000 });
  try {
    const reply = await connection.withDeadline(Date.now() + 3000, () => connection.healthService.check({ service }));
    return STATUS[reply.status ?? 0] ?? String(reply.status);
  } catch (err) {
    return `UNREACHABLE (${(err as Error).message.split('\n')[0]})`;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const targets = process.argv.slice(2);
  const results = await Promise.all(targets.map(check));
  targets.forEach((t, i) => process.stdout.write(`${t} ${results[i]}\n`));
  process.exit(targets.length > 0 && results.every((r) => r === 'SERVING') ? 0 : 1);
}

void main();
