/**
 * The drill's faults: where they fall among the load (faultPlan), firing them while the cases are in
 * flight (fireFaults), and the lock that keeps one drill at a time on the machine's drill cluster.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { log, sleep } from './infra';
import type { DrillLoad } from './load';
import type { DrillOptions } from './run-drill';
import type { FaultKind, FaultRecord } from './report';

/** One drill at a time per machine (the dev-server drill and the cluster drill): they share the drill's PostgreSQL cluster. */
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

/** What fireFaults reads of the running load (a DrillLoad). */
export type LoadProgress = Pick<DrillLoad, 'progress' | 'done' | 'inFlight' | 'started'>;

/**
 * Fires the plan's faults while the load runs, spread over a share of its commands (from `from`, over
 * `span`), so that the last fault still meets cases in flight; each is recorded in `timeline`.
 * `fire` returns how long its target was down or restarting, and which target it hit.
 */
export async function fireFaults<K extends string>(
  plan: K[],
  timeline: FaultRecord<K>[],
  load: LoadProgress,
  fire: (kind: K) => Promise<{ downtimeMs: number; target?: string }>,
  spread = { from: 0.03, span: 0.67 },
): Promise<void> {
  for (const [j, kind] of plan.entries()) {
    const threshold = plan.length === 1 ? 0.35 : spread.from + (spread.span * j) / (plan.length - 1);
    while (!load.done && load.progress() < threshold) await sleep(200);
    if (load.done) {
      log(`fault ${j + 1} (${kind}) not fired: the load finished first`);
      continue;
    }
    await sleep(Math.random() * 1500);
    const at = Date.now();
    const inFlight = load.inFlight();
    log(
      `fault ${j + 1}/${plan.length}: ${kind} at progress ${load.progress().toFixed(2)} (${inFlight} cases in flight)`,
    );
    const { downtimeMs, target } = await fire(kind);
    if (target) log(`fault ${j + 1}: ${kind} ${target}, ${downtimeMs} ms until it served again`);
    timeline.push({
      kind,
      ...(target ? { target } : {}),
      at: at - load.started,
      progress: Number(load.progress().toFixed(3)),
      downtimeMs,
      casesInFlight: inFlight,
    });
    await sleep(500 + Math.random() * 1000);
  }
}
