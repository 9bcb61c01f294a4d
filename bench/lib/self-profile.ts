import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './profile-summary';

/** Samples this process's CPU while `fn` runs; returns its result and where the time went. */
export async function profiled<T>(
  name: string,
  fn: () => Promise<T>,
): Promise<{ result: T; profile: ReturnType<typeof summarize> }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  const result = await fn();
  const { profile } = await post('Profiler.stop');
  session.disconnect();
  const file = join(
    process.env.BENCH_PROFILE_DIR ?? process.env.BENCH_RUN_DIR ?? '/tmp',
    `${name}-${process.pid}.cpuprofile`,
  );
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  return { result, profile: summarize(file, 12) };
}
