/** The drill's report: what it found, counted, and its one-line summary. */
import type { ClientStats } from './client';
import { countMatches } from './infra';
import type { DrillOptions } from './run-drill';
import type { DrillCase } from './scenarios';
import type { VerifyReport } from './verify';

export type FaultKind = 'worker-kill' | 'temporal-restart' | 'postgres-restart';

export interface FaultRecord {
  kind: FaultKind;
  /** ms since the load started. */
  at: number;
  /** Progress (steps done / all steps) when it fired. */
  progress: number;
  /** How long the component was down or restarting. */
  downtimeMs: number;
  /** Cases still in flight when it fired. */
  casesInFlight: number;
}

export interface DrillReport {
  ok: boolean;
  summary: string;
  cases: { total: number; expected: Record<string, number>; atExpectedOutcome: number; clientGaveUp: number };
  events: { total: number; streams: number; byType: Record<string, number> };
  faults: {
    workerKills: number;
    temporalRestarts: number;
    postgresRestarts: number;
    firedWhileCasesInFlight: number;
    unexpectedExits: { worker: number; api: number };
    timeline: FaultRecord[];
  };
  client: {
    requests: number;
    retries: number;
    retriesByReason: Record<string, number>;
    alreadyDoneAfterRetry: number;
    statuses: Record<string, number>;
    serverErrors: Record<string, number>;
    unexpectedRefusals: string[];
  };
  worker: { starts: number; replayedAppends: number; failedActivityAttempts: number; idempotencyViolations: number };
  api: { internalErrors: number };
  checks: Omit<
    VerifyReport,
    'problems' | 'eventsByType' | 'events' | 'streams' | 'durationsMs' | 'casesAtExpectedOutcome'
  >;
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
  const workerLog = worker.log;
  const apiLog = api.log;
  const problems = [...v.problems];
  const count = (k: FaultKind) => timeline.filter((f) => f.kind === k).length;
  if (count('worker-kill') !== o.workerKills)
    problems.push(`${count('worker-kill')} of ${o.workerKills} worker kills fired during the load`);
  if (count('temporal-restart') !== o.temporalRestarts)
    problems.push(`${count('temporal-restart')} of ${o.temporalRestarts} Temporal restarts fired during the load`);
  if (count('postgres-restart') !== o.postgresRestarts)
    problems.push(`${count('postgres-restart')} of ${o.postgresRestarts} PostgreSQL restarts fired during the load`);
  const unexpectedExits = { worker: worker.unexpectedExits, api: api.unexpectedExits };
  if (unexpectedExits.worker || unexpectedExits.api)
    problems.push(`processes died on their own: ${JSON.stringify(unexpectedExits)}`);
  if (client.unexpected.length)
    problems.push(
      `${client.unexpected.length} refusals the plan did not expect, e.g. ${client.unexpected.slice(0, 3).join(' | ')}`,
    );
  const idempotencyViolations = countMatches(
    workerLog,
    /WRONG_EXPECTED_VERSION|IDEMPOTENCY_VIOLATION|IdempotencyViolation|expected version \d+, found/,
  );
  if (idempotencyViolations)
    problems.push(`${idempotencyViolations} store version/idempotency errors in the worker log`);

  const latencies = cases.filter((c) => c.finishedAt).map((c) => c.finishedAt! - loadStarted);
  const retries = Object.values(client.retries).reduce((a, b) => a + b, 0);
  const expected: Record<string, number> = {};
  for (const c of cases) expected[c.outcome] = (expected[c.outcome] ?? 0) + 1;
  const ok = problems.length === 0;
  const report: DrillReport = {
    ok,
    summary: '',
    cases: {
      total: cases.length,
      expected,
      atExpectedOutcome: v.casesAtExpectedOutcome,
      clientGaveUp: cases.filter((c) => c.error).length,
    },
    events: { total: v.events, streams: v.streams, byType: v.eventsByType },
    faults: {
      workerKills: count('worker-kill'),
      temporalRestarts: count('temporal-restart'),
      postgresRestarts: count('postgres-restart'),
      firedWhileCasesInFlight: timeline.filter((f) => f.casesInFlight > 0).length,
      unexpectedExits,
      timeline,
    },
    client: {
      requests: client.requests,
      retries,
      retriesByReason: client.retries,
      alreadyDoneAfterRetry: client.alreadyDoneAfterRetry,
      statuses: client.statuses,
      serverErrors: client.serverErrors,
      unexpectedRefusals: client.unexpected.slice(0, 20),
    },
    worker: {
      starts: worker.starts,
      replayedAppends: countMatches(workerLog, /replayed append on/),
      failedActivityAttempts: countMatches(workerLog, /Activity failed/),
      idempotencyViolations,
    },
    api: { internalErrors: countMatches(apiLog, /ERROR \[Problem\]/) },
    checks: { ok: v.ok, hashChain: v.hashChain, consistency: v.consistency, workflows: v.workflows },
    problems,
    durationsMs: {
      ...durationsMs,
      caseP50: percentile(latencies, 50),
      caseP90: percentile(latencies, 90),
      caseMax: Math.max(0, ...latencies),
      verifySteps: v.durationsMs,
    },
  };
  report.summary =
    `drill ${ok ? 'PASSED' : 'FAILED'}: ${v.casesAtExpectedOutcome}/${cases.length} cases at their expected outcome ` +
    `(${Object.entries(expected)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}), ${v.events} events in ${v.streams} streams, ` +
    `${report.faults.workerKills} worker kills, ${report.faults.temporalRestarts} Temporal + ${report.faults.postgresRestarts} PostgreSQL restarts, ` +
    `${retries} client retries (${client.alreadyDoneAfterRetry} found already done), ${report.worker.replayedAppends} replayed appends ignored, ` +
    `hash chain ${v.hashChain.ok ? 'ok' : 'BROKEN'}, read models ${v.consistency.ok ? 'consistent' : 'INCONSISTENT'}, ` +
    `load ${Math.round(durationsMs.load / 1000)} s, total ${Math.round(report.durationsMs.total / 1000)} s${ok ? '' : ` — ${problems.length} problems`}`;
  return report;
}
