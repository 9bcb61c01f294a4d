/**
 * Small tools of the fault drill. The pieces it starts, kills and restarts as real OS processes are in
 * pg-cluster.ts (a PostgreSQL cluster, pg_ctlcluster) and processes.ts (a Temporal dev server on its
 * own port and SQLite file, the worker and API built in dist/, like scripts/up.sh). No mocks: every
 * fault is the real thing.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function log(msg: string): void {
  process.stderr.write(`[drill ${new Date().toISOString().slice(11, 23)}] ${msg}\n`);
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls until `probe` is true; `dead` (checked first, outside the probe's error handling) aborts at once. */
export async function until(
  what: string,
  probe: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
  dead: () => string | undefined = () => undefined,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const why = dead();
    if (why) throw new Error(`${what}: ${why}`);
    try {
      if (await probe()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

/** Lines of a log that match, counted (e.g. the worker's "replayed append" lines). */
export function countMatches(text: string, re: RegExp): number {
  return (text.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length;
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
