import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import { fileAndDecide } from '../lifecycle/case-walk';
import { ApiClient } from '../lib/api-client';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { percentiles, pool, Recorder } from '../lib/stats';

const TARGET_P50_MS = 40;
const TARGET_P99_MS = 150;
/** The commands people wait on, by the names case-walk.ts times them under. */
const COMMANDS = ['submit', 'appraisal', 'vote', 'closeBallot', 'decision'] as const;

/**
 * Command latency as a few people see it: `BENCH_LATENCY_N` cases (60) walked from filing to decision by
 * `BENCH_LATENCY_C` users at once (4), each command timed from its request to its answer over HTTP — the
 * load of an office at work, not the lifecycle benchmark's 32 cases in flight. A warm-up of 4 cases first.
 */
async function main(): Promise<void> {
  const n = intEnv('BENCH_LATENCY_N', 60);
  const c = intEnv('BENCH_LATENCY_C', 4);
  const disclosureMs = intEnv('KHEN_DISCLOSURE_OVERRIDE_MS', 300);
  const api = new ApiClient();
  const u = DEMO_USERS;
  await api.signIn([u.unitOfficer, u.office, u.member1, u.member2, u.member3, u.member5, u.authority]);
  const run = randomUUID().slice(0, 8);
  await pool(c, c, (i) => fileAndDecide(api, `${run}-w`, i, { disclosureMs, pollMs: 20 }));
  const rec = new Recorder();
  const started = new Date();
  const t0 = performance.now();
  await pool(n, c, (i) => fileAndDecide(api, run, i, { disclosureMs, pollMs: 20, rec }));
  const seconds = (performance.now() - t0) / 1000;
  const raw = rec.raw();
  const latency = Object.fromEntries(COMMANDS.map((k) => [k, percentiles(raw[k] ?? [])]));
  emit({
    bench: 'latency',
    title: `Command latency, ${c} users at once: submit, appraise, vote, close the ballot, decide`,
    startedAt: started.toISOString(),
    durationS: round(seconds),
    params: { n, concurrency: c, disclosureMs },
    latencyMs: { ...latency, create: percentiles(raw.create ?? []) },
    headline: Object.fromEntries(
      COMMANDS.map((k) => [
        `${k} p50/p95/p99 ms (${c} users)`,
        `${latency[k].p50}/${latency[k].p95}/${latency[k].p99}`,
      ]),
    ),
    targets: COMMANDS.flatMap((k) => [
      {
        metric: `${k} p50 ms, ${c} users`,
        target: `<= ${TARGET_P50_MS}`,
        actual: latency[k].p50,
        met: latency[k].p50 <= TARGET_P50_MS,
      },
      {
        metric: `${k} p99 ms, ${c} users`,
        target: `<= ${TARGET_P99_MS}`,
        actual: latency[k].p99,
        met: latency[k].p99 <= TARGET_P99_MS,
      },
    ]),
    summary: `${n} cases, ${c} at a time: ${COMMANDS.map((k) => `${k} p50 ${latency[k].p50} ms`).join(', ')}`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
