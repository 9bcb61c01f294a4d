import 'reflect-metadata';
import { createDataSource, loadDatabaseConfig, toStoredEvent, verifyChain } from '@khen/eventstore';
import { READ_MODEL_ENTITIES, READ_MODEL_MIGRATIONS, REBUILDABLE, rebuildProjections } from '@khen/projections';
import { intEnv } from '../lib/env';
import { emit, round, type Target } from '../lib/output';
import { backendPids, pgClient } from '../lib/pg';
import { CpuMeter } from '../lib/proc';
import { profiled } from '../lib/self-profile';
import { measureInbox } from './inbox-measure';
import { plan, seedEvents } from './seed-events';
import { askVisibility } from './temporal-visibility';

const TARGET_QUERY_P99_MS = 10;
const TARGET_REBUILD_EVENTS_PER_S = 50_000;

/**
 * Bench 2 (inbox at scale) and bench 4a (rebuild). Seeds BENCH_SEED_EVENTS events with
 * BENCH_SEED_TASKS open tasks straight into the store (simulated cases, hash-chained, bulk INSERT),
 * rebuilds every projection from the whole store with rebuildProjection (the catch-up projector, in
 * commit order) and times it, then asks the inbox (InboxService, as the API does) BENCH_QUERIES
 * times for the busy council's office, its chair and the authority, with EXPLAIN ANALYZE of each
 * actor's first page; and asks the same question of Temporal visibility.
 */
