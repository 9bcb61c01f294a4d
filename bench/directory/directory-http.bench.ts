import 'reflect-metadata';
import { DirectoryQueries } from '@khen/projections';
import { createDataSource, loadDatabaseConfig } from '@khen/eventstore';
import { DEMO_USERS } from '../../scripts/demo/demo-directory';
import { ApiClient } from '../lib/api-client';
import { intEnv } from '../lib/env';
import { emit, round } from '../lib/output';
import { percentiles, Recorder } from '../lib/stats';
import { provinceFile, rng } from './province';

const TARGET_IMPORT_S = 60;
const TARGET_LOOKUP_P99_MS = 50;
const REASON = 'Nhập sơ đồ tổ chức của tỉnh';

/**
 * A province-sized directory (≈ 5,000 units, 300 councils, 2,000 campaigns over ten years) imported
 * over HTTP as an administrator does it: `POST /api/directory/imports` in chunks (units parents first,
 * then councils, then campaigns), the 30 old districts merged into communes through
 * `POST /api/directory/units/:id/merge`, the same file imported again (nothing to record), then lookups
 * through the API (a node's children, a unit with its path, a council by id, its members on a day) and
 * the unit search of `DirectoryQueries` on the same database (the API has no search route yet).
 */
async function main(): Promise<void> {
  const queriesN = intEnv('BENCH_DIRECTORY_QUERIES', 500);
  const chunk = intEnv('BENCH_DIRECTORY_CHUNK', 1000);
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const api = new ApiClient();
  const admin = DEMO_USERS.admin;
  await api.signIn([admin]);
  const file = provinceFile();
  const parts: object[] = [];
  for (let i = 0; i < file.units!.length; i += chunk) parts.push({ units: file.units!.slice(i, i + chunk) });
  for (let i = 0; i < file.councils!.length; i += 100) parts.push({ councils: file.councils!.slice(i, i + 100) });
  for (let i = 0; i < file.campaigns!.length; i += chunk)
    parts.push({ campaigns: file.campaigns!.slice(i, i + chunk) });

  const importAll = async () => {
    let recorded = 0;
    const refused: unknown[] = [];
    const perChunk: number[] = [];
    for (const part of parts) {
      const t = performance.now();
      const r = await api.must<{ recorded: number; rows: { status: string }[] }>(admin, 'POST', '/directory/imports', {
        ...part,
        reason: REASON,
      });
      perChunk.push(performance.now() - t);
      recorded += r.recorded;
      refused.push(...r.rows.filter((x) => x.status !== 'RECORDED' && x.status !== 'UNCHANGED'));
    }
    return { recorded, refused, perChunk };
  };

  let t = performance.now();
  const first = await importAll();
  const importS = (performance.now() - t) / 1000;
  if (first.refused.length)
    throw new Error(`import refused ${first.refused.length} rows, e.g. ${JSON.stringify(first.refused[0])}`);
  t = performance.now();
  const districts = file.units!.filter((u) => u.kind === 'DISTRICT_LEGACY');
  for (const [i, u] of districts.entries())
    await api.must(admin, 'POST', `/directory/units/${u.unitId}/merge`, {
      successorId: `T-XA${String(i + 1).padStart(3, '0')}`,
      activeTo: '2025-06-30',
      reason: 'Sắp xếp đơn vị hành chính hai cấp',
    });
  const mergesS = (performance.now() - t) / 1000;
  t = performance.now();
  const again = await importAll();
  const reimportS = (performance.now() - t) / 1000;

  const ds = createDataSource({ url: loadDatabaseConfig().url, poolSize: 2 });
  await ds.initialize();
  try {
    const q = new DirectoryQueries(ds.manager);
    const random = rng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const parents = [
      'T',
      ...file.units!.filter((u) => u.kind === 'DEPARTMENT' || u.kind === 'PUBLIC_SERVICE').map((u) => u.unitId),
    ];
    const get = (path: string) => api.must(admin, 'GET', path);
    const rec = new Recorder();
    const lookups: Record<string, () => Promise<unknown>> = {
      httpChildren: () => get(`/directory/units/${pick(parents)}/children`),
      httpUnitWithPath: () => get(`/directory/units/${pick(file.units!).unitId}`),
      httpCouncil: () => get(`/directory/councils/${pick(file.councils!).councilId}`),
      httpMembersOn: () => get(`/directory/councils/${pick(file.councils!).councilId}/members?on=2026-03-01`),
      search: () => q.searchUnits(`truong trung hoc so ${1000 + Math.floor(random() * 3000)}`),
      searchPrefix: () => q.searchUnits(pick(['so chuyen', 'xa phu dien 1', 'to chuyen mon 2 truong 41'])),
    };
    for (const fn of Object.values(lookups)) for (let i = 0; i < 20; i++) await fn(); // warm-up
    for (let i = 0; i < queriesN; i++) for (const [label, fn] of Object.entries(lookups)) await rec.time(label, fn);
    const lookup = rec.summary();
    const http = percentiles(Object.entries(rec.raw()).flatMap(([k, v]) => (k.startsWith('http') ? v : [])));
    const counts = {
      units: file.units!.length,
      councils: file.councils!.length,
      seats: file.councils!.reduce((s, c) => s + c.members.length, 0),
      campaigns: file.campaigns!.length,
    };
    const chunks = percentiles(first.perChunk);
    emit({
      bench: 'directory',
      title: 'Province-sized directory imported over HTTP, re-imported, looked up through the API',
      startedAt,
      durationS: round((performance.now() - t0) / 1000),
      params: { queries: queriesN, chunk, requests: parts.length, ...counts },
      import: {
        seconds: round(importS),
        events: first.recorded,
        eventsPerS: round(first.recorded / importS, 0),
        requestMs: chunks,
      },
      merges: { seconds: round(mergesS), units: districts.length },
      reimport: { seconds: round(reimportS), events: again.recorded },
      lookups: lookup,
      targets: [
        { metric: 'import s', target: `≤ ${TARGET_IMPORT_S}`, actual: round(importS), met: importS <= TARGET_IMPORT_S },
        { metric: 're-import new events', target: '0', actual: again.recorded, met: again.recorded === 0 },
        {
          metric: 'HTTP lookup p99 ms',
          target: `≤ ${TARGET_LOOKUP_P99_MS}`,
          actual: http.p99,
          met: http.p99 <= TARGET_LOOKUP_P99_MS,
        },
      ],
      summary: `${counts.units} units, ${counts.councils} councils (${counts.seats} seats), ${counts.campaigns} campaigns over HTTP in ${parts.length} requests: import ${round(importS)} s (${first.recorded} events), re-import ${round(reimportS)} s (${again.recorded} events); HTTP lookups p50 ${http.p50} ms p99 ${http.p99} ms`,
    });
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
