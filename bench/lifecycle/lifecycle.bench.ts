import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { backendPids, pgClient } from '../lib/pg';
import { CpuMeter, pidFrom, withDescendants } from '../lib/proc';
import { dumpProfiles } from '../lib/profile-summary';
import { percentiles, pool, Recorder } from '../lib/stats';
import { fileAndDecide } from './case-walk';
import { ApiClient } from '../lib/api-client';

const u = DEMO_USERS;
const TARGET_RATIO = 1.0;
/** CPU of every process (Temporal server, api, worker, PostgreSQL, client) per full lifecycle case. */
const TARGET_CPU_MS = 350;

/**
 * BENCH_CLUSTER_DIR: the run is against a cluster of scripts/cluster/ (`npm run bench -- --cluster`): its processes
 * are found by their pid files and measured one by one, PostgreSQL's backends of every database it uses
 * (BENCH_PG_DATABASES: ours and the Temporal server's) count, and the result is recorded as BENCH_NAME.
 */
const CLUSTER_DIR = process.env.BENCH_CLUSTER_DIR;
const PG_DATABASES = process.env.BENCH_PG_DATABASES?.split(',').filter(Boolean);

/** The cluster's processes (the supervisor aside) and their pids. */
function clusterPids(): Record<string, number> {
  if (!CLUSTER_DIR) return {};
  const dir = join(CLUSTER_DIR, 'pids');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.pid') && f !== 'supervisor.pid')
      .map((f) => [f.slice(0, -4), pidFrom(join(dir, f))]),
  );
}

/** A cluster process's kind: temporal-history-1 → temporal, api-2 → api, worker-3 → worker. */
const kindOf = (name: string) => (name.startsWith('temporal-') ? 'temporal' : name.replace(/-\d+$/, ''));

/** CPU seconds per process summed per kind (temporal, api, worker, proxy, keycloak, postgres, client). */
function byKind(cpu: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(cpu)) out[kindOf(k)] = round((out[kindOf(k)] ?? 0) + v);
  return out;
}

interface Side {
  seconds: number;
  n: number;
  rec: Recorder;
  cpu: Record<string, number>;
  rounds: number[];
}

/**
 * Bench 1: N nominations from filing to decision through the HTTP API (real API and worker
 * processes, PostgreSQL, Temporal), C at a time, as people would: file, submit, appraise, four
 * votes, close the ballot, wait for the disclosure to end, decide; against the bare baseline
 * (bench/bare: same shape, no-op activities, straight to Temporal) on the same server. The machine
 * is shared, so the two run in alternating rounds (bare, ours, ours, bare, …) and each side's
 * throughput is its N over the sum of its rounds' times.
 */