async function main(): Promise<void> {
  const seedEventsN = intEnv('BENCH_SEED_EVENTS', 1_000_000);
  const seedTasks = intEnv('BENCH_SEED_TASKS', 100_000);
  const queries = intEnv('BENCH_QUERIES', 1000);
  const now = new Date();
  const ds = createDataSource(loadDatabaseConfig(), {
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
  });
  await ds.initialize();
  const pg = await pgClient();

  // 1. Seed.
  const p = plan(seedEventsN, seedTasks);
  process.stderr.write(
    `[bench] seeding ${p.expectedEvents} events, ${p.expectedOpenTasks} open tasks: ${JSON.stringify(p.cases)}\n`,
  );
  let shown = 0;
  const seeded = await seedEvents(p, {
    now,
    spanDays: 45,
    onProgress: (done) => {
      if (done - shown >= 200_000) {
        shown = done;
        process.stderr.write(`[bench]   ${done} events written\n`);
      }
    },
  });
  await pg.query('ANALYZE events');
  // The seeded chains verify like appended ones (the verifier of `npm run khen verify`), on a sample.
  const sample = (
    await pg.query(`SELECT stream_id FROM events TABLESAMPLE SYSTEM (1) WHERE stream_version = 1 LIMIT 200`)
  ).rows.map((r: { stream_id: string }) => r.stream_id);
  const broken = [];
  for (const id of sample) {
    const b = verifyChain(
      (await pg.query(`SELECT * FROM events WHERE stream_id = $1 ORDER BY stream_version`, [id])).rows.map(
        toStoredEvent,
      ),
    );
    if (b) broken.push(b);
  }
  if (broken.length) throw new Error(`seeded hash chains do not verify: ${JSON.stringify(broken.slice(0, 3))}`);
  const [{ total }] = (await pg.query(`SELECT count(*)::int AS total FROM events`)).rows;
  process.stderr.write(
    `[bench] seeded ${seeded.events} events in ${round(seeded.seconds)} s; the store holds ${total}\n`,
  );

  // 2. Rebuild every projection from the whole store, in one read of it (bench 4a).
  const names = Object.keys(REBUILDABLE);
  let pgPids = await backendPids(pg);
  const meter = new CpuMeter({ bench: () => [process.pid], postgres: () => pgPids });
  const sampler = setInterval(() => {
    void backendPids(pg).then((pids) => {
      pgPids = [...new Set([...pgPids, ...pids])];
    });
  }, 2000);
  const t0 = performance.now();
  let last = 0;
  const { result: rebuilt, profile: rebuildProfile } = await profiled('rebuild', () =>
    rebuildProjections(ds, names, ({ done }) => {
      if (done - last >= 250_000) {
        last = done;
        process.stderr.write(`[bench]   rebuild: ${done} events\n`);
      }
    }),
  );
  const rebuildSeconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const rebuildCpu = meter.read();
  const rebuildRate = Math.round(rebuilt.events / rebuildSeconds);
  process.stderr.write(`[bench] rebuilt ${names.join(', ')}: ${rebuilt.events} events in ${round(rebuildSeconds)} s\n`);
  // As autovacuum would soon after a rebuild: the inbox is measured on settled tables.
  await pg.query('VACUUM ANALYZE tasks');
  await pg.query('VACUUM ANALYZE nominations');
  const [{ open }] = (await pg.query(`SELECT count(*)::int AS open FROM tasks WHERE status = 'OPEN'`)).rows;
  const groups = (
    await pg.query(
      `SELECT coalesce(assignee, candidate_group) AS who, count(*)::int AS n FROM tasks WHERE status = 'OPEN' GROUP BY 1 ORDER BY 2 DESC LIMIT 8`,
    )
  ).rows;

  // 3. The inbox, as the API asks it.
  const { latency, rec, slowest, asked, explains, sameQuestion } = await measureInbox(ds, queries, now);

  // 4. The same kind of question asked of Temporal visibility, on the cases Temporal has (benches 1, 3, 4b).
  const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const visibility = [
    await askVisibility(
      address,
      `WorkflowType = 'nominationWorkflow' AND ExecutionStatus = 'Running' AND NominationStage = 'COUNCIL_REVIEW' AND AwardCode = 'BK_TINH'`,
      { times: 100, pageSize: 50, cli: process.env.TEMPORAL_CLI, cliTimes: 5 },
    ),
    await askVisibility(
      address,
      `WorkflowType = 'nominationWorkflow' AND ExecutionStatus = 'Running' AND NominationStage = 'UNIT_PROPOSAL' AND AwardCode = 'BK_TINH'`,
      { times: 100, pageSize: 50 },
    ),
  ];
  const [{ running }] = [{ running: visibility.reduce((s, v) => s + v.matching, 0) }];
  await pg.end();
  await ds.destroy();

  for (const [name, lines] of Object.entries(explains))
    process.stdout.write(`\nEXPLAIN ANALYZE — ${name}\n${lines[0]}\nargs: ${lines[1]}\n${lines.slice(2).join('\n')}\n`);
  process.stdout.write('\n');
  const targets: Target[] = [
    {
      metric: 'inbox query p99 ms',
      target: `<= ${TARGET_QUERY_P99_MS}`,
      actual: latency.p99,
      met: latency.p99 <= TARGET_QUERY_P99_MS,
    },
    {
      metric: 'rebuild events/s',
      target: `>= ${TARGET_REBUILD_EVENTS_PER_S}`,
      actual: rebuildRate,
      met: rebuildRate >= TARGET_REBUILD_EVENTS_PER_S,
    },
  ];
  emit({
    bench: 'inbox',
    title: 'Inbox at scale (100k open tasks, 1M events) and rebuild of every projection',
    startedAt: now.toISOString(),
    durationS: round((Date.now() - now.getTime()) / 1000),
    params: { seedEvents: seedEventsN, seedTasks, queries, plan: p.cases, pageSize: 50 },
    seed: {
      ...seeded,
      seconds: round(seeded.seconds),
      eventsPerSecond: Math.round(seeded.events / seeded.seconds),
      storeEvents: total,
      chainsVerified: sample.length,
    },
    rebuild: {
      projections: names,
      events: rebuilt.events,
      seconds: round(rebuildSeconds),
      eventsPerSecond: rebuildRate,
    },
    rebuildEventsPerSecond: rebuildRate,
    rebuildCpuSeconds: rebuildCpu,
    rebuildProfile,
    openTasks: open,
    busiestQueues: groups,
    inboxMs: { all: latency, ...rec.summary() },
    inboxAsks: asked,
    slowestQueries: slowest.sort((a, b) => b.ms - a.ms).slice(0, 8),
    explain: explains,
    sameQuestion: {
      inboxMs: sameQuestion.summary(),
      temporalVisibility: visibility,
      runningInTemporalMatching: running,
    },
    headline: {
      'open tasks': open,
      'events in store': total,
      'seed events/s (bulk INSERT)': Math.round(seeded.events / seeded.seconds),
      'inbox p50/p95/p99 ms': `${latency.p50}/${latency.p95}/${latency.p99}`,
      ...Object.fromEntries(
        Object.entries(rec.summary()).map(([k, v]) => [`inbox ${k} p50/p99 ms`, `${v.p50}/${v.p99}`]),
      ),
      ...Object.fromEntries(
        visibility.map((v, i) => [
          `Temporal visibility q${i + 1} p50/p99 ms (${v.matching} match${v.orderBySupported ? '' : ', no ORDER BY'})`,
          `${v.latencyMs.p50}/${v.latencyMs.p99}`,
        ]),
      ),
      'rebuild seconds': round(rebuildSeconds),
    },
    targets,
    summary: `${open} open tasks, ${total} events: inbox p50 ${latency.p50} ms, p99 ${latency.p99} ms over ${latency.n} queries; rebuild ${rebuildRate} events/s (${round(rebuildSeconds)} s)`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
