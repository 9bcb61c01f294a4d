// Province-sized directory through the batch store, then its lookups (bench/README.md, "Directory").
// Run: npm run build && node dist/bench/directory/directory.bench.js   (makes and drops its own database)
import { randomUUID } from 'node:crypto';
import { createDataSource, loadDatabaseConfig, verifyStore } from '@khen/eventstore';
import { DirectoryQueries, DirectoryStore, importDirectory, READ_MODEL_MIGRATIONS, RuleStore } from '@khen/projections';
import { emit, round } from '../lib/output';
import { intEnv } from '../lib/env';
import { percentiles, Recorder } from '../lib/stats';
import { provinceFile, rng } from './province';

const ADMIN = { userId: 'bench', role: 'ADMIN', displayName: 'Bench' };

async function main(): Promise<void> {
  const queriesN = intEnv('BENCH_DIRECTORY_QUERIES', 1000);
  const chunk = intEnv('BENCH_DIRECTORY_CHUNK', 1000);
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const base = loadDatabaseConfig();
  const name = `khen_bench_dir_${process.pid}_${randomUUID().slice(0, 6)}`;
  const at = (db: string) => base.url.replace(/\/[^/?]+(\?|$)/, `/${db}$1`);
  // Its own database, made from the server's maintenance database (PG* / DATABASE_URL name the server).
  const admin = createDataSource({ url: at('postgres'), poolSize: 1 });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const ds = createDataSource(
    { url: base.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`), poolSize: 4 },
    { migrations: READ_MODEL_MIGRATIONS },
  );
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await new RuleStore(ds.manager).ensureSeed();
    const store = new DirectoryStore(ds);
    const file = provinceFile();
    const opts = { actor: ADMIN, reason: 'Nhập sơ đồ tổ chức của tỉnh', asOf: '2026-03-01', chunk };

    let t = performance.now();
    const first = await importDirectory(ds, store, file, opts);
    const importS = (performance.now() - t) / 1000;
    const refused = first.rows.filter((r) => r.status !== 'RECORDED');
    if (refused.length)
      throw new Error(`first import refused ${refused.length} rows, e.g. ${JSON.stringify(refused[0])}`);
    // History: the districts closed on 30/6/2025, their cases to a commune.
    t = performance.now();
    const closes = await store.executeMany(
      file
        .units!.filter((u) => u.kind === 'DISTRICT_LEGACY')
        .map((u, i) => ({
          command: {
            type: 'MergeUnit' as const,
            unitId: u.unitId,
            successorId: `T-XA${String(i + 1).padStart(3, '0')}`,
            activeTo: '2025-06-30',
            reason: 'Sắp xếp đơn vị hành chính hai cấp',
          },
        })),
      { actor: ADMIN },
    );
    const seats = await store.executeMany(
      file.people.map((p) => ({
        command: {
          type: 'GrantSeat' as const,
          subject: p.subject,
          role: 'UNIT_OFFICER' as const,
          unitId: p.unitId,
          from: '2026-01-01',
          reason: 'Phân công cán bộ',
        },
      })),
      { actor: ADMIN },
    );
    const extrasS = (performance.now() - t) / 1000;
    t = performance.now();
    const again = await importDirectory(ds, store, file, opts);
    const reimportS = (performance.now() - t) / 1000;
    const [{ n: events }] = await ds.query(`SELECT count(*)::int AS n FROM events`);

    const q = new DirectoryQueries(ds.manager);
    const random = rng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const parents = [
      'T',
      ...file.units!.filter((u) => u.kind === 'DEPARTMENT' || u.kind === 'PUBLIC_SERVICE').map((u) => u.unitId),
    ];
    const dates = ['2021-09-01', '2023-05-15', '2025-12-31', '2026-03-01'];
    const rec = new Recorder();
    const lookups: Record<string, () => Promise<unknown>> = {
      children: () => q.children(pick(parents), { limit: 50 }),
      childrenPage2: async () => {
        const p = await q.children('T', { limit: 50 });
        return q.children('T', { limit: 50, after: p.next });
      },
      search: () => q.searchUnits(`truong trung hoc so ${1000 + Math.floor(random() * 3000)}`),
      searchPrefix: () => q.searchUnits(pick(['so chuyen', 'xa phu dien 1', 'to chuyen mon 2 truong 41'])),
      unitWithPath: () => q.unitWithPath(pick(file.units!).unitId),
      membersAt: () => q.councilMembersAt(pick(file.councils!).councilId, pick(dates)),
      personSeatsAt: () =>
        q.personSeatsAt(
          random() < 0.5 ? pick(file.people).subject : pick(pick(file.councils!).members).memberId,
          '2026-03-01',
        ),
      campaignsOpenAt: () => q.campaignsOpenAt(`${2017 + Math.floor(random() * 10)}-11-20`),
    };
    for (const fn of Object.values(lookups)) for (let i = 0; i < 20; i++) await fn(); // warm-up
    for (let i = 0; i < queriesN; i++) for (const [label, fn] of Object.entries(lookups)) await rec.time(label, fn);
    t = performance.now();
    const verify = await verifyStore(ds);
    const verifyS = (performance.now() - t) / 1000;

    const lookup = rec.summary();
    const all = percentiles(rec.all());
    const counts = {
      units: file.units!.length,
      councils: file.councils!.length,
      seats: file.councils!.reduce((s, c) => s + c.members.length, 0),
      campaigns: file.campaigns!.length,
      people: file.people.length,
    };
    emit({
      bench: 'directory',
      title: 'Province-sized directory: import through the batch store, re-import, lookups',
      startedAt,
      durationS: round((performance.now() - t0) / 1000),
      params: { queries: queriesN, chunk, ...counts },
      import: { seconds: round(importS), events: first.recorded, eventsPerS: round(first.recorded / importS, 0) },
      mergesAndSeats: { seconds: round(extrasS), events: closes.recorded + seats.recorded },
      reimport: { seconds: round(reimportS), events: again.recorded },
      storeEvents: events,
      verify: { ok: verify.ok, streams: verify.streams, events: verify.events, seconds: round(verifyS) },
      lookups: lookup,
      targets: [
        { metric: 'import s', target: '≤ 10', actual: round(importS), met: importS <= 10 },
        { metric: 're-import new events', target: '0', actual: again.recorded, met: again.recorded === 0 },
        { metric: 'lookup p99 ms', target: '≤ 10', actual: all.p99, met: all.p99 <= 10 },
      ],
      summary: `${counts.units} units, ${counts.councils} councils (${counts.seats} seats), ${counts.campaigns} campaigns: import ${round(importS)} s (${first.recorded} events), re-import ${round(reimportS)} s (${again.recorded} events); lookups p50 ${all.p50} ms p99 ${all.p99} ms`,
    });
  } finally {
    if (ds.isInitialized) await ds.destroy();
    // Without FORCE: its own connections are closed by now, and PostgreSQL then stops an autovacuum worker
    // in the database itself, where FORCE run by the app's role would fail on that worker's role.
    if (process.env.KHEN_KEEP_BENCH_DB !== '1') await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
