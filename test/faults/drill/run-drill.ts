/**
 * The fault drill: N nominations in flight through the HTTP API while the worker is
 * SIGKILLed and restarted, the Temporal dev server restarted on the same SQLite file, and
 * PostgreSQL restarted with pg_ctlcluster; afterwards every case must be at its expected outcome
 * and the store whole (see verify.ts). Everything runs as separate OS processes: its own Temporal
 * dev server (own port and db file), its own database, the worker and the API from dist/.
 */
import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Actor } from '@khen/domain';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { TokenService } from '../../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../../apps/api/src/config/api.config';
import { DEMO_USERS, loadDirectory } from '../../../scripts/demo/demo-directory';
import { DrillClient, Semaphore } from './client';
import { AppProcess, countMatches, ensureDir, freePort, log, PgCluster, sleep, TemporalDevServer } from './infra';
import { DrillCase, outcomeOf } from './scenarios';
import { verifyDrill, type VerifyReport } from './verify';

export interface DrillOptions {
  cases: number;
  workerKills: number;
  temporalRestarts: number;
  postgresRestarts: number;
  /** Compiled code (scripts/drill.sh builds its own copy; npm test uses dist/). */
  dist: string;
  /** A pre-built workflow bundle; bundled from `dist` when absent. */
  bundle?: string;
  temporalCli: string;
  runDir: string;
  /** Concurrent HTTP requests of the simulated clients. */
  concurrency?: number;
  /** Disclosure length (KHEN_DISCLOSURE_OVERRIDE_MS) so that cases finish within the drill. */
  disclosureMs?: number;
  /** The whole load must finish within this. */
  deadlineMs?: number;
  /** How long the Temporal dev server stays down at each restart (default 8 s). */
  temporalDownMs?: number;
  /** Keep the database (for inspection) instead of dropping it. */
  keepDatabase?: boolean;
}

type FaultKind = 'worker-kill' | 'temporal-restart' | 'postgres-restart';

export interface FaultRecord {
  kind: FaultKind;
  /** ms since the load started. */
  at: number;
  /** Progress (steps done / all steps) when it fired. */
  progress: number;
  /** How long the component was down or restarting. */
  downtimeMs: number;
  /** Cases still in flight when it fired. */
  casesInFlight: number;
}

export interface DrillReport {
  ok: boolean;
  summary: string;
  cases: { total: number; expected: Record<string, number>; atExpectedOutcome: number; clientGaveUp: number };
  events: { total: number; streams: number; byType: Record<string, number> };
  faults: {
    workerKills: number;
    temporalRestarts: number;
    postgresRestarts: number;
    firedWhileCasesInFlight: number;
    unexpectedExits: { worker: number; api: number };
    timeline: FaultRecord[];
  };
  client: {
    requests: number;
    retries: number;
    retriesByReason: Record<string, number>;
    alreadyDoneAfterRetry: number;
    statuses: Record<string, number>;
    serverErrors: Record<string, number>;
    unexpectedRefusals: string[];
  };
  worker: { starts: number; replayedAppends: number; failedActivityAttempts: number; idempotencyViolations: number };
  api: { internalErrors: number };
  checks: Omit<
    VerifyReport,
    'problems' | 'eventsByType' | 'events' | 'streams' | 'durationsMs' | 'casesAtExpectedOutcome'
  >;
  problems: string[];
  durationsMs: {
    total: number;
    setup: number;
    load: number;
    verify: number;
    caseP50: number;
    caseP90: number;
    caseMax: number;
    verifySteps: VerifyReport['durationsMs'];
  };
}

/** One drill at a time per machine: they share the drill's PostgreSQL cluster. */
async function lockCluster(): Promise<() => void> {
  const file = '/tmp/khen-drill-cluster.lock';
  for (let waited = 0; ; waited += 1000) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          /* gone */
        }
      };
    } catch {
      const holder = Number(readFileSync(file, 'utf8') || 0);
      let alive: boolean;
      try {
        alive = holder > 0 && (process.kill(holder, 0), true);
      } catch {
        alive = false;
      }
      if (!alive) {
        try {
          unlinkSync(file);
        } catch {
          /* raced */
        }
        continue;
      }
      if (waited % 30_000 === 0) log(`waiting for drill pid ${holder} to release the PostgreSQL cluster`);
      if (waited > 30 * 60_000) throw new Error(`drill pid ${holder} holds ${file} for 30 minutes`);
      await sleep(1000);
    }
  }
}

