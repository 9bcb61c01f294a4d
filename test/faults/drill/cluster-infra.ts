/**
 * The drill's handle on a cluster that scripts/cluster/cluster.sh runs (the very script of
 * `npm run cluster`, so that the drill proves what an operator starts): a cluster dir, ports,
 * database names and a PostgreSQL cluster of the drill's own. A fault is the real thing: SIGKILL of
 * a process found by its pid file (and checked to be that process), then the cluster's supervisor
 * starts it again, as systemd or Kubernetes would.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { treeCpuSeconds } from '../../../bench/lib/proc';
import { sleep } from './infra';

export interface ClusterLayout {
  /** The repository (scripts/cluster/ and config/temporal/ are read from here). */
  root: string;
  /** Where the cluster keeps its config, pids, logs and secrets. */
  dir: string;
  /** Suffix of the database names: temporal_<name>, temporal_<name>_visibility, khen_<name>. */
  name: string;
  apiPort: number;
  temporalPort: number;
  pgPort: number;
  /** A compiled tree and workflow bundle to run (the drill's private build). */
  dist: string;
  bundle: string;
  /** Environment for the replicas, e.g. KHEN_DISCLOSURE_OVERRIDE_MS. */
  extraEnv?: NodeJS.ProcessEnv;
}

export type ClusterProcess =
  | 'proxy'
  | 'keycloak'
  | `temporal-${'history' | 'frontend'}-${1 | 2}`
  | 'temporal-matching'
  | 'temporal-worker'
  | `api-${number}`
  | `worker-${number}`;

export class ClusterControl {
  constructor(
    readonly layout: ClusterLayout,
    private readonly logFile: string,
  ) {}

  get apiUrl(): string {
    return `http://127.0.0.1:${this.layout.apiPort}`;
  }

  /** The cluster's identity provider, as `cluster.sh up` wrote it into the cluster's folder. */
  get issuer(): string {
    return readFileSync(join(this.layout.dir, 'oidc-issuer'), 'utf8').trim();
  }

  get temporalAddress(): string {
    return `127.0.0.1:${this.layout.temporalPort}`;
  }

  get khenDatabase(): string {
    return `khen_${this.layout.name}`;
  }

  get databases(): string[] {
    return [this.khenDatabase, `temporal_${this.layout.name}`, `temporal_${this.layout.name}_visibility`];
  }

  env(): NodeJS.ProcessEnv {
    const l = this.layout;
    return {
      ...process.env,
      ...l.extraEnv,
      KHEN_CLUSTER_DIR: l.dir,
      KHEN_CLUSTER_NAME: l.name,
      KHEN_CLUSTER_API_PORT: String(l.apiPort),
      KHEN_CLUSTER_TEMPORAL_PORT: String(l.temporalPort),
      KHEN_CLUSTER_PGHOST: '127.0.0.1',
      KHEN_CLUSTER_PGPORT: String(l.pgPort),
      KHEN_CLUSTER_DIST: l.dist,
      KHEN_CLUSTER_BUNDLE: l.bundle,
    };
  }

  /** `cluster.sh <args>`, its output appended to the drill's cluster log; resolves to the exit code. */
  run(args: string[], timeoutMs = 15 * 60_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const out = openSync(this.logFile, 'a');
      const child = spawn('bash', [join(this.layout.root, 'scripts/cluster/cluster.sh'), ...args], {
        cwd: this.layout.root,
        env: this.env(),
        stdio: ['ignore', out, out],
      });
      const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
      child.once('error', reject);
      child.once('exit', (code) => {
        clearTimeout(timer);
        closeSync(out);
        resolve(code ?? 1);
      });
    });
  }

  async must(args: string[], timeoutMs?: number): Promise<number> {
    const started = Date.now();
    const code = await this.run(args, timeoutMs);
    if (code !== 0) throw new Error(`cluster.sh ${args.join(' ')} exited ${code}; log ${this.logFile}`);
    return Date.now() - started;
  }

  /** The pid of a cluster process, only if it runs with the marker the cluster gave it. */
  pid(name: ClusterProcess): number | undefined {
    const file = join(this.layout.dir, 'pids', `${name}.pid`);
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').trim());
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      return state !== 'Z' && environ.includes(`KHEN_CLUSTER_PROC=${name}@${this.layout.dir}`) ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** SIGKILL: no shutdown hook, no drain; in-flight requests, tasks and shard leases are simply lost. */
  kill(name: ClusterProcess): number {
    const pid = this.pid(name);
    if (!pid) throw new Error(`${name} is not running`);
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  /** Waits until the supervisor has started `name` again (a new pid) and it serves; ms since `since`. */
  async waitBack(name: ClusterProcess, oldPid: number, since: number, timeoutMs = 180_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const pid = this.pid(name);
      if (pid && pid !== oldPid && (await this.run(['ready', name], 30_000)) === 0) return Date.now() - since;
      if (Date.now() > deadline) throw new Error(`${name} not back after ${timeoutMs} ms`);
      await sleep(500);
    }
  }

  /** Processes the supervisor started again (one line per start in restarts.log). */
  restarts(): string[] {
    const file = join(this.layout.dir, 'restarts.log');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ')[1]);
  }

  /** CPU seconds (user + system) of each cluster process since its latest start, from /proc (ticks of 1/100 s). */
  cpuSeconds(ours: ClusterProcess[]): Record<string, number> {
    const temporal: ClusterProcess[] = ['temporal-frontend-1', 'temporal-frontend-2', 'temporal-history-1'];
    temporal.push('temporal-history-2', 'temporal-matching', 'temporal-worker');
    const out: Record<string, number> = {};
    // Keycloak's pid is kc.sh's: its java is a child, counted with it.
    for (const n of ['proxy' as const, 'keycloak' as const, ...temporal, ...ours]) {
      const pid = this.pid(n);
      if (pid) out[n] = Math.round(treeCpuSeconds(pid) * 100) / 100;
    }
    return out;
  }

  logText(name: ClusterProcess): string {
    const file = join(this.layout.dir, 'logs', `${name}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }
}

export type ClusterFault =
  'api-kill' | 'worker-kill' | 'history-kill' | 'frontend-kill' | 'postgres-restart' | 'rolling-restart';

/** Each kind spread evenly over the sequence (a kind with n faults at positions (k + ½) / n). */
export function clusterFaultPlan(counts: Record<ClusterFault, number>): ClusterFault[] {
  const slots: { kind: ClusterFault; at: number }[] = [];
  for (const [kind, n] of Object.entries(counts) as [ClusterFault, number][])
    for (let k = 0; k < n; k++) slots.push({ kind, at: (k + 0.5) / n });
  return slots.sort((a, b) => a.at - b.at).map((s) => s.kind);
}

/** A copy of a build (the drill's own dist/ is rebuilt from scratch by every scripts/drill.sh run). */
export function copyBuild(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(resolve(from), to, { recursive: true });
  return to;
}
