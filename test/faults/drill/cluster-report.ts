/** The cluster drill's report: what was checked, what fired, what it cost; and its one-line summary. */
import type { DrillClient } from './client';
import type { ClusterFault } from './cluster-infra';
import type { DrillCase } from './scenarios';
import type { VerifyReport } from './verify';

export interface ClusterFaultRecord {
  kind: ClusterFault;
  /** The process (or PostgreSQL) it hit. */
  target: string;
  /** ms since the load started. */
  at: number;
  progress: number;
  /** From the fault until the target served again (the supervisor's restart included). */
  downtimeMs: number;
  casesInFlight: number;
}

export interface ClusterDrillReport {
  ok: boolean;
  summary: string;
  cases: { total: number; expected: Record<string, number>; atExpectedOutcome: number; clientGaveUp: number };
  events: { total: number; streams: number; byType: Record<string, number> };
  faults: {
    planned: Record<ClusterFault, number>;
    fired: Record<string, number>;
    firedWhileCasesInFlight: number;
    /** Starts by the supervisor that no fault explains: processes that died on their own. */
    unexplainedRestarts: string[];
    timeline: ClusterFaultRecord[];
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
  worker: { replayedAppends: number; failedActivityAttempts: number; idempotencyViolations: number };
  api: { internalErrors: number };
  checks: Omit<
    VerifyReport,
    'problems' | 'eventsByType' | 'events' | 'streams' | 'durationsMs' | 'casesAtExpectedOutcome'
  > & {
    clusterHealthyAfter: boolean;
  };
  /** CPU seconds of each process since its latest start. */
  cpuSeconds: Record<string, number>;
  problems: string[];
  durationsMs: {
    total: number;
    setup: number;
    clusterUp: number;
    load: number;
    verify: number;
    caseP50: number;
    caseP90: number;
    caseMax: number;
  };
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

export function clusterReport(r: {
  planned: Record<ClusterFault, number>;
  cases: DrillCase[];
  v: VerifyReport;
  timeline: ClusterFaultRecord[];
  client: DrillClient;
  restarts: string[];
  healthyAfter: boolean;
  cpuSeconds: Record<string, number>;
  worker: ClusterDrillReport['worker'];
  apiInternalErrors: number;
  durationsMs: { total: number; setup: number; clusterUp: number; load: number; verify: number };
  loadStarted: number;
}): ClusterDrillReport {
  const { planned, cases, v, timeline, client } = r;
  const problems = [...v.problems];
  const fired: Record<string, number> = {};
  for (const f of timeline) fired[f.kind] = (fired[f.kind] ?? 0) + 1;
  for (const [kind, n] of Object.entries(planned))
    if ((fired[kind] ?? 0) !== n) problems.push(`${fired[kind] ?? 0} of ${n} ${kind} faults fired during the load`);
  // Every SIGKILL explains one start by the supervisor; any other start is a process that died on its own.
  const unexplained = [...r.restarts];
  for (const f of timeline) {
    if (!f.kind.endsWith('-kill')) continue;
    const i = unexplained.indexOf(f.target);
    if (i >= 0) unexplained.splice(i, 1);
  }
  if (unexplained.length) problems.push(`processes died on their own: ${unexplained.join(', ')}`);
  if (!r.healthyAfter) problems.push('the cluster was not healthy after the drill (cluster.sh status)');
  if (client.stats.unexpected.length)
    problems.push(
      `${client.stats.unexpected.length} refusals the plan did not expect, e.g. ${client.stats.unexpected.slice(0, 3).join(' | ')}`,
    );
  if (r.worker.idempotencyViolations)
    problems.push(`${r.worker.idempotencyViolations} store version/idempotency errors in the worker logs`);

  const latencies = cases.filter((c) => c.finishedAt).map((c) => c.finishedAt! - r.loadStarted);
  const retries = Object.values(client.stats.retries).reduce((a, b) => a + b, 0);
  const expected: Record<string, number> = {};
  for (const c of cases) expected[c.outcome] = (expected[c.outcome] ?? 0) + 1;
  const ok = problems.length === 0;
  const report: ClusterDrillReport = {
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
      planned,
      fired,
      firedWhileCasesInFlight: timeline.filter((f) => f.casesInFlight > 0).length,
      unexplainedRestarts: unexplained,
      timeline,
    },
    client: {
      requests: client.stats.requests,
      retries,
      retriesByReason: client.stats.retries,
      alreadyDoneAfterRetry: client.stats.alreadyDoneAfterRetry,
      statuses: client.stats.statuses,
      serverErrors: client.stats.serverErrors,
      unexpectedRefusals: client.stats.unexpected.slice(0, 20),
    },
    worker: r.worker,
    api: { internalErrors: r.apiInternalErrors },
    checks: {
      ok: v.ok,
      hashChain: v.hashChain,
      consistency: v.consistency,
      workflows: v.workflows,
      clusterHealthyAfter: r.healthyAfter,
    },
    cpuSeconds: r.cpuSeconds,
    problems,
    durationsMs: {
      ...r.durationsMs,
      caseP50: percentile(latencies, 50),
      caseP90: percentile(latencies, 90),
      caseMax: Math.max(0, ...latencies),
    },
  };
  const faultText = Object.entries(fired)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  report.summary =
    `cluster drill ${ok ? 'PASSED' : 'FAILED'}: ${v.casesAtExpectedOutcome}/${cases.length} cases at their expected outcome, ` +
    `${v.events} events in ${v.streams} streams, faults: ${faultText || 'none'}; ${retries} client retries ` +
    `(${client.stats.alreadyDoneAfterRetry} found already done), ${r.worker.replayedAppends} replayed appends ignored, ` +
    `hash chain ${v.hashChain.ok ? 'ok' : 'BROKEN'}, read models ${v.consistency.ok ? 'consistent' : 'INCONSISTENT'}, ` +
    `${v.workflows.completed} workflows completed, cluster ${r.healthyAfter ? 'healthy' : 'NOT healthy'} after; ` +
    `load ${Math.round(r.durationsMs.load / 1000)} s${ok ? '' : ` — ${problems.length} problems`}`;
  return report;
}
