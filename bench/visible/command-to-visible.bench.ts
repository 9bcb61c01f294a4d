import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DEMO_DOCUMENTS, DEMO_USERS } from '../../scripts/demo/demo-directory';
import { ApiClient } from '../lib/api-client';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { pgClient } from '../lib/pg';
import { percentiles, pool, Recorder } from '../lib/stats';

const u = DEMO_USERS;
const TARGET_P99_MS = 150;

/**
 * Bench 3: from a command's acceptance (the HTTP response of submit or appraisal) to its task in the
 * inbox projection (`tasks`: the office's APPRAISE_DOSSIER after a submit, the chair's CAST_VOTE
 * after an appraisal), polled by primary key every `BENCH_VISIBLE_POLL_MS`. Also reports the time
 * from sending the command, and the command's own latency. C cases at a time.
 */
async function main(): Promise<void> {
  const n = intEnv('BENCH_VISIBLE_N', 200);
  const c = intEnv('BENCH_VISIBLE_C', 4);
  const pollMs = intEnv('BENCH_VISIBLE_POLL_MS', 2);
  const api = new ApiClient();
  await api.signIn([u.unitOfficer, u.office]);
  const pg = await Promise.all(Array.from({ length: c }, () => pgClient()));
  const afterResponse = new Recorder();
  const afterRequest = new Recorder();
  const command = new Recorder();
  let visibleBeforeResponse = 0;
  const run = randomUUID().slice(0, 8);

  /** Sends the command, then polls until the task is open in the projection. */
  const measure = async (lane: number, label: string, send: () => Promise<unknown>, taskId: string) => {
    const t0 = performance.now();
    await send();
    const t1 = performance.now();
    command.add(label, t1 - t0);
    for (let first = true; ; first = false) {
      const { rowCount } = await pg[lane].query(`SELECT 1 FROM tasks WHERE task_id = $1 AND status = 'OPEN'`, [taskId]);
      if (rowCount) {
        const t2 = performance.now();
        if (first) visibleBeforeResponse++;
        afterResponse.add(label, t2 - t1);
        afterRequest.add(label, t2 - t0);
        return;
      }
      if (performance.now() - t1 > 30_000) throw new Error(`${taskId} not visible 30 s after ${label}`);
      await new Promise((r) => setTimeout(r, pollMs));
    }
  };

  const started = new Date();
  let lanes = 0;
  await pool(n, c, async (i) => {
    const lane = lanes++ % c;
    const created = await api.must<{ nominationId: string }>(u.unitOfficer, 'POST', '/nominations', {
      awardCode: 'BK_TINH',
      kind: 'CONG_TRANG',
      campaignId: 'TONG-KET-2026',
      councilId: 'HD-TP',
      nominee: { name: `Người thử ${run}-${i}`, subject: 'INDIVIDUAL', key: `VIS-${run}-${i}` },
    });
    const id = created.nominationId;
    await measure(
      lane,
      'submit',
      () => api.must(u.unitOfficer, 'POST', `/nominations/${id}/submit`, { documents: DEMO_DOCUMENTS }),
      `${id}:APPRAISE_DOSSIER#1`,
    );
    await measure(
      lane,
      'appraisal',
      () => api.must(u.office, 'POST', `/nominations/${id}/appraisal`, { opinion: 'Hồ sơ đầy đủ.' }),
      `${id}:CAST_VOTE:${u.member1.userId}#1`,
    );
  });
  await Promise.all(pg.map((p) => p.end()));
  const all = percentiles(afterResponse.all());
  const fromRequest = percentiles(afterRequest.all());
  emit({
    bench: 'visible',
    title: 'Command to visible: Update accepted (HTTP response) → task open in the inbox projection',
    startedAt: started.toISOString(),
    durationS: round((Date.now() - started.getTime()) / 1000),
    params: { n, concurrency: c, pollMs, commands: ['submit → APPRAISE_DOSSIER', 'appraisal → CAST_VOTE'] },
    afterResponseMs: { all, ...afterResponse.summary() },
    afterRequestMs: { all: fromRequest, ...afterRequest.summary() },
    commandMs: command.summary(),
    visibleAtFirstPoll: `${visibleBeforeResponse} of ${afterResponse.all().length}`,
    headline: {
      'response → visible p50/p95/p99 ms': `${all.p50}/${all.p95}/${all.p99}`,
      'request → visible p50/p99 ms': `${fromRequest.p50}/${fromRequest.p99}`,
    },
    targets: [
      {
        metric: 'response → visible p99 ms',
        target: `<= ${TARGET_P99_MS}`,
        actual: all.p99,
        met: all.p99 <= TARGET_P99_MS,
      },
    ],
    summary: `task visible ${all.p50} ms (p50) / ${all.p99} ms (p99) after the command's response; ${visibleBeforeResponse} of ${all.n} already at the first poll (the projection is written in the append's transaction)`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
