/**
 * The fault drill against the production engine (`npm run drill -- --cluster`): N nominations in
 * flight through the proxy while API and worker replicas, a Temporal history and a frontend
 * process are SIGKILLed, PostgreSQL (holding Temporal's databases and ours) is restarted and the
 * workers get a rolling restart; afterwards the same checks as the dev-server drill (verify.ts):
 * every case at its expected outcome, no event lost or doubled, the hash chain whole, read models
 * equal to a fresh fold, every workflow completed; and the cluster healthy again.
 */
import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Actor } from '@khen/domain';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import { TokenService } from '../../../apps/api/src/auth/token.service';
import { loadApiConfig } from '../../../apps/api/src/config/api.config';
import { DEMO_USERS, loadDirectory } from '../../../scripts/demo/demo-directory';
import { seedDemoUploads } from '../../../scripts/demo/demo-documents';
import { DrillClient, Semaphore } from './client';
import {
  ClusterControl,
  type ClusterFault,
  clusterFaultPlan,
  copyBuild,
  type ClusterProcess,
  lockDrillPostgres,
} from './cluster-infra';
import { countMatches, ensureDir, log, sleep } from './infra';
import { PgCluster } from './pg-cluster';
import { DrillCase, outcomeOf } from './scenarios';
import { verifyDrill } from './verify';
import { clusterReport, type ClusterDrillReport, type ClusterFaultRecord } from './cluster-report';

export interface ClusterDrillOptions {
  cases: number;
  faults: Record<ClusterFault, number>;
  dist: string;
  bundle: string;
  runDir: string;
  root?: string;
  apiPort?: number;
  temporalPort?: number;
  concurrency?: number;
  disclosureMs?: number;
  deadlineMs?: number;
  keepDatabase?: boolean;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];

