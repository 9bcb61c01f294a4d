/**
 * The fault drill against the production engine (`npm run drill -- --cluster`): N nominations in
 * flight through the proxy while API and worker replicas, a Temporal history and a frontend
 * process are SIGKILLed, PostgreSQL (holding Temporal's databases and ours) is restarted and the
 * workers get a rolling restart; afterwards the same checks as the dev-server drill (verify.ts):
 * every case at its expected outcome, no event lost or doubled, the hash chain whole, read models
 * equal to a fresh fold, every workflow completed; and the cluster healthy again.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { READ_MODEL_ENTITIES } from '@khen/projections';
import type { Actor } from '@khen/domain';
import { DEMO_USERS, loadDirectory } from '../../../scripts/demo/demo-directory';
import { KeycloakTokenKeeper } from '../../../scripts/demo/keycloak-sign-in';
import { seedDemoUploads } from '../../../scripts/demo/demo-documents';
import { DrillClient, Semaphore } from './client';
import { ClusterControl, type ClusterFault, clusterFaultPlan, copyBuild, type ClusterProcess } from './cluster-infra';
import { fireFaults, lockCluster } from './faults';
import { countMatches, ensureDir, log } from './infra';
import { PgCluster } from './pg-cluster';
import { DrillLoad, verifyLoad } from './load';
import type { FaultRecord } from './report';
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
  const unlock = await lockCluster();
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
  let keeper: KeycloakTokenKeeper | undefined;
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

    // The people sign in at the cluster's Keycloak (production accepts no other tokens), refreshed as the pages do.
    keeper = await KeycloakTokenKeeper.signIn(
      control.issuer,
      Object.values(DEMO_USERS).map((a) => a.userId),
    );
    const signedIn = keeper;
    const tokens = (a: Actor) => signedIn.token(a.userId);
    const client = new DrillClient(control.apiUrl, new Semaphore(o.concurrency ?? 24), 30_000);
    const plan = clusterFaultPlan(o.faults);
    const load = new DrillLoad(o.cases, client, tokens, o.deadlineMs ?? 40 * 60_000);
    const { cases, started: loadStarted } = load;
    const setupMs = loadStarted - started;
    log(`load: ${o.cases} nominations (${load.totalSteps} commands), faults ${JSON.stringify(plan)}`);

    const apis = Array.from({ length: 2 }, (_, i) => `api-${i + 1}` as ClusterProcess);
    const workers = Array.from({ length: 3 }, (_, i) => `worker-${i + 1}` as ClusterProcess);
    const timeline: ClusterFaultRecord[] = [];
    const killAndWait = async (name: ClusterProcess) => {
      const at = Date.now();
      const old = control.kill(name);
      return { target: name, downtimeMs: await control.waitBack(name, old, at) };
    };
    const faults = fireFaults(
      plan,
      timeline as FaultRecord<ClusterFault>[],
      load,
      async (kind) => {
        if (kind === 'api-kill') return killAndWait(pick(apis));
        if (kind === 'worker-kill') return killAndWait(pick(workers));
        if (kind === 'history-kill') return killAndWait(pick(['temporal-history-1', 'temporal-history-2']));
        if (kind === 'frontend-kill') return killAndWait(pick(['temporal-frontend-1', 'temporal-frontend-2']));
        if (kind === 'postgres-restart') return { target: `postgresql:${pg.port}`, downtimeMs: await pg.restart() };
        return { target: workers.join(','), downtimeMs: await control.must(['restart-workers']) };
      },
      { from: 0.05, span: 0.6 },
    );
    const progress = load.logProgress();
    await load.drivers;
    await faults;
    await progress;
    const loadMs = Date.now() - loadStarted;
    log(`load finished in ${Math.round(loadMs / 1000)} s; verifying`);

    const verifyStarted = Date.now();
    const v = await verifyLoad(dbEnv, control.temporalAddress, cases);
    const verifyMs = Date.now() - verifyStarted;
    const healthyAfter = (await control.run(['status'], 120_000)) === 0;
    const cpu = control.cpuSeconds([...apis, ...workers]);
    const logs = (names: string[]) => names.map((n) => control.logText(n as ClusterProcess)).join('\n');
    const report = clusterReport({
      planned: o.faults,
      cases,
      v,
      timeline,
      client,
      restarts: control.restarts(),
      healthyAfter,
      cpuSeconds: cpu,
      workerLog: logs(workers),
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
    keeper?.stop();
    await control.run(['down'], 5 * 60_000).catch(() => 1);
    if (!o.keepDatabase) for (const db of control.databases) pg.dropDatabase(db);
    pg.stopIfOwn();
    unlock();
  }
}