async function main(): Promise<void> {
  const n = intEnv('BENCH_N', 1000);
  const c = intEnv('BENCH_C', 32);
  const rounds = Math.max(1, intEnv('BENCH_ROUNDS', 2));
  const disclosureMs = intEnv('KHEN_DISCLOSURE_OVERRIDE_MS', 300);
  const pollMs = intEnv('BENCH_POLL_MS', 50);
  const api = new ApiClient();
  await api.signIn([u.unitOfficer, u.office, u.member1, u.member2, u.member3, u.member5, u.authority]);
  const run = randomUUID().slice(0, 8);
  const pg = await pgClient();
  const cluster = clusterPids();
  const temporalPids = CLUSTER_DIR
    ? Object.entries(cluster)
        .filter(([k]) => kindOf(k) === 'temporal')
        .map(([, pid]) => pid)
    : [pidFrom(process.env.BENCH_TEMPORAL_PID_FILE)];
  const services = { api: pidFrom(process.env.BENCH_API_PID_FILE), worker: pidFrom(process.env.BENCH_WORKER_PID_FILE) };
  const bareWorker = pidFrom(process.env.BENCH_BARE_WORKER_PID_FILE);
  const ours: Side = { seconds: 0, n: 0, rec: new Recorder(), cpu: {}, rounds: [] };
  const bare: Side = { seconds: 0, n: 0, rec: new Recorder(), cpu: {}, rounds: [] };
  const addCpu = (side: Side, used: Record<string, number>) =>
    Object.entries(used).forEach(([k, v]) => {
      side.cpu[k] = round((side.cpu[k] ?? 0) + v);
    });
  const sizes = Array.from({ length: rounds }, (_, r) => Math.floor(n / rounds) + (r < n % rounds ? 1 : 0));

  const runOurs = async (r: number) => {
    let pgPids = await backendPids(pg, PG_DATABASES);
    const processes = CLUSTER_DIR ? cluster : { temporal: temporalPids[0]!, ...services };
    const meter = new CpuMeter({
      ...Object.fromEntries(Object.entries(processes).map(([k, pid]) => [k, () => withDescendants(pid)])),
      postgres: () => pgPids,
      client: () => [process.pid],
    });
    const t0 = performance.now();
    await pool(sizes[r], c, (i) => fileAndDecide(api, `${run}-${r}`, i, { disclosureMs, pollMs, rec: ours.rec }));
    const s = (performance.now() - t0) / 1000;
    pgPids = await backendPids(pg, PG_DATABASES);
    addCpu(ours, meter.read());
    ours.seconds += s;
    ours.n += sizes[r];
    ours.rounds.push(round(sizes[r] / s));
    process.stderr.write(`[bench] round ${r + 1} ours: ${round(sizes[r] / s)} nominations/s\n`);
  };
  /** The bare client as its own process; its CPU is sampled while it lives (the last half second is lost). */
  const bareClient = (
    env: Record<string, string>,
    onCpu?: (used: Record<string, number>) => void,
    /** On the cluster: the Temporal server's PostgreSQL backends (on the dev server its state is in SQLite). */
    pgPids: number[] = [],
  ) =>
    new Promise<void>((resolve, reject) => {
      let child = 0;
      const meter = new CpuMeter({
        temporal: () => temporalPids,
        bareWorker: () => [bareWorker],
        ...(CLUSTER_DIR ? { postgres: () => pgPids } : {}),
        client: () => (child ? [child] : []),
      });
      let used: Record<string, number> = {};
      const p = spawn(process.execPath, [join(__dirname, '../bare/bare.client.js')], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child = p.pid ?? 0;
      const sample = setInterval(() => {
        used = meter.read();
      }, 500);
      p.on('exit', (code) => {
        clearInterval(sample);
        onCpu?.(used);
        if (code === 0) resolve();
        else reject(new Error(`bare client exited ${code}`));
      });
    });
  const runBare = async (r: number) => {
    const rawFile = join(process.env.BENCH_RUN_DIR ?? '/tmp', `bare-round-${r}.json`);
    const temporalDbs = PG_DATABASES?.filter((d) => d.startsWith('temporal'));
    const pgPids = temporalDbs?.length ? await backendPids(pg, temporalDbs) : [];
    await bareClient(
      { BENCH_N: String(sizes[r]), BENCH_WARMUP: '0', BENCH_RAW_OUT: rawFile },
      (used) => addCpu(bare, used),
      pgPids,
    );
    const out = JSON.parse(readFileSync(rawFile, 'utf8')) as {
      n: number;
      seconds: number;
      throughput: number;
      raw: Record<string, number[]>;
    };
    bare.rec.merge(out.raw);
    bare.seconds += out.seconds;
    bare.n += out.n;
    bare.rounds.push(out.throughput);
    process.stderr.write(`[bench] round ${r + 1} bare: ${out.throughput} workflows/s\n`);
  };

  // Warm-up of both sides, outside the measured rounds: bundles, caches, queues, pools.
  await bareClient({ BENCH_N: '0', BENCH_WARMUP: String(Math.min(c, 8)) });
  await pool(Math.min(c, 8), Math.min(c, 8), (i) => fileAndDecide(api, `${run}-w`, i, { disclosureMs, pollMs }));
  await dumpProfiles({ ...services, bareWorker }, false);

  const startedAt = new Date().toISOString();
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      await runBare(r);
      await runOurs(r);
    } else {
      await runOurs(r);
      await runBare(r);
    }
  }
  const profiles = await dumpProfiles({ ...services, bareWorker });
  const [{ events }] = (await pg.query(`SELECT count(*)::int AS events FROM events`)).rows;
  await pg.end();
  api.close();

  const throughput = round(ours.n / ours.seconds);
  const bareThroughput = round(bare.n / bare.seconds);
  const ratio = round(throughput / bareThroughput);
  const perCase = (side: Side) =>
    Object.fromEntries(Object.entries(side.cpu).map(([k, v]) => [k, round((v * 1000) / side.n, 1)]));
  const cpuTotal = (side: Side) => round((Object.values(side.cpu).reduce((s, v) => s + v, 0) * 1000) / side.n);
  const kindPerCase = (side: Side) =>
    Object.fromEntries(Object.entries(byKind(side.cpu)).map(([k, v]) => [k, round((v * 1000) / side.n, 1)]));
  const latency = (side: Side) =>
    Object.fromEntries(
      Object.entries(side.rec.raw())
        .filter(([k]) => k !== 'case')
        .map(([k, v]) => [k, percentiles(v)]),
    );
  const oursLatency = latency(ours);
  emit({
    bench: process.env.BENCH_NAME ?? 'lifecycle',
    title: CLUSTER_DIR
      ? 'Lifecycle throughput on the cluster (Temporal on PostgreSQL, 2 APIs, 3 workers), against bare Temporal on it'
      : 'Lifecycle throughput: filing to decision over HTTP, against bare Temporal',
    startedAt,
    durationS: round(ours.seconds + bare.seconds),
    params: {
      n,
      concurrency: c,
      rounds,
      disclosureMs,
      pollMs,
      commandsPerCase: 8,
      eventsPerCase: 25,
      bareShape: { updates: 7, activities: 15, timers: 8, searchAttributeUpserts: 5 },
    },
    throughput,
    bareThroughput,
    ratio,
    roundsOurs: ours.rounds,
    roundsBare: bare.rounds,
    latencyMs: oursLatency,
    caseMs: percentiles(ours.rec.raw().case ?? []),
    bareLatencyMs: latency(bare),
    bareCaseMs: percentiles(bare.rec.raw().case ?? []),
    cpuSeconds: ours.cpu,
    cpuMsPerCase: perCase(ours),
    ...(CLUSTER_DIR ? { cpuMsPerCaseByKind: kindPerCase(ours), processes: Object.keys(cluster).sort() } : {}),
    bareCpuSeconds: bare.cpu,
    bareCpuMsPerCase: perCase(bare),
    cpuRatio: round(cpuTotal(bare) / cpuTotal(ours)),
    eventsInStore: events,
    /** Commands answered 503 (not answered in time), then found in the case or sent again. */
    commandsNotAnswered: api.notAnswered,
    profiles,
    headline: {
      'nominations/s (ours)': throughput,
      'workflows/s (bare)': bareThroughput,
      ...Object.fromEntries(
        Object.entries(oursLatency).map(([k, v]) => [`${k} p50/p95/p99 ms`, `${v.p50}/${v.p95}/${v.p99}`]),
      ),
      'CPU ms per case ours (temporal/api/worker/pg/client)': ['temporal', 'api', 'worker', 'postgres', 'client']
        .map((k) => kindPerCase(ours)[k])
        .join('/'),
      ...(CLUSTER_DIR
        ? {
            'CPU ms per case ours (proxy/keycloak)': ['proxy', 'keycloak'].map((k) => kindPerCase(ours)[k]).join('/'),
          }
        : {}),
      [`CPU ms per case bare (temporal/worker/${CLUSTER_DIR ? 'pg/' : ''}client)`]: [
        'temporal',
        'bareWorker',
        ...(CLUSTER_DIR ? ['postgres'] : []),
        'client',
      ]
        .map((k) => perCase(bare)[k])
        .join('/'),
    },
    targets: [
      { metric: 'throughput ours/bare', target: `>= ${TARGET_RATIO}`, actual: ratio, met: ratio >= TARGET_RATIO },
      {
        metric: 'CPU ms per full lifecycle case, all processes',
        target: `<= ${TARGET_CPU_MS}`,
        actual: cpuTotal(ours),
        met: cpuTotal(ours) <= TARGET_CPU_MS,
      },
    ],
    summary: `${throughput} nominations/s vs bare ${bareThroughput} workflows/s (N=${n} each, C=${c}, ${rounds} alternating rounds); CPU per case bare/ours ${round(cpuTotal(bare) / cpuTotal(ours))}`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
