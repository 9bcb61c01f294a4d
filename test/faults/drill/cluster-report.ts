/** The cluster drill's report: what was checked, what fired, what it cost; and its one-line summary. */
import type { DrillClient } from './client';
import type { ClusterFault } from './cluster-infra';
import type { DrillCase } from './scenarios';
import { checksText, type FaultRecord, loadFindings, type LoadFindings, workerLogCounts } from './report';
import type { VerifyReport } from './verify';

/** A cluster fault always names the process (or PostgreSQL) it hit. */
export type ClusterFaultRecord = FaultRecord<ClusterFault> & { target: string };

export interface ClusterDrillReport {
  ok: boolean;
  summary: string;
  cases: LoadFindings['cases'];
  events: LoadFindings['events'];
  faults: {
    planned: Record<ClusterFault, number>;
    fired: Record<string, number>;
    firedWhileCasesInFlight: number;
    /** Starts by the supervisor that no fault explains: processes that died on their own. */
    unexplainedRestarts: string[];
    timeline: ClusterFaultRecord[];
  };
  client: LoadFindings['client'];
  worker: { replayedAppends: number; failedActivityAttempts: number; idempotencyViolations: number };
  api: { internalErrors: number };
  checks: LoadFindings['checks'] & {
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

export function clusterReport(r: {
  planned: Record<ClusterFault, number>;
  cases: DrillCase[];
  v: VerifyReport;
  timeline: ClusterFaultRecord[];
  client: DrillClient;
  restarts: string[];
  healthyAfter: boolean;
  cpuSeconds: Record<string, number>;
  workerLog: string;
  apiInternalErrors: number;
  durationsMs: { total: number; setup: number; clusterUp: number; load: number; verify: number };
  loadStarted: number;
}): ClusterDrillReport {
  const { planned, cases, v, timeline, client } = r;
  const logCounts = workerLogCounts(r.workerLog);
  const f = loadFindings(cases, v, client.stats, logCounts.idempotencyViolations, r.loadStarted);
  const problems = f.problems;
  const fired: Record<string, number> = {};
  for (const t of timeline) fired[t.kind] = (fired[t.kind] ?? 0) + 1;
  for (const [kind, n] of Object.entries(planned))
    if ((fired[kind] ?? 0) !== n) problems.push(`${fired[kind] ?? 0} of ${n} ${kind} faults fired during the load`);
  // Every SIGKILL explains one start by the supervisor; any other start is a process that died on its own.
  const unexplained = [...r.restarts];
  for (const t of timeline) {
    if (!t.kind.endsWith('-kill')) continue;
    const i = unexplained.indexOf(t.target);
    if (i >= 0) unexplained.splice(i, 1);
  }
  if (unexplained.length) problems.push(`processes died on their own: ${unexplained.join(', ')}`);
  if (!r.healthyAfter) problems.push('the cluster was not healthy after the drill (cluster.sh status)');

  const ok = problems.length === 0;
  const report: ClusterDrillReport = {
    ok,
    summary: '',
    cases: f.cases,
    events: f.events,
    faults: {
      planned,
      fired,
      firedWhileCasesInFlight: timeline.filter((t) => t.casesInFlight > 0).length,
      unexplainedRestarts: unexplained,
      timeline,
    },
    client: f.client,
    worker: logCounts,
    api: { internalErrors: r.apiInternalErrors },
    checks: { ...f.checks, clusterHealthyAfter: r.healthyAfter },
    cpuSeconds: r.cpuSeconds,
    problems,
    durationsMs: { ...r.durationsMs, ...f.latency },
  };
  const faultText = Object.entries(fired)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  report.summary =
    `cluster drill ${ok ? 'PASSED' : 'FAILED'}: ${v.casesAtExpectedOutcome}/${cases.length} cases at their expected outcome, ` +
    `${v.events} events in ${v.streams} streams, faults: ${faultText || 'none'}; ${checksText(f, logCounts.replayedAppends, v)}, ` +
    `${v.workflows.completed} workflows completed, cluster ${r.healthyAfter ? 'healthy' : 'NOT healthy'} after; ` +
    `load ${Math.round(r.durationsMs.load / 1000)} s${ok ? '' : ` — ${problems.length} problems`}`;
  return report;
}