export async function runClusterDrill(o: ClusterDrillOptions): Promise<ClusterDrillReport> {
  const started = Date.now();
  const runDir = ensureDir(resolve(o.runDir));
  const unlock = await lockDrillPostgres();
  let pg: PgCluster;
  try {
    pg = await PgCluster.ensure();
  } catch (err) {
    unlock();
    throw err;
  }
  const control = new ClusterControl(
    {
      root: resolve(o.root ?? '.'),
      dir: join(runDir, 'cluster'),
      name: `drill_${Date.now()}_${process.pid}`,
      apiPort: o.apiPort ?? 13300,
      temporalPort: o.temporalPort ?? 17300,
      pgPort: pg.port,
      // A copy of the build of its own: scripts/drill.sh rebuilds its dist/ from scratch at each run.
      dist: copyBuild(o.dist, join(runDir, 'dist')),
      bundle: resolve(o.bundle),
      extraEnv: { KHEN_DISCLOSURE_OVERRIDE_MS: String(o.disclosureMs ?? 2000) },
    },
    join(runDir, 'cluster.log'),
  );
  const user = process.env.PGUSER ?? 'khen';
  const dbEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: '127.0.0.1',
    PGPORT: String(pg.port),
    PGUSER: user,
    PGPASSWORD: process.env.PGPASSWORD ?? 'khen',
    PGDATABASE: control.khenDatabase,
  };
  delete dbEnv.DATABASE_URL;
  try {
    log(`cluster in ${control.layout.dir}; databases ${control.databases.join(', ')} on PostgreSQL port ${pg.port}`);
    // Our schema and the directory (units, people) before the replicas start.
    pg.createDatabase(control.khenDatabase, user);
    execFileSync(process.execPath, [join(control.layout.dist, 'scripts/migrate.js')], {
      env: dbEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const setupDs = createDataSource(loadDatabaseConfig(dbEnv), { entities: READ_MODEL_ENTITIES });
    await setupDs.initialize();
    await loadDirectory(setupDs);
    await seedDemoUploads(setupDs);
    await setupDs.destroy();
    const upMs = await control.must(['up']);
    log(`cluster up in ${Math.round(upMs / 1000)} s: API ${control.apiUrl}, Temporal ${control.temporalAddress}`);

    const secrets = control.secrets();
    const tokenService = new TokenService(
      loadApiConfig({ ...process.env, NODE_ENV: 'production', KHEN_JWT_SECRET: secrets.KHEN_JWT_SECRET }),
    );
    const tokenOf = new Map<string, string>();
    for (const a of Object.values(DEMO_USERS)) tokenOf.set(a.userId, await tokenService.sign(a));
    const tokens = (a: Actor) => tokenOf.get(a.userId)!;

    const tag = Date.now().toString(36);
    const cases = Array.from({ length: o.cases }, (_, i) => new DrillCase(i, outcomeOf(i), tag));
    const totalSteps = cases.reduce((n, c) => n + c.steps.length, 0);
    let stepsDone = 0;
    const client = new DrillClient(control.apiUrl, new Semaphore(o.concurrency ?? 24), 30_000);
    const loadStarted = Date.now();
    const setupMs = loadStarted - started;
    const deadline = loadStarted + (o.deadlineMs ?? 40 * 60_000);
    const plan = clusterFaultPlan(o.faults);
    log(`load: ${o.cases} nominations (${totalSteps} commands), faults ${JSON.stringify(plan)}`);

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

    const apis = Array.from({ length: 2 }, (_, i) => `api-${i + 1}` as ClusterProcess);
    const workers = Array.from({ length: 3 }, (_, i) => `worker-${i + 1}` as ClusterProcess);
    const timeline: ClusterFaultRecord[] = [];
    const killAndWait = async (name: ClusterProcess) => {
      const at = Date.now();
      const old = control.kill(name);
      return { target: name, downtimeMs: await control.waitBack(name, old, at) };
    };
    const faults = (async () => {
      for (const [j, kind] of plan.entries()) {
        const threshold = plan.length === 1 ? 0.35 : 0.05 + (0.6 * j) / (plan.length - 1);
        while (!loadDone && stepsDone / totalSteps < threshold) await sleep(200);
        if (loadDone) {
          log(`fault ${j + 1} (${kind}) not fired: the load finished first`);
          continue;
        }
        await sleep(Math.random() * 1500);
        const at = Date.now();
        const inFlight = cases.filter((c) => !c.finished).length;
        log(
          `fault ${j + 1}/${plan.length}: ${kind} at progress ${(stepsDone / totalSteps).toFixed(2)} (${inFlight} in flight)`,
        );
        let r: { target: string; downtimeMs: number };
        if (kind === 'api-kill') r = await killAndWait(pick(apis));
        else if (kind === 'worker-kill') r = await killAndWait(pick(workers));
        else if (kind === 'history-kill') r = await killAndWait(pick(['temporal-history-1', 'temporal-history-2']));
        else if (kind === 'frontend-kill') r = await killAndWait(pick(['temporal-frontend-1', 'temporal-frontend-2']));
        else if (kind === 'postgres-restart') r = { target: `postgresql:${pg.port}`, downtimeMs: await pg.restart() };
        else r = { target: workers.join(','), downtimeMs: await control.must(['restart-workers']) };
        log(`fault ${j + 1}: ${kind} ${r.target}, ${r.downtimeMs} ms until it served again`);
        timeline.push({
          kind,
          target: r.target,
          at: at - loadStarted,
          progress: Number((stepsDone / totalSteps).toFixed(3)),
          downtimeMs: r.downtimeMs,
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
          `progress: ${stepsDone}/${totalSteps} commands, ${cases.filter((c) => c.finished).length}/${cases.length} cases done`,
        );
      }
    })();
    await drivers;
    await faults;
    await progress;
    const loadMs = Date.now() - loadStarted;
    log(`load finished in ${Math.round(loadMs / 1000)} s; verifying`);

    const verifyStarted = Date.now();
    const ds = createDataSource(loadDatabaseConfig(dbEnv), { entities: READ_MODEL_ENTITIES });
    await ds.initialize();
    const connection = await Connection.connect({ address: control.temporalAddress });
    let v;
    try {
      v = await verifyDrill(ds, new Client({ connection, namespace: 'default' }), cases);
    } finally {
      await connection.close();
      await ds.destroy();
    }
    const verifyMs = Date.now() - verifyStarted;
    const healthyAfter = (await control.run(['status'], 120_000)) === 0;
    const cpu = control.cpuSeconds([...apis, ...workers]);
    const logs = (names: string[]) => names.map((n) => control.logText(n as ClusterProcess)).join('\n');
    const workerLog = logs(workers);
    const report = clusterReport({
      planned: o.faults,
      cases,
      v,
      timeline,
      client,
      restarts: control.restarts(),
      healthyAfter,
      cpuSeconds: cpu,
      worker: {
        replayedAppends: countMatches(workerLog, /replayed append on/),
        failedActivityAttempts: countMatches(workerLog, /Activity failed/),
        idempotencyViolations: countMatches(
          workerLog,
          /WRONG_EXPECTED_VERSION|IDEMPOTENCY_VIOLATION|IdempotencyViolation|expected version \d+, found/,
        ),
      },
      apiInternalErrors: countMatches(logs(apis), /ERROR \[Problem\]/),
      durationsMs: { total: 0, setup: setupMs, clusterUp: upMs, load: loadMs, verify: verifyMs },
      loadStarted,
    });
    report.durationsMs.total = Date.now() - started;
    writeFileSync(join(runDir, 'report.json'), JSON.stringify(report, null, 2));
    return report;
  } catch (err) {
    log(`cluster drill aborted: ${(err as Error).stack ?? String(err)}; logs in ${runDir}`);
    throw err;
  } finally {
    await control.run(['down'], 5 * 60_000).catch(() => 1);
    if (!o.keepDatabase) for (const db of control.databases) pg.dropDatabase(db);
    pg.stopIfOwn();
    unlock();
  }
}
