/**
 * Loaded with `node --require` into a service under BENCH_PROFILE=1 (and so into its worker threads,
 * e.g. the Temporal worker's workflow threads): samples the CPU from start-up and writes
 * `<pid>.<threadId>.cpuprofile` to BENCH_PROFILE_DIR each time the file `dump.<pid>` is touched (a
 * service stopped by SIGTERM never reaches the exit hook `node --cpu-prof` relies on, and Nest's
 * shutdown hooks own the other signals). Summarised by bench/lib/profile-summary.
 */
import { Session } from 'node:inspector';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

const dir = process.env.BENCH_PROFILE_DIR ?? '.';
const trigger = join(dir, `dump.${process.pid}`);
let handled = existsSync(trigger) ? statSync(trigger).mtimeMs : 0;
const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
  session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start')),
);

setInterval(() => {
  if (!existsSync(trigger) || statSync(trigger).mtimeMs <= handled) return;
  handled = statSync(trigger).mtimeMs;
  session.post('Profiler.stop', (err, res) => {
    if (err) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${process.pid}.${threadId}.cpuprofile`), JSON.stringify(res.profile));
    session.post('Profiler.start');
  });
}, 250).unref();
