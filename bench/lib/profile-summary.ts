import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Where a file belongs: a package, one of our rooms, or the engine itself. */
export function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/(apps\/[^/]+|libs\/[^/]+|workflows|bench|scripts)\//.exec(url);
  if (ours) return ours[1];
  return url.split('/').slice(-2).join('/');
}

/** Self time by area and by function, in % of the samples that were not idle. */
export function summarize(file: string, top = 15) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  if (p.samples && p.timeDeltas)
    p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas![i] ?? 0)));
  else p.nodes.forEach((n) => self.set(n.id, (n.hitCount ?? 0) * 1000));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    busy += t;
    const a = area(n.callFrame.url, n.callFrame.functionName);
    areas.set(a, (areas.get(a) ?? 0) + t);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${a}:${n.callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + t);
  }
  const pct = (m: Map<string, number>) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, top)
      .map(([k, v]) => ({ what: k, pct: Math.round((v / busy) * 1000) / 10 }));
  const seconds = (p.endTime - p.startTime) / 1e6;
  return {
    file,
    wallS: Math.round(seconds),
    busyS: Math.round((busy / 1e6) * 10) / 10,
    byArea: pct(areas),
    byFunction: pct(fns),
  };
}

/**
 * Under BENCH_PROFILE=1, asks the profiled services (bench/lib/cpu-profile.preload) to write their
 * profiles now, one per thread, and waits for them: called once before a measured phase (to restart
 * the sampling) and once after it (to read where that phase's time went). Keys: service:thread.
 */
export async function dumpProfiles(
  services: Record<string, number>,
  summarizeThem = true,
): Promise<Record<string, ReturnType<typeof summarize>> | undefined> {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (process.env.BENCH_PROFILE !== '1' || !dir) return undefined;
  const { mkdirSync, writeFileSync, readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  mkdirSync(dir, { recursive: true });
  const since = Date.now() - 1;
  for (const pid of Object.values(services)) if (pid) writeFileSync(join(dir, `dump.${pid}`), String(since));
  const fresh = (pid: number) =>
    readdirSync(dir).filter(
      (f) => f.startsWith(`${pid}.`) && f.endsWith('.cpuprofile') && statSync(join(dir, f)).mtimeMs >= since,
    );
  const deadline = Date.now() + 30_000;
  while (
    Date.now() < deadline &&
    !Object.values(services).every((pid) => !pid || fresh(pid).some((f) => f === `${pid}.0.cpuprofile`))
  )
    await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 2000));
  if (!summarizeThem) return undefined;
  const out: Record<string, ReturnType<typeof summarize>> = {};
  for (const [name, pid] of Object.entries(services)) {
    for (const f of fresh(pid))
      out[`${name}:${f.split('.')[1] === '0' ? 'main' : `thread-${f.split('.')[1]}`}`] = summarize(join(dir, f));
  }
  return out;
}
