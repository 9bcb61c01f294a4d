/** The drill's report: what it found, counted, and its one-line summary. */
import type { ClientStats } from './client';
import { countMatches } from './infra';
import type { DrillOptions } from './run-drill';
import type { DrillCase } from './scenarios';
import type { VerifyReport } from './verify';

export type FaultKind = 'worker-kill' | 'temporal-restart' | 'postgres-restart';

export interface FaultRecord<K extends string = FaultKind> {
  kind: K;
  /** The process (or PostgreSQL) it hit, where the drill has several. */
  target?: string;
  /** ms since the load started. */
  at: number;
  /** Progress (steps done / all steps) when it fired. */
  progress: number;
  /** How long the component was down or restarting (the supervisor's restart included). */
  downtimeMs: number;
  /** Cases still in flight when it fired. */
  casesInFlight: number;
}

export interface DrillReport {
  ok: boolean;
  summary: string;
  cases: LoadFindings['cases'];
  events: LoadFindings['events'];
  faults: {
    workerKills: number;
    temporalRestarts: number;
    postgresRestarts: number;
    firedWhileCasesInFlight: number;
    unexpectedExits: { worker: number; api: number };
    timeline: FaultRecord[];
  };
  client: LoadFindings['client'];
  worker: { starts: number; replayedAppends: number; failedActivityAttempts: number; idempotencyViolations: number };
  api: { internalErrors: number };
  checks: LoadFindings['checks'];
  problems: string[];
  durationsMs: {
    total: number;
    setup: number;
    load: number;
    verify: number;
    caseP50: number;
    caseP90: number;
    caseMax: number;
    verifySteps: VerifyReport['durationsMs'];
  };
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** What the worker's log says: appends replayed and ignored, failed activity attempts, store version errors. */
export function workerLogCounts(workerLog: string) {
  return {
    replayedAppends: countMatches(workerLog, /replayed append on/),
    failedActivityAttempts: countMatches(workerLog, /Activity failed/),
    idempotencyViolations: countMatches(
      workerLog,
      /WRONG_EXPECTED_VERSION|IDEMPOTENCY_VIOLATION|IdempotencyViolation|expected version \d+, found/,
    ),
  };
}

/**
 * The parts both drills' reports share, from the cases, the checks (verify.ts) and the client: the
 * sections of the report, the problems found in them, and the client's retries.
 */
export function loadFindings(
  cases: DrillCase[],
  v: VerifyReport,
  client: ClientStats,
  idempotencyViolations: number,
  loadStarted: number,
) {
  const problems = [...v.problems];
  if (client.unexpected.length)
    problems.push(
      `${client.unexpected.length} refusals the plan did not expect, e.g. ${client.unexpected.slice(0, 3).join(' | ')}`,
    );
  if (idempotencyViolations)
    problems.push(`${idempotencyViolations} store version/idempotency errors in the worker log`);
  const latencies = cases.filter((c) => c.finishedAt).map((c) => c.finishedAt! - loadStarted);
  const retries = Object.values(client.retries).reduce((a, b) => a + b, 0);
  const expected: Record<string, number> = {};
  for (const c of cases) expected[c.outcome] = (expected[c.outcome] ?? 0) + 1;
  return {
    problems,
    retries,
    cases: {
      total: cases.length,
      expected,
      atExpectedOutcome: v.casesAtExpectedOutcome,
      clientGaveUp: cases.filter((c) => c.error).length,
    },
    events: { total: v.events, streams: v.streams, byType: v.eventsByType },
    client: {
      requests: client.requests,
      retries,
      retriesByReason: client.retries,
      alreadyDoneAfterRetry: client.alreadyDoneAfterRetry,
      statuses: client.statuses,
      serverErrors: client.serverErrors,
      unexpectedRefusals: client.unexpected.slice(0, 20),
    },
    checks: { ok: v.ok, hashChain: v.hashChain, consistency: v.consistency, workflows: v.workflows },
    latency: {
      caseP50: percentile(latencies, 50),
      caseP90: percentile(latencies, 90),
      caseMax: Math.max(0, ...latencies),
    },
  };
}

/** The sections both reports share. */
export type LoadFindings = ReturnType<typeof loadFindings>;

/** The summary's account of the checks: retries, replayed appends, the hash chain and the read models. */
export function checksText(f: LoadFindings, replayedAppends: number, v: VerifyReport): string {
  return (
    `${f.retries} client retries (${f.client.alreadyDoneAfterRetry} found already done), ${replayedAppends} replayed appends ignored, ` +
    `hash chain ${v.hashChain.ok ? 'ok' : 'BROKEN'}, read models ${v.consistency.ok ? 'consistent' : 'INCONSISTENT'}`
  );
}

/** What the drill saw, handed to drillReport once the processes are stopped. */
export interface DrillObservations {
  cases: DrillCase[];
  timeline: FaultRecord[];
  client: ClientStats;
  worker: { log: string; starts: number; unexpectedExits: number };
  api: { log: string; unexpectedExits: number };
  verify: VerifyReport;
  loadStarted: number;
  durationsMs: { total: number; setup: number; load: number; verify: number };
}

/** Every problem found (empty when the drill passed), the counts and the summary line. */
export function drillReport(
  o: Pick<DrillOptions, 'workerKills' | 'temporalRestarts' | 'postgresRestarts'>,
  { cases, timeline, client, worker, api, verify: v, loadStarted, durationsMs }: DrillObservations,
): DrillReport {
  const logCounts = workerLogCounts(worker.log);
  const f = loadFindings(cases, v, client, logCounts.idempotencyViolations, loadStarted);
  const problems = f.problems;
  const count = (k: FaultKind) => timeline.filter((t) => t.kind === k).length;
  if (count('worker-kill') !== o.workerKills)
    problems.push(`${count('worker-kill')} of ${o.workerKills} worker kills fired during the load`);
  if (count('temporal-restart') !== o.temporalRestarts)
    problems.push(`${count('temporal-restart')} of ${o.temporalRestarts} Temporal restarts fired during the load`);
  if (count('postgres-restart') !== o.postgresRestarts)
    problems.push(`${count('postgres-restart')} of ${o.postgresRestarts} PostgreSQL restarts fired during the load`);
  const unexpectedExits = { worker: worker.unexpectedExits, api: api.unexpectedExits };
  if (unexpectedExits.worker || unexpectedExits.api)
    problems.push(`processes died on their own: ${JSON.stringify(unexpectedExits)}`);

  const ok = problems.length === 0;
  const report: DrillReport = {
    ok,
    summary: '',
    cases: f.cases,
    events: f.events,
    faults: {
      workerKills: count('worker-kill'),
      temporalRestarts: count('temporal-restart'),
      postgresRestarts: count('postgres-restart'),
      firedWhileCasesInFlight: timeline.filter((t) => t.casesInFlight > 0).length,
      unexpectedExits,
      timeline,
    },
    client: f.client,
    worker: { starts: worker.starts, ...logCounts },
    api: { internalErrors: countMatches(api.log, /ERROR \[Problem\]/) },
    checks: f.checks,
    problems,
    durationsMs: { ...durationsMs, ...f.latency, verifySteps: v.durationsMs },
  };
  report.summary =
    `drill ${ok ? 'PASSED' : 'FAILED'}: ${v.casesAtExpectedOutcome}/${cases.length} cases at their expected outcome ` +
    `(${Object.entries(f.cases.expected)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}), ${v.events} events in ${v.streams} streams, ` +
    `${report.faults.workerKills} worker kills, ${report.faults.temporalRestarts} Temporal + ${report.faults.postgresRestarts} PostgreSQL restarts, ` +
    `${checksText(f, logCounts.replayedAppends, v)}, ` +
    `load ${Math.round(durationsMs.load / 1000)} s, total ${Math.round(report.durationsMs.total / 1000)} s${ok ? '' : ` — ${problems.length} problems`}`;
  return report;
}
