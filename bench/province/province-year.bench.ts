import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { toCivilDate, type UnitRow } from '@khen/domain';
import {
  checkRebuildableTables,
  CLUSTER_SCORINGS_TABLE,
  ClusterScoringStore,
  DirectoryStore,
  importDirectory,
  InitiativeStore,
  INITIATIVES_TABLE,
  rebuildProjection,
  RegistrationStore,
  RuleStore,
  REGISTRATIONS_TABLE,
} from '@khen/projections';
import { ReportsService } from '../../apps/api/src/reports/reports.service';
import type { ReportQueryDto } from '../../apps/api/src/reports/reports.dto';
import { CalendarProvider } from '../../apps/api/src/sla/calendar.provider';
import { loadBallotKey, openBallotBox, sealChoice } from '@khen/temporal';
import { intEnv } from '../lib/env';
import { ownDatabase } from '../lib/pg';
import { emit, round, type Target } from '../lib/output';
import { Recorder } from '../lib/stats';
import { seedEvents, type SeedLabels } from '../inbox/seed-events';

const TARGET_REPORT_P99_MS = 1000;
const CAMPAIGN = 'T-TONG-KET-NAM';

/** Runs `n` tasks `c` at a time; returns the seconds taken and the CPU seconds of this process. */
async function phase(
  n: number,
  c: number,
  task: (i: number) => Promise<void>,
): Promise<{ n: number; seconds: number; perSecond: number; cpuSeconds: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: c }, async () => {
      for (let i = next++; i < n; i = next++) await task(i);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const u = process.cpuUsage(cpu0);
  return { n, seconds: round(seconds), perSecond: round(n / seconds), cpuSeconds: round((u.user + u.system) / 1e6) };
}

/**
 * A province's emulation year through the real stores, in a database of its own: a directory of
 * BENCH_PROVINCE_UNITS units (default 2,000) imported, a campaign launched with its registration and
 * evaluation windows open today, BENCH_PROVINCE_REGISTRATIONS registrations (20,000) and
 * BENCH_PROVINCE_INITIATIVES initiatives (3,000) filed and assessed, BENCH_PROVINCE_CLUSTERS clusters (60) each
 * scoring itself on the campaign's criteria and voting its ranking by sealed ballot, BENCH_PROVINCE_WRITERS at once;
 * then BENCH_REPORT_CASES cases (20,000) seeded as the reports bench seeds them and the reports timed.
 * Counts of the read models are checked against what was recorded, and every rebuildable projection
 * is folded afresh and compared at the end.
 */
