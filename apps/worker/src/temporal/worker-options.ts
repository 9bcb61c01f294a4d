import type { NativeConnection } from '@temporalio/worker';
import type { NominationActivities } from '@khen/workflows/nomination.contract';
import type { AlertChannel } from '../notify/alert-channel';

/** What a caller (main.ts, a test, a drill) may set when it builds the worker module. */
export interface WorkerModuleOptions {
  taskQueue?: string;
  /** Wraps the real activities, e.g. for a fault drill; never used by main.ts. */
  wrapActivities?: (real: NominationActivities) => NominationActivities;
  /** A connection to use (and not close), e.g. a time-skipping test server's; TEMPORAL_ADDRESS otherwise. */
  connection?: NativeConnection;
  namespace?: string;
  /** Alert channels instead of those configured by the environment (tests). */
  alertChannels?: AlertChannel[];
  /** Workflows kept in the worker's cache; KHEN_WORKER_MAX_CACHED_WORKFLOWS (150) otherwise. */
  maxCachedWorkflows?: number;
}

export const WORKER_MODULE_OPTIONS = Symbol('WORKER_MODULE_OPTIONS');

/** KHEN_WORKER_MAX_CACHED_WORKFLOWS (default 150): workflows kept in memory between their tasks. */
export function maxCachedWorkflows(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.KHEN_WORKER_MAX_CACHED_WORKFLOWS;
  if (raw === undefined || raw === '') return 150;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 2)
    throw new Error(`KHEN_WORKER_MAX_CACHED_WORKFLOWS must be an integer ≥ 2, not "${raw}"`);
  return n;
}
