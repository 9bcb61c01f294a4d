/**
 * The drill's faults: where they fall among the load (faultPlan), firing them while the cases are in
 * flight (fireFaults), and the lock that keeps one drill at a time on the machine's drill cluster.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { log, sleep } from './infra';
import type { DrillOptions } from './run-drill';
import type { FaultKind, FaultRecord } from './report';

/** One drill at a time per machine: they share the drill's PostgreSQL cluster. */
export async function lockCluster(): Promise<() => void> {
  const file = '/tmp/khen-drill-cluster.lock';
  for (let waited = 0; ; waited += 1000) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          /* gone */
        }
      };
    } catch {
      const holder = Number(readFileSync(file, 'utf8') || 0);
      let alive: boolean;
      try {
        alive = holder > 0 && (process.kill(holder, 0), true);
      } catch {
        alive = false;
      }
      if (!alive) {
        try {
          unlinkSync(file);
        } catch {
          /* raced */
        }
        continue;
      }
      if (waited % 30_000 === 0) log(`waiting for drill pid ${holder} to release the PostgreSQL cluster`);
      if (waited > 30 * 60_000) throw new Error(`drill pid ${holder} holds ${file} for 30 minutes`);
      await sleep(1000);
    }
  }
}

/** Spreads the Temporal and PostgreSQL restarts evenly among the worker kills. */
export function faultPlan(o: Pick<DrillOptions, 'workerKills' | 'temporalRestarts' | 'postgresRestarts'>): FaultKind[] {
  const total = o.workerKills + o.temporalRestarts + o.postgresRestarts;
  const plan: (FaultKind | undefined)[] = Array(total).fill(undefined);
  const place = (kind: FaultKind, n: number, offset: number) => {
    for (let k = 0; k < n; k++) {
      let i = Math.min(total - 1, Math.floor(((k + offset) * total) / n));
      while (plan[i]) i = (i + 1) % total;
      plan[i] = kind;
    }
  };
  place('temporal-restart', o.temporalRestarts, 0.34);
  place('postgres-restart', o.postgresRestarts, 0.67);
  return plan.map((k) => k ?? 'worker-kill');
}

/** What fireFaults needs of the running drill. */
export interface FaultTargets {
  /** Share of the load's commands done (0..1). */
  progress: () => number;
  loadDone: () => boolean;
  inFlight: () => number;
  loadStarted: number;
  /** Each returns how long its component was down or restarting (ms). */
  workerKill: () => Promise<number>;
  temporalRestart: () => Promise<number>;
  postgresRestart: () => Promise<number>;
}

/** Fires the plan's faults, spread over the first 70 % of the commands; each is recorded in `timeline`. */
export async function fireFaults(plan: FaultKind[], timeline: FaultRecord[], t: FaultTargets): Promise<void> {
  for (const [j, kind] of plan.entries()) {
    // Spread over the first 70 % of the commands, so that the last fault still meets cases in flight.
    const threshold = plan.length === 1 ? 0.35 : 0.03 + (0.67 * j) / (plan.length - 1);
    while (!t.loadDone() && t.progress() < threshold) await sleep(200);
    if (t.loadDone()) {
      log(`fault ${j + 1} (${kind}) not fired: the load finished first`);
      continue;
    }
    await sleep(Math.random() * 1500);
    const at = Date.now();
    const inFlight = t.inFlight();
    log(`fault ${j + 1}/${plan.length}: ${kind} at progress ${t.progress().toFixed(2)} (${inFlight} cases in flight)`);
    const downtimeMs = await (kind === 'worker-kill'
      ? t.workerKill()
      : kind === 'temporal-restart'
        ? t.temporalRestart()
        : t.postgresRestart());
    timeline.push({
      kind,
      at: at - t.loadStarted,
      progress: Number(t.progress().toFixed(3)),
      downtimeMs,
      casesInFlight: inFlight,
    });
    await sleep(500 + Math.random() * 1000);
  }
}
