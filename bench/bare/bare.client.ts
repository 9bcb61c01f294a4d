import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { intEnv } from '../lib/env';
import { round } from '../lib/output';
import { pool, Recorder, sleep } from '../lib/stats';
import { BARE_TASK_QUEUE, bareStatusQuery, bareUpdates, type BareUpdate } from './bare.contract';

/**
 * Bench 1, baseline client: N bare workflows from start to decision, C at a time, straight to
 * Temporal (no API, no database), with the same steps and the same polling for the disclosure's end
 * as the real client. Run by bench/lifecycle/lifecycle.bench in rounds alternating with ours; writes
 * its raw samples to BENCH_RAW_OUT.
 */
async function main(): Promise<void> {
  const n = intEnv('BENCH_N', 1000);
  const c = intEnv('BENCH_C', 32);
  const warmup = intEnv('BENCH_WARMUP', 8);
  const disclosureMs = intEnv('KHEN_DISCLOSURE_OVERRIDE_MS', 300);
  const pollMs = intEnv('BENCH_POLL_MS', 50);
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  const client = new Client({ connection, namespace: 'default' });
  const rec = new Recorder();
  const run = randomUUID().slice(0, 8);

  const once = async (i: number, label = true) => {
    const t0 = performance.now();
    const workflowId = `bench-bare-${run}-${i}`;
    const time = <T>(name: string, fn: () => Promise<T>) => (label ? rec.time(name, fn) : fn());
    const handle = await time('create', () =>
      client.workflow.start('bareNominationWorkflow', {
        taskQueue: BARE_TASK_QUEUE,
        workflowId,
        args: [{ disclosureMs }],
      }),
    );
    const update = (name: BareUpdate, as: string) =>
      time(as, () => handle.executeUpdate(bareUpdates[name], { args: [{ payload: { i } }] }));
    await update('SubmitDossier', 'submit');
    await update('AppraiseDossier', 'appraisal');
    // The four HD-TP members who may vote (five seats, one recused), as the real walk does.
    for (let v = 0; v < 4; v++) await update('CastVote', 'vote');
    await update('CloseBallot', 'closeBallot');
    await sleep(disclosureMs);
    while ((await handle.query(bareStatusQuery)) !== 'AWAITING_DECISION') await sleep(pollMs);
    await update('IssueDecision', 'decision');
    if (label) rec.add('case', performance.now() - t0);
  };

  if (warmup) await pool(warmup, warmup, (i) => once(-1 - i, false));
  const started = performance.now();
  await pool(n, c, (i) => once(i));
  const seconds = (performance.now() - started) / 1000;
  const out = { n, seconds, throughput: round(n / seconds), raw: rec.raw() };
  if (process.env.BENCH_RAW_OUT) writeFileSync(process.env.BENCH_RAW_OUT, JSON.stringify(out));
  process.stdout.write(`bare: ${out.throughput} workflows/s (N=${n}, C=${c}, ${round(seconds)} s)\n`);
  await connection.close();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
