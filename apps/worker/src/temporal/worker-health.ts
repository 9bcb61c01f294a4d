import { createServer, type Server } from 'node:http';

/** What `GET /health` answers: 200 while the Temporal worker is RUNNING (polling), 503 otherwise. */
export interface WorkerHealth {
  status: 'ok' | 'unavailable';
  /** The Temporal worker's state (INITIALIZED, RUNNING, STOPPING, DRAINING, …), STARTING before it exists. */
  worker: string;
}

export function workerHealth(state: string | undefined): WorkerHealth {
  const worker = state ?? 'STARTING';
  return { status: worker === 'RUNNING' ? 'ok' : 'unavailable', worker };
}

/** `host:port` (an IPv6 host in brackets) → listen arguments. */
function hostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const port = Number(address.slice(i + 1));
  if (i < 0 || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`KHEN_WORKER_HEALTH_ADDRESS must be host:port, got "${address}"`);
  return { host: address.slice(0, i).replace(/^\[(.*)\]$/, '$1') || '0.0.0.0', port };
}

/**
 * The worker's readiness endpoint beside the SDK's metrics (whose exporter serves /metrics only):
 * `GET /health` on `address`, answered from `state()` at each request. scripts/up.sh waits for it.
 */
export async function serveWorkerHealth(address: string, state: () => string | undefined): Promise<Server> {
  const { host, port } = hostPort(address);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/health') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"status":"not found"}');
      return;
    }
    const health = workerHealth(state());
    res
      .writeHead(health.status === 'ok' ? 200 : 503, {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
      })
      .end(JSON.stringify(health));
  });
  return await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