/** Spreads the Temporal and PostgreSQL restarts evenly among the worker kills. */
export function faultPlan(o: Pick<DrillOptions, 'workerKills' | 'temporalRestarts' | 'postgresRestarts'>): FaultKind[] {
  const total = o.workerKills + o.temporalRestarts + o.postgresRestarts;
  const plan: (FaultKind | undefined)[] = Array(total).fill(undefined);
  const place = (kind: FaultKind, n: number, offset: number) => {
    for (let k = 0; k < n; k++) {
      let i = Math.min(total - 1, Math.floor(((k + offset) * total) / n));
      while (plan[i]) i = (i + 1) % total;
      plan[i] = kind;
    }
  };
  place('temporal-restart', o.temporalRestarts, 0.34);
  place('postgres-restart', o.postgresRestarts, 0.67);
  return plan.map((k) => k ?? 'worker-kill');
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

export async function runDrill(o: DrillOptions): Promise<DrillReport> {
  const started = Date.now();
  const runDir = ensureDir(resolve(o.runDir));
  // A run dir used before: its Temporal history and logs would be counted again.
  for (const f of [
    'temporal.db',
    'temporal.db-wal',
    'temporal.db-shm',
    'temporal.log',
    'worker.log',
    'api.log',
    'report.json',
  ])
    rmSync(join(runDir, f), { force: true });
  const dist = resolve(o.dist);
  const unlock = await lockCluster();
  let cluster: PgCluster;
  try {
    cluster = await PgCluster.ensure();
  } catch (err) {
    unlock();
    throw err;
  }
  const database = `khen_drill_${Date.now()}_${process.pid}`;
  const user = process.env.PGUSER ?? 'khen';
  cluster.createDatabase(database, user);
  const temporalPort = await freePort();
  const apiPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: '127.0.0.1',
    PGPORT: String(cluster.port),
    PGUSER: user,
    PGPASSWORD: process.env.PGPASSWORD ?? 'khen',
    PGDATABASE: database,
    TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: 'nominations',
    API_PORT: String(apiPort),
    KHEN_DISCLOSURE_OVERRIDE_MS: String(o.disclosureMs ?? 2000),
    NODE_ENV: 'development',
    DB_POOL_SIZE: '10',
    // The worker's own Prometheus endpoint would collide with another worker's on this machine.
    KHEN_WORKER_METRICS_ADDRESS: '',
  };
  delete env.DATABASE_URL;
  delete env.TEMPORAL_UI_URL;
  const temporal = new TemporalDevServer(
    o.temporalCli,
    temporalPort,
    join(runDir, 'temporal.db'),
    join(runDir, 'temporal.log'),
  );
  let worker: AppProcess | undefined;
  let api: AppProcess | undefined;
  const stopAll = async () => {
    await api?.close();
    await worker?.close();
    await temporal.close();
  };
  try {
    log(
      `database ${database} on PostgreSQL ${cluster.version}/${cluster.name} (port ${cluster.port}); run dir ${runDir}`,
    );
    execFileSync(process.execPath, [join(dist, 'scripts/migrate.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const setupDs = createDataSource(loadDatabaseConfig(env), { entities: READ_MODEL_ENTITIES });
    await setupDs.initialize();
    await loadDirectory(setupDs);
    await setupDs.destroy();
    let bundle = o.bundle;
    if (!bundle) {
      bundle = join(runDir, 'workflow-bundle.js');
      execFileSync(process.execPath, [join(dist, 'scripts/bundle-workflows.js'), bundle], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    }
    env.TEMPORAL_WORKFLOW_BUNDLE = bundle;
    await temporal.up();
    log(`Temporal dev server at ${temporal.address} (db ${temporal.dbFile})`);
    worker = new AppProcess('worker', dist, env, join(runDir, 'worker.log'), async () =>
      /worker polling/.test(lastIncarnation(worker!.logText())),
    );
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    api = new AppProcess(
      'api',
      dist,
      env,
      join(runDir, 'api.log'),
      async () => (await fetch(`${apiUrl}/api/health`, { signal: AbortSignal.timeout(2000) })).ok,
    );
    await Promise.all([worker.up(), api.up()]);
    log(`worker and API up (API ${apiUrl})`);

    const tokenService = new TokenService(loadApiConfig(env));
    const tokenOf = new Map<string, string>();
    for (const a of Object.values(DEMO_USERS)) tokenOf.set(a.userId, await tokenService.sign(a));
    const tokens = (a: Actor) => tokenOf.get(a.userId)!;

    const tag = Date.now().toString(36);
    const cases = Array.from({ length: o.cases }, (_, i) => new DrillCase(i, outcomeOf(i), tag));
    const totalSteps = cases.reduce((n, c) => n + c.steps.length, 0);
    let stepsDone = 0;
    const client = new DrillClient(apiUrl, new Semaphore(o.concurrency ?? 24), 30_000);
    const loadStarted = Date.now();
    const setupMs = loadStarted - started;
    const deadline = loadStarted + (o.deadlineMs ?? 20 * 60_000);
    log(`load: ${o.cases} nominations (${totalSteps} commands), faults ${JSON.stringify(faultPlan(o))}`);

    let loadDone = false;
    const drivers = Promise.all(
      cases.map(async (c, i) => {
        await sleep(Math.min(i * 5, 2000));
        await c.drive(client, tokens, deadline, () => {
          stepsDone++;
        });
      }),
    ).finally(() => {
      loadDone = true;
    });

    const restarting = new Set<string>();
    // A supervisor, as in production: a process that died on its own is started again (and counted).
    const supervise = (async () => {
      while (!loadDone) {
        for (const p of [worker!, api!]) {
          if (!p.alive && !restarting.has(p.app)) {
            log(`supervisor: restarting ${p.app}`);
            await p.up().catch((e) => log(`supervisor: ${p.app} did not come back: ${String(e)}`));
          }
        }
        await sleep(1000);
      }
    })();

    const plan = faultPlan(o);
    const timeline: FaultRecord[] = [];
    const faults = (async () => {
      for (const [j, kind] of plan.entries()) {
        // Spread over the first 70 % of the commands, so that the last fault still meets cases in flight.
        const threshold = plan.length === 1 ? 0.35 : 0.03 + (0.67 * j) / (plan.length - 1);
        while (!loadDone && stepsDone / totalSteps < threshold) await sleep(200);
        if (loadDone) {
          log(`fault ${j + 1} (${kind}) not fired: the load finished first`);
          continue;
        }
        await sleep(Math.random() * 1500);
        const at = Date.now();
        const inFlight = cases.filter((c) => !c.finished).length;
        log(
          `fault ${j + 1}/${plan.length}: ${kind} at progress ${(stepsDone / totalSteps).toFixed(2)} (${inFlight} cases in flight)`,
        );
        let downtimeMs: number;
        if (kind === 'worker-kill') {
          restarting.add('worker');
          await worker!.kill();
          await sleep(300 + Math.random() * 2000);
          downtimeMs = Date.now() - at + (await worker!.up());
          restarting.delete('worker');
        } else if (kind === 'temporal-restart') {
          downtimeMs = await temporal.restart(o.temporalDownMs ?? 8000);
        } else {
          downtimeMs = await cluster.restart();
        }
        timeline.push({
          kind,
          at: at - loadStarted,
          progress: Number((stepsDone / totalSteps).toFixed(3)),
          downtimeMs,
          casesInFlight: inFlight,
        });
        await sleep(500 + Math.random() * 1000);
      }
    })();
    const progress = (async () => {
      for (let last = 0; !loadDone; await sleep(1000)) {
        if (Date.now() - last < 30_000) continue;
        last = Date.now();
        log(
          `progress: ${stepsDone}/${totalSteps} commands, ${cases.filter((c) => c.finished).length}/${cases.length} cases done, ` +
            `${client.stats.requests} requests, ${Object.values(client.stats.retries).reduce((a, b) => a + b, 0)} retries`,
        );
      }
    })();

    await drivers;
    await faults;
    await supervise;
    await progress;
    const loadMs = Date.now() - loadStarted;
    log(`load finished in ${Math.round(loadMs / 1000)} s; verifying`);

    const verifyStarted = Date.now();
    const ds = createDataSource(loadDatabaseConfig(env), { entities: READ_MODEL_ENTITIES });
    await ds.initialize();
    const connection = await Connection.connect({ address: temporal.address });
    let v: VerifyReport;
    try {
      v = await verifyDrill(ds, new Client({ connection, namespace: 'default' }), cases);
    } finally {
      await connection.close();
      await ds.destroy();
    }
    const verifyMs = Date.now() - verifyStarted;
    await stopAll();

    const workerLog = worker.logText();
    const apiLog = api.logText();
    const problems = [...v.problems];
    const count = (k: FaultKind) => timeline.filter((f) => f.kind === k).length;
    if (count('worker-kill') !== o.workerKills)
      problems.push(`${count('worker-kill')} of ${o.workerKills} worker kills fired during the load`);
    if (count('temporal-restart') !== o.temporalRestarts)
      problems.push(`${count('temporal-restart')} of ${o.temporalRestarts} Temporal restarts fired during the load`);
    if (count('postgres-restart') !== o.postgresRestarts)
      problems.push(`${count('postgres-restart')} of ${o.postgresRestarts} PostgreSQL restarts fired during the load`);
    const unexpectedExits = { worker: worker.unexpectedExits, api: api.unexpectedExits };
    if (unexpectedExits.worker || unexpectedExits.api)
      problems.push(`processes died on their own: ${JSON.stringify(unexpectedExits)}`);
    if (client.stats.unexpected.length)
      problems.push(
        `${client.stats.unexpected.length} refusals the plan did not expect, e.g. ${client.stats.unexpected.slice(0, 3).join(' | ')}`,
      );
    const idempotencyViolations = countMatches(
      workerLog,
      /WRONG_EXPECTED_VERSION|IDEMPOTENCY_VIOLATION|IdempotencyViolation|expected version \d+, found/,
    );
    if (idempotencyViolations)
      problems.push(`${idempotencyViolations} store version/idempotency errors in the worker log`);

    const latencies = cases.filter((c) => c.finishedAt).map((c) => c.finishedAt! - loadStarted);
    const retries = Object.values(client.stats.retries).reduce((a, b) => a + b, 0);
    const expected: Record<string, number> = {};
    for (const c of cases) expected[c.outcome] = (expected[c.outcome] ?? 0) + 1;
    const ok = problems.length === 0;
    const report: DrillReport = {
      ok,
      summary: '',
      cases: {
        total: cases.length,
        expected,
        atExpectedOutcome: v.casesAtExpectedOutcome,
        clientGaveUp: cases.filter((c) => c.error).length,
      },
      events: { total: v.events, streams: v.streams, byType: v.eventsByType },
      faults: {
        workerKills: count('worker-kill'),
        temporalRestarts: count('temporal-restart'),
        postgresRestarts: count('postgres-restart'),
        firedWhileCasesInFlight: timeline.filter((f) => f.casesInFlight > 0).length,
        unexpectedExits,
        timeline,
      },
      client: {
        requests: client.stats.requests,
        retries,
        retriesByReason: client.stats.retries,
        alreadyDoneAfterRetry: client.stats.alreadyDoneAfterRetry,
        statuses: client.stats.statuses,
        serverErrors: client.stats.serverErrors,
        unexpectedRefusals: client.stats.unexpected.slice(0, 20),
      },
      worker: {
        starts: worker.starts,
        replayedAppends: countMatches(workerLog, /replayed append on/),
        failedActivityAttempts: countMatches(workerLog, /Activity failed/),
        idempotencyViolations,
      },
      api: { internalErrors: countMatches(apiLog, /ERROR \[Problem\]/) },
      checks: { ok: v.ok, hashChain: v.hashChain, consistency: v.consistency, workflows: v.workflows },
      problems,
      durationsMs: {
        total: Date.now() - started,
        setup: setupMs,
        load: loadMs,
        verify: verifyMs,
        caseP50: percentile(latencies, 50),
        caseP90: percentile(latencies, 90),
        caseMax: Math.max(0, ...latencies),
        verifySteps: v.durationsMs,
      },
    };
    report.summary =
      `drill ${ok ? 'PASSED' : 'FAILED'}: ${v.casesAtExpectedOutcome}/${cases.length} cases at their expected outcome ` +
      `(${Object.entries(expected)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}), ${v.events} events in ${v.streams} streams, ` +
      `${report.faults.workerKills} worker kills, ${report.faults.temporalRestarts} Temporal + ${report.faults.postgresRestarts} PostgreSQL restarts, ` +
      `${retries} client retries (${client.stats.alreadyDoneAfterRetry} found already done), ${report.worker.replayedAppends} replayed appends ignored, ` +
      `hash chain ${v.hashChain.ok ? 'ok' : 'BROKEN'}, read models ${v.consistency.ok ? 'consistent' : 'INCONSISTENT'}, ` +
      `load ${Math.round(loadMs / 1000)} s, total ${Math.round(report.durationsMs.total / 1000)} s${ok ? '' : ` — ${problems.length} problems`}`;
    writeFileSync(join(runDir, 'report.json'), JSON.stringify(report, null, 2));
    if (!o.keepDatabase) cluster.dropDatabase(database);
    return report;
  } catch (err) {
    log(`drill aborted: ${(err as Error).stack ?? String(err)}; logs in ${runDir}`);
    await stopAll().catch(() => undefined);
    throw err;
  } finally {
    // The drill's own cluster is stopped again (the shared one keeps running).
    cluster.stopIfOwn();
    unlock();
  }
}

/** The part of a log written by the latest start of its process. */
function lastIncarnation(text: string): string {
  const i = text.lastIndexOf('\n===== ');
  return i < 0 ? text : text.slice(i);
}
