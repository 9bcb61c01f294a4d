import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NominationGateway, loadTemporalConfig } from '@khen/temporal';
import { nominationStateQuery, nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { DEMO_COUNCIL, DEMO_USERS } from '../../scripts/demo/demo-directory';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { pgClient } from '../lib/pg';
import { CpuMeter, pidFrom, rssMiB } from '../lib/proc';
import { dumpProfiles } from '../lib/profile-summary';
import { backendPids } from '../lib/pg';
import { pool, sleep } from '../lib/stats';

const TARGET_RSS_MIB = 300;

/**
 * Bench 4b: the worker's resident memory with N open cases. Starts N nomination workflows (drafts,
 * which wait for their next command with no timer) on a freshly started worker process, through the
 * same gateway the API uses, waits until every draft is in the read model, lets the worker settle,
 * and reads its RSS from /proc (and its peak while the cases were opening).
 *
 * BENCH_MEMORY_MODE=touch: the same cases, on a worker restarted with other settings
 * (BENCH_MEMORY_SETTINGS says which): BENCH_TOUCH_CASES (2,000) open drafts are queried once each,
 * so that the worker loads them (replaying their histories) as it would for their next command;
 * then the RSS.
 */
async function main(): Promise<void> {
  if (process.env.BENCH_MEMORY_MODE === 'touch') return touchAll();
  const n = intEnv('BENCH_OPEN_CASES', 10_000);
  const c = intEnv('BENCH_OPEN_C', 48);
  const settleMs = intEnv('BENCH_SETTLE_MS', 10_000);
  const worker = pidFrom(process.env.BENCH_WORKER_PID_FILE);
  if (!worker) throw new Error('BENCH_WORKER_PID_FILE names no running worker');
  const gateway = await NominationGateway.connect(loadTemporalConfig());
  const pg = await pgClient();
  const before = rssMiB(worker);
  const run = randomUUID().slice(0, 8);
  const officer = DEMO_USERS.unitOfficer;
  let peak = before.rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(worker).rss);
  }, 500);
  await dumpProfiles({ worker }, false);
  let pgPids = await backendPids(pg);
  const meter = new CpuMeter({
    temporal: () => [pidFrom(process.env.BENCH_TEMPORAL_PID_FILE)],
    worker: () => [worker],
    postgres: () => pgPids,
    bench: () => [process.pid],
  });

  const started = Date.now();
  await pool(n, c, (i) =>
    gateway.start({
      actor: officer,
      draft: {
        nominationId: randomUUID(),
        awardCode: 'BK_TINH',
        kind: 'CONG_TRANG',
        unitId: 'SO-GD',
        campaignId: 'TONG-KET-2026',
        year: 2026,
        nominee: { name: `Hồ sơ mở ${run}-${i}`, subject: 'INDIVIDUAL', key: `OPEN-${run}-${i}`, unitId: 'SO-GD' },
        council: {
          councilId: DEMO_COUNCIL.councilId,
          level: DEMO_COUNCIL.level,
          authorityId: DEMO_COUNCIL.authorityId,
        },
        achievements: {},
      },
    }),
  );
  const startedS = (Date.now() - started) / 1000;
  const count = async () =>
    Number(
      (await pg.query(`SELECT count(*) AS n FROM nominations WHERE nominee_key LIKE $1`, [`OPEN-${run}-%`])).rows[0].n,
    );
  const deadline = Date.now() + 15 * 60_000;
  let drafted = await count();
  while (drafted < n && Date.now() < deadline) {
    await sleep(1000);
    drafted = await count();
  }
  const draftedS = (Date.now() - started) / 1000;
  pgPids = await backendPids(pg);
  const cpu = meter.read();
  const profiles = await dumpProfiles({ worker });
  await sleep(settleMs);
  clearInterval(sampler);
  const after = rssMiB(worker);
  const [{ open }] = (await pg.query(`SELECT count(*)::int AS open FROM nominations WHERE outcome IS NULL`)).rows;
  await pg.end();
  await gateway.close();
  emit({
    bench: 'memory',
    title: 'Worker memory with N open cases',
    startedAt: new Date(started).toISOString(),
    durationS: round(draftedS + settleMs / 1000),
    params: { openCases: n, startConcurrency: c, settleMs, workerPid: worker },
    rssMiB: after.rss,
    rssPeakMiB: Math.max(peak, after.peak),
    rssBeforeMiB: before.rss,
    drafted,
    openCasesInStore: open,
    startsPerSecond: round(n / startedS),
    draftsVisiblePerSecond: round(drafted / draftedS),
    cpuSeconds: cpu,
    profiles,
    headline: {
      'worker RSS before (MiB)': before.rss,
      'worker RSS peak (MiB)': Math.max(peak, after.peak),
      'drafts opened per s': round(drafted / draftedS),
    },
    targets: [
      {
        metric: `worker RSS with ${n} open cases (MiB)`,
        target: `<= ${TARGET_RSS_MIB}`,
        actual: after.rss,
        met: after.rss <= TARGET_RSS_MIB && drafted >= n,
      },
    ],
    summary: `worker RSS ${after.rss} MiB with ${drafted} open drafts (peak ${Math.max(peak, after.peak)} MiB, ${before.rss} MiB before)`,
  });
}

async function touchAll(): Promise<void> {
  const c = intEnv('BENCH_OPEN_C', 48);
  const settleMs = intEnv('BENCH_SETTLE_MS', 10_000);
  const settings = process.env.BENCH_MEMORY_SETTINGS ?? 'unknown';
  const worker = pidFrom(process.env.BENCH_WORKER_PID_FILE);
  if (!worker) throw new Error('BENCH_WORKER_PID_FILE names no running worker');
  const gateway = await NominationGateway.connect(loadTemporalConfig());
  const pg = await pgClient();
  // Enough to fill the capped cache many times over; every one is a replay of its history.
  const limit = intEnv('BENCH_TOUCH_CASES', 2000);
  const ids = (
    await pg.query(
      `SELECT nomination_id FROM nominations WHERE nominee_key LIKE 'OPEN-%' AND outcome IS NULL LIMIT $1`,
      [limit],
    )
  ).rows.map((r: { nomination_id: string }) => r.nomination_id);
  await pg.end();
  const before = rssMiB(worker);
  let peak = before.rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(worker).rss);
  }, 500);
  const started = Date.now();
  await pool(ids.length, c, (i) =>
    gateway.client.workflow.getHandle(nominationWorkflowId(ids[i])).query(nominationStateQuery),
  );
  const touchedS = (Date.now() - started) / 1000;
  await sleep(settleMs);
  clearInterval(sampler);
  const after = rssMiB(worker);
  await gateway.close();
  emit({
    bench: 'memory-tuned',
    title: `Worker memory with N open cases, worker started with ${settings}`,
    startedAt: new Date(started).toISOString(),
    durationS: round(touchedS + settleMs / 1000),
    params: { openCases: ids.length, settings, queryConcurrency: c, settleMs, workerPid: worker },
    rssMiB: after.rss,
    rssPeakMiB: Math.max(peak, after.peak),
    rssBeforeMiB: before.rss,
    loadedPerSecond: round(ids.length / touchedS),
    headline: {
      [`worker RSS with ${ids.length} open cases loaded, ${settings} (MiB)`]: after.rss,
      'peak (MiB)': Math.max(peak, after.peak),
      'cases loaded per s (replay)': round(ids.length / touchedS),
    },
    targets: [],
    summary: `worker RSS ${after.rss} MiB (peak ${Math.max(peak, after.peak)}) after loading all ${ids.length} open cases, with ${settings} (a recommended setting, not the default)`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