async function main(): Promise<void> {
  const unitCount = intEnv('BENCH_PROVINCE_UNITS', 2000);
  const registrations = intEnv('BENCH_PROVINCE_REGISTRATIONS', 20_000);
  const initiatives = intEnv('BENCH_PROVINCE_INITIATIVES', 3000);
  const writers = intEnv('BENCH_PROVINCE_WRITERS', 4);
  const clusterCount = intEnv('BENCH_PROVINCE_CLUSTERS', 60);
  const cases = intEnv('BENCH_REPORT_CASES', 20_000);
  const queries = intEnv('BENCH_REPORT_QUERIES', 20);
  const t0 = performance.now();
  const { ds, drop } = await ownDatabase('province');
  try {
    await new RuleStore(ds.manager).ensureSeed();
    const today = toCivilDate(new Date());
    const year = Number(today.slice(0, 4));
    const departments = 40;
    const units: UnitRow[] = [
      {
        unitId: 'T',
        name: 'UBND tỉnh Thái Bình Dương',
        kind: 'PROVINCE',
        level: 'PROVINCE',
        parentId: null,
        activeFrom: '2015-01-01',
      },
    ];
    for (let d = 1; d <= departments; d++)
      units.push({
        unitId: `T-SO${d}`,
        name: `Sở chuyên ngành số ${d}`,
        kind: 'DEPARTMENT',
        level: 'DEPARTMENT',
        parentId: 'T',
        activeFrom: '2015-01-01',
      });
    for (let i = units.length; i < unitCount; i++)
      units.push({
        unitId: `T-DV${String(i).padStart(4, '0')}`,
        name: `Đơn vị sự nghiệp số ${i}`,
        kind: 'PUBLIC_SERVICE',
        level: 'UNIT',
        parentId: `T-SO${(i % departments) + 1}`,
        activeFrom: '2016-01-01',
      });
    const leaves = units.filter((u) => u.level === 'UNIT').map((u) => u.unitId);
    const actor = { userId: 'bench-admin', role: 'ADMIN', displayName: 'Quản trị' };
    const directory = new DirectoryStore(ds);
    const i0 = performance.now();
    const imported = await importDirectory(
      ds,
      directory,
      {
        units,
        councils: [
          {
            councilId: 'HD-T',
            name: 'Hội đồng Thi đua – Khen thưởng tỉnh',
            unitId: 'T',
            authorityName: 'Chủ tịch UBND tỉnh',
            term: { termId: 'NK', from: `${year - 2}-01-01`, to: `${year + 3}-12-31` },
            members: Array.from({ length: 15 }, (_, k) => ({
              memberId: `hd-tv${k + 1}`,
              name: `Thành viên ${k + 1}`,
              seat: k === 0 ? 'CHAIR' : 'MEMBER',
              unitId: 'T',
            })),
          },
        ],
      },
      { actor, reason: 'Nạp danh mục tỉnh', asOf: today },
    );
    const importSeconds = (performance.now() - i0) / 1000;
    const addDays = (n: number) => toCivilDate(new Date(Date.now() + n * 86_400_000));
    const launched = await directory.execute(
      {
        command: {
          type: 'LaunchCampaign',
          campaignId: CAMPAIGN,
          name: `Tổng kết phong trào thi đua năm ${year}`,
          unitId: 'T',
          kind: 'ANNUAL',
          year,
          filingOpensOn: addDays(30),
          filingClosesOn: addDays(60),
          awards: ['BK_TINH', 'CSTD_TINH'],
          councilId: 'HD-T',
          reason: 'Phát động thi đua',
          registrationOpensOn: addDays(-10),
          registrationClosesOn: addDays(10),
          evaluationOpensOn: addDays(11),
          evaluationClosesOn: addDays(25),
          criteria: [
            { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ chính trị', weight: 2, maxPoints: 40 },
            { criterionId: 'TC-2', name: 'Tổ chức phong trào thi đua', weight: 1, maxPoints: 20 },
          ],
        },
      },
      { actor },
    );
    if (launched.status !== 'RECORDED') throw new Error(`campaign not launched: ${JSON.stringify(launched)}`);

    const regStore = new RegistrationStore(ds);
    const registrationPhase = await phase(registrations, writers, async (i) => {
      const unitId = leaves[i % leaves.length]!;
      const r = await regStore.execute(
        {
          type: 'RegisterTitle',
          registrationId: randomUUID(),
          campaignId: CAMPAIGN,
          unitId,
          awardCode: 'CSTD_TINH',
          nominee: { subject: 'INDIVIDUAL', key: `CB-${i}`, name: `Cán bộ số ${i}` },
        },
        { actor: { userId: `cb-${unitId}`, role: 'UNIT_OFFICER', unitId } },
      );
      if (r.status !== 'RECORDED') throw new Error(`registration ${i}: ${JSON.stringify(r)}`);
    });
    const iniStore = new InitiativeStore(ds);
    const initiativePhase = await phase(initiatives, writers, async (i) => {
      const unitId = leaves[i % leaves.length]!;
      const initiativeId = `SK-${year}-${i}`;
      const filed = await iniStore.execute(
        {
          type: 'FileInitiative',
          initiativeId,
          title: `Sáng kiến số ${i}`,
          unitId,
          year,
          authors: [{ key: `CB-${i}`, name: `Cán bộ số ${i}` }],
        },
        { actor: { userId: `cb-${unitId}`, role: 'UNIT_OFFICER', unitId } },
      );
      if (filed.status !== 'RECORDED') throw new Error(`initiative ${i}: ${JSON.stringify(filed)}`);
      const assessed = await iniStore.execute(
        {
          type: 'AssessInitiative',
          initiativeId,
          recognised: i % 5 !== 0,
          decidedOn: today,
          ...(i % 5 === 0 ? { reason: 'Chưa có hiệu quả thực tế' } : { scope: 'UNIT' as const }),
        },
        { actor },
      );
      if (assessed.status !== 'RECORDED') throw new Error(`assessment ${i}: ${JSON.stringify(assessed)}`);
    });

    // The clusters: the units split into BENCH_PROVINCE_CLUSTERS clusters (60, about 33 units each), the first of
    // each its leader. Every member scores itself on both criteria and submits; the leader opens the ranking ballot,
    // every other member's representative votes (sealed), the leader closes it and the result is recorded.
    const clusters = Array.from({ length: clusterCount }, (_, k) => ({
      clusterId: `T-CUM${String(k + 1).padStart(2, '0')}`,
      members: leaves.filter((_, i) => i % clusterCount === k),
    }));
    const why = `Kế hoạch thi đua cụm, khối năm ${year}`;
    for (const [k, c] of clusters.entries())
      for (const command of [
        {
          type: 'RegisterCluster' as const,
          clusterId: c.clusterId,
          name: `Cụm thi đua số ${k + 1}`,
          kind: 'CLUSTER' as const,
          councilId: 'HD-T',
          reason: why,
        },
        {
          type: 'SetClusterYear' as const,
          clusterId: c.clusterId,
          year,
          members: c.members,
          leaderId: c.members[0]!,
          reason: why,
        },
      ]) {
        const r = await directory.execute({ command }, { actor });
        if (r.status !== 'RECORDED') throw new Error(`${command.type} ${c.clusterId}: ${JSON.stringify(r)}`);
      }
    const scoring = new ClusterScoringStore(ds);
    const key = loadBallotKey();
    const officer = (unitId: string) => ({ actor: { userId: `cb-${unitId}`, role: 'UNIT_OFFICER', unitId } });
    const on = (clusterId: string) => ({ clusterId, campaignId: CAMPAIGN });
    const recorded = async (what: string, out: Awaited<ReturnType<ClusterScoringStore['execute']>>) => {
      if (out.status !== 'RECORDED') throw new Error(`${what}: ${JSON.stringify(out)}`);
      return out.state;
    };
    const scoringRec = new Recorder();
    const clusterPhase = await phase(clusters.length, writers, async (k) => {
      const { clusterId, members } = clusters[k]!;
      await scoringRec.time('cluster scoring of a cluster', async () => {
        for (const [i, unitId] of members.entries()) {
          for (const [criterionId, points] of [
            ['TC-1', 20 + ((i * 7 + k) % 21)],
            ['TC-2', 10 + ((i * 3 + k) % 11)],
          ] as const)
            await recorded(
              `score ${clusterId} ${unitId}`,
              await scoring.execute(
                { type: 'ScoreCriterion', ...on(clusterId), unitId, criterionId, points, note: 'Báo cáo tổng kết' },
                officer(unitId),
              ),
            );
          await recorded(
            `submit ${clusterId} ${unitId}`,
            await scoring.execute({ type: 'SubmitScoreSheet', ...on(clusterId), unitId }, officer(unitId)),
          );
        }
        const leader = members[0]!;
        const opened = await recorded(
          `ballot ${clusterId}`,
          await scoring.execute(
            { type: 'OpenRankingBallot', ...on(clusterId), ballotId: randomUUID() },
            officer(leader),
          ),
        );
        const ballot = opened.ballot!;
        for (const unitId of ballot.voters.filter((u) => !ballot.recused.includes(u)))
          await recorded(
            `vote ${clusterId} ${unitId}`,
            await scoring.execute(
              { type: 'CastRankingVote', ...on(clusterId), sealedChoice: sealChoice(key, ballot.ballotId, 'APPROVE') },
              officer(unitId),
            ),
          );
        const closed = await recorded(
          `close ${clusterId}`,
          await scoring.execute(
            { type: 'CloseRankingBallot', ...on(clusterId) },
            { ...officer(leader), openBox: (ballotId, sealed) => openBallotBox(key, ballotId, sealed, []) },
          ),
        );
        if (!closed.result) throw new Error(`${clusterId}: closed without a result`);
      });
    });

    const labels: SeedLabels = {
      units: leaves.map((u) => [u, 1 / leaves.length]),
      awards: [
        ['BK_TINH', 0.6],
        ['TTLDXS', 0.4],
      ],
      campaigns: [[CAMPAIGN, 1]],
    };
    const awardedCases = Math.round(0.7 * cases);
    const rejected = Math.round(0.15 * cases);
    const waiting = Math.round(0.1 * cases);
    const seeded = await seedEvents(
      {
        cases: {
          AWARDED: awardedCases,
          REJECTED: rejected,
          AWAITING_DECISION: waiting,
          SUBMITTED: cases - awardedCases - rejected - waiting,
        },
        expectedEvents: 0,
        expectedOpenTasks: 0,
      },
      { now: new Date(), spanDays: 200, labels },
    );
    const r0 = performance.now();
    await rebuildProjection(ds, 'reports');
    const foldSeconds = (performance.now() - r0) / 1000;
    await ds.query('ANALYZE');

    const count = async (sql: string) => Number(((await ds.query(sql)) as { n: string }[])[0]!.n);
    const counted = {
      units: await count(`SELECT count(*) AS n FROM units`),
      registrations: await count(`SELECT count(*) AS n FROM ${REGISTRATIONS_TABLE} WHERE campaign_id = '${CAMPAIGN}'`),
      initiatives: await count(`SELECT count(*) AS n FROM ${INITIATIVES_TABLE} WHERE status <> 'FILED'`),
      clusterResults: await count(
        `SELECT count(*) AS n FROM ${CLUSTER_SCORINGS_TABLE} WHERE campaign_id = '${CAMPAIGN}' AND status = 'RECORDED'`,
      ),
    };
    const countsMatch =
      counted.units === units.length &&
      counted.registrations === registrations &&
      counted.initiatives === initiatives &&
      counted.clusterResults === clusters.length;

    const reports = new ReportsService(ds, new CalendarProvider(ds));
    const asked: Record<string, ReportQueryDto> = {
      year: { year },
      campaign: { year, campaign: CAMPAIGN },
      level: { year, level: 'PROVINCE' },
      unit: { year, unit: leaves[7]! },
      'year as of 30 days ago': { year, asOf: new Date(Date.now() - 30 * 86_400_000).toISOString() },
    };
    const rec = new Recorder();
    for (let i = 0; i < queries; i++) {
      for (const [label, q] of Object.entries(asked)) await rec.time(`report ${label}`, () => reports.board(q));
      await rec.time('registrations of a unit', () =>
        ds.query(
          `SELECT * FROM ${REGISTRATIONS_TABLE} WHERE campaign_id = $1 AND unit_id = $2 ORDER BY registered_on`,
          [CAMPAIGN, leaves[i]!],
        ),
      );
      await rec.time('cluster scoring read', () => scoring.read(clusters[i % clusters.length]!.clusterId, CAMPAIGN));
    }
    const ms = { ...rec.summary(), ...scoringRec.summary() };
    const worst = Math.max(
      ...Object.entries(ms)
        .filter(([k]) => k.startsWith('report'))
        .map(([, s]) => s.p99),
    );
    const v0 = performance.now();
    const mismatches = await checkRebuildableTables(ds);
    const checkSeconds = (performance.now() - v0) / 1000;
    const targets: Target[] = [
      {
        metric: 'report p99 ms (worst query)',
        target: `≤ ${TARGET_REPORT_P99_MS}`,
        actual: worst,
        met: worst <= TARGET_REPORT_P99_MS,
      },
      {
        metric: 'read-model counts equal what was recorded',
        target: 'yes',
        actual: countsMatch ? 'yes' : 'no',
        met: countsMatch,
      },
      {
        metric: 'rebuildable projections folded afresh: mismatches',
        target: '0',
        actual: mismatches.length,
        met: mismatches.length === 0,
      },
    ];
    emit({
      bench: 'province',
      title: "A province's emulation year through the real stores, then the reports",
      startedAt: new Date(Date.now() - (performance.now() - t0)).toISOString(),
      durationS: round((performance.now() - t0) / 1000),
      params: { units: units.length, registrations, initiatives, clusters: clusters.length, writers, cases, queries },
      phases: {
        directoryImport: {
          units: units.length,
          recorded: imported.recorded,
          seconds: round(importSeconds),
          perSecond: round(units.length / importSeconds),
        },
        registrations: registrationPhase,
        initiativesFiledAndAssessed: initiativePhase,
        clustersScoredAndVoted: clusterPhase,
        seed: { ...seeded, seconds: round(seeded.seconds), reportFactsFoldSeconds: round(foldSeconds) },
        rebuildCheckSeconds: round(checkSeconds),
      },
      counted,
      mismatches: mismatches.slice(0, 10),
      readMs: ms,
      headline: Object.fromEntries(Object.entries(ms).map(([k, v]) => [`${k} p50/p99 ms`, `${v.p50}/${v.p99}`])),
      targets,
      summary: `${units.length} units, ${registrations} registrations (${registrationPhase.perSecond}/s), ${initiatives} initiatives filed+assessed (${initiativePhase.perSecond}/s), ${clusters.length} clusters scored and voted (${clusterPhase.seconds} s), ${seeded.cases} cases: report p99 ${worst} ms`,
    });
  } finally {
    await drop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
