import type { NominationActivities } from '@khen/workflows/nomination.contract';

/** What a caller (main.ts, a test, a drill) may set when it builds the worker module. */
export interface WorkerModuleOptions {
  taskQueue?: string;
  /** Wraps the real activities, e.g. for a fault drill; never used by main.ts. */
  wrapActivities?: (real: NominationActivities) => NominationActivities;
}

export const WORKER_MODULE_OPTIONS = Symbol('WORKER_MODULE_OPTIONS');
