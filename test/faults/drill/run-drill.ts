/**
 * The fault drill: N nominations in flight through the HTTP API while the worker is
 * SIGKILLed and restarted, the Temporal dev server restarted on the same SQLite file, and
 * PostgreSQL restarted with pg_ctlcluster; afterwards every case must be at its expected outcome
 * and the store whole (see verify.ts). Everything runs as separate OS processes: its own Temporal
 * dev server (own port and db file), its own database, the worker and the API from dist/.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { TokenService } from '../../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../../apps/api/src/config/api.config';
import { loadDirectory } from '../../../scripts/demo/demo-directory';
import { seedDemoUploads } from '../../../scripts/demo/demo-documents';
import { DrillClient, Semaphore } from './client';
import { faultPlan, fireFaults, lockCluster } from './faults';
import { ensureDir, freePort, log, sleep } from './infra';
import { PgCluster } from './pg-cluster';
import { AppProcess, supervise, TemporalDevServer } from './processes';
import { drillReport, type DrillReport, type FaultRecord } from './report';
import { DrillLoad, demoTokens, verifyLoad } from './load';

export type { DrillReport } from './report';

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

const RUN_FILES = [
  'temporal.db',
  'temporal.db-wal',
  'temporal.db-shm',
  'temporal.log',
  'worker.log',
  'api.log',
  'report.json',
];
/** Ready: the health endpoint answers 200 (the API's checks PostgreSQL, the worker's that it polls). */
const healthy = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;

export async function runDrill(o: DrillOptions): Promise<DrillReport> {
  const started = Date.now();
  const runDir = ensureDir(resolve(o.runDir));
  // A run dir used before: its Temporal history and logs would be counted again.
  for (const f of RUN_FILES) rmSync(join(runDir, f), { force: true });
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
  const workerHealthPort = await freePort();
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
    KHEN_WORKER_HEALTH_ADDRESS: `127.0.0.1:${workerHealthPort}`,
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
    await seedDemoUploads(setupDs);
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
    const workerHealth = `http://127.0.0.1:${workerHealthPort}/health`;
    worker = new AppProcess('worker', dist, env, join(runDir, 'worker.log'), healthy(workerHealth));
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    api = new AppProcess('api', dist, env, join(runDir, 'api.log'), healthy(`${apiUrl}/api/health`));
    await Promise.all([worker.up(), api.up()]);
    log(`worker and API up (API ${apiUrl})`);

    const tokens = await demoTokens(new TokenService(loadApiConfig(env)));
    const client = new DrillClient(apiUrl, new Semaphore(o.concurrency ?? 24), 30_000);
    const plan = faultPlan(o);
    const load = new DrillLoad(o.cases, client, tokens, o.deadlineMs ?? 20 * 60_000);
    const { cases, started: loadStarted } = load;
    const setupMs = loadStarted - started;
    log(`load: ${o.cases} nominations (${load.totalSteps} commands), faults ${JSON.stringify(plan)}`);

    const restarting = new Set<string>();
    // A supervisor, as in production: a process that died on its own is started again (and counted).
    const supervisor = supervise([worker, api], restarting, () => load.done);

    const timeline: FaultRecord[] = [];
    const faults = fireFaults(plan, timeline, load, async (kind) => {
      if (kind === 'temporal-restart') return { downtimeMs: await temporal.restart(o.temporalDownMs ?? 8000) };
      if (kind === 'postgres-restart') return { downtimeMs: await cluster.restart() };
      // Down from the kill until it polls again.
      const killed = Date.now();
      restarting.add('worker');
      await worker!.kill();
      await sleep(300 + Math.random() * 2000);
      const down = Date.now() - killed;
      const up = await worker!.up();
      restarting.delete('worker');
      return { downtimeMs: down + up };
    });
    const progress = load.logProgress();

    await load.drivers;
    await faults;
    await supervisor;
    await progress;
    const loadMs = Date.now() - loadStarted;
    log(`load finished in ${Math.round(loadMs / 1000)} s; verifying`);

    const verifyStarted = Date.now();
    const v = await verifyLoad(env, temporal.address, cases);
    const verifyMs = Date.now() - verifyStarted;
    await stopAll();

    const report = drillReport(o, {
      cases,
      timeline,
      client: client.stats,
      worker: { log: worker.logText(), starts: worker.starts, unexpectedExits: worker.unexpectedExits },
      api: { log: api.logText(), unexpectedExits: api.unexpectedExits },
      verify: v,
      loadStarted,
      durationsMs: { total: Date.now() - started, setup: setupMs, load: loadMs, verify: verifyMs },
    });
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
