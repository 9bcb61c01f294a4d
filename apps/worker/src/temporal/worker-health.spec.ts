import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveWorkerHealth } from './worker-health';

describe('worker health endpoint', () => {
  let server: Server;
  let state: string | undefined;
  let base: string;
  beforeAll(async () => {
    server = await serveWorkerHealth('127.0.0.1:0', () => state);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('is 200 while the Temporal worker is RUNNING', async () => {
    state = 'RUNNING';
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', worker: 'RUNNING' });
  });

  it.each([undefined, 'INITIALIZED', 'DRAINING', 'STOPPING', 'FAILED'])('is 503 when the worker is %s', async (s) => {
    state = s;
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', worker: s ?? 'STARTING' });
  });

  it('serves nothing else', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/health`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses an address without a port', async () => {
    await expect(serveWorkerHealth('localhost', () => 'RUNNING')).rejects.toThrow(/host:port/);
  });
});
