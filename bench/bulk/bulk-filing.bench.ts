import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DEMO_DOCUMENTS, DEMO_USERS } from '../../scripts/demo/demo-directory';
import { ApiClient } from '../lib/api-client';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { pgClient } from '../lib/pg';

const TARGET_SECONDS = 10;
const TARGET_ROWS_PER_S = 100;
const TARGET_SUBMITS_PER_S = 100;

/** N nominees of the school, every row valid: what a unit officer uploads at year end. */
function csv(n: number, run: string): string {
  const lines = ['Họ và tên,Mã định danh,Danh hiệu,Đối tượng,Chức vụ,Giới tính'];
  for (let i = 1; i <= n; i++)
    lines.push(`Giáo viên ${run} số ${i},GV-${run}-${i},BK_TINH,Cá nhân,Giáo viên,${i % 2 ? 'Nữ' : 'Nam'}`);
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Bulk filing: one CSV of N rows (`BENCH_BULK_ROWS`, 1,000) uploaded by the school's officer to the city
 * council, timed from the upload's request to the last of its N drafts in the cases read model (polled
 * every 50 ms), with the upload's own answer (the file read and every row checked) and the time until the
 * bulk's progress says COMPLETED; then the whole list submitted in one step (`POST /bulk-filings/{id}/submission`),
 * timed from its request to its answer (every case SUBMITTED).
 */
async function main(): Promise<void> {
  const n = intEnv('BENCH_BULK_ROWS', 1000);
  const api = new ApiClient();
  const officer = DEMO_USERS.schoolOfficer;
  await api.signIn([officer]);
  const pg = await pgClient();
  const run = randomUUID().slice(0, 8);
  const body = csv(n, run);
  const started = new Date();
  const t0 = performance.now();
  const res = await fetch(`${api.base}/bulk-filings?campaignId=TONG-KET-2026&councilId=HD-TP`, {
    method: 'POST',
    headers: {
      Authorization: api.authorization(officer),
      'Content-Type': 'text/csv; charset=utf-8',
      'X-File-Name': `bench-${run}.csv`,
    },
    body,
  });
  const accepted = (await res.json()) as { bulkId?: string; valid?: number };
  if (res.status !== 202 || accepted.valid !== n) throw new Error(`upload: ${res.status} ${JSON.stringify(accepted)}`);
  const tAccepted = performance.now();
  let tCompleted: number | undefined;
  let drafts = 0;
  let tDrafts: number | undefined;
  // Until every draft is visible (the figure) and the bulk says COMPLETED (the list can then be submitted).
  while (tDrafts === undefined || tCompleted === undefined) {
    if (performance.now() - t0 > 600_000) throw new Error(`${drafts} of ${n} drafts after 10 minutes`);
    await new Promise((r) => setTimeout(r, 50));
    const { rows } = await pg.query<{ drafts: number; status: string | null }>(
      `SELECT (SELECT count(*)::int FROM nominations WHERE nominee_key LIKE $1) AS drafts,
              (SELECT status FROM bulk_filings WHERE bulk_id = $2) AS status`,
      [`GV-${run}-%`, accepted.bulkId],
    );
    drafts = rows[0].drafts;
    if (tCompleted === undefined && rows[0].status === 'COMPLETED') tCompleted = performance.now();
    if (tDrafts === undefined && drafts >= n) tDrafts = performance.now();
  }
  const tSubmit = performance.now();
  // The same list submitted in one step with its shared dossier: each case one submit through the pipeline.
  const submission = await fetch(`${api.base}/bulk-filings/${accepted.bulkId}/submission`, {
    method: 'POST',
    headers: { Authorization: api.authorization(officer), 'Content-Type': 'application/json' },
    body: JSON.stringify({ documents: DEMO_DOCUMENTS }),
  });
  const submitted = (await submission.json()) as { submitted?: number; refused?: number };
  if (submission.status !== 200 || submitted.submitted !== n)
    throw new Error(`batch submit: ${submission.status} ${JSON.stringify(submitted).slice(0, 500)}`);
  const submitSeconds = (performance.now() - tSubmit) / 1000;
  const submitsPerS = round(n / submitSeconds, 1);
  await pg.end();
  const seconds = (tDrafts - t0) / 1000;
  const rowsPerS = round(n / seconds, 1);
  emit({
    bench: 'bulk',
    title: 'Bulk filing: one CSV uploaded → every row a draft in the cases read model',
    startedAt: started.toISOString(),
    durationS: round(seconds),
    params: { rows: n, campaignId: 'TONG-KET-2026', councilId: 'HD-TP' },
    uploadAnsweredS: round((tAccepted - t0) / 1000),
    completedS: tCompleted === undefined ? null : round((tCompleted - t0) / 1000),
    draftsVisibleS: round(seconds),
    batchSubmitS: round(submitSeconds),
    headline: {
      'bulk filing rows/s (upload → drafts)': rowsPerS,
      [`batch submit of the ${n} cases s`]: round(submitSeconds),
    },
    targets: [
      {
        metric: `${n} rows upload → drafts s`,
        target: `<= ${TARGET_SECONDS}`,
        actual: round(seconds),
        met: seconds <= TARGET_SECONDS,
      },
      {
        metric: 'bulk filing rows/s',
        target: `>= ${TARGET_ROWS_PER_S}`,
        actual: rowsPerS,
        met: rowsPerS >= TARGET_ROWS_PER_S,
      },
      {
        metric: 'batch submit of the list, cases/s',
        target: `>= ${TARGET_SUBMITS_PER_S}`,
        actual: submitsPerS,
        met: submitsPerS >= TARGET_SUBMITS_PER_S,
      },
    ],
    summary: `${n} rows: upload answered in ${round((tAccepted - t0) / 1000)} s, all drafts visible after ${round(seconds)} s (${rowsPerS} rows/s); the list submitted in ${round(submitSeconds)} s (${submitsPerS} cases/s)`,
  });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
