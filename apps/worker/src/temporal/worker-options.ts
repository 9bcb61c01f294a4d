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
}

export const WORKER_MODULE_OPTIONS = Symbol('WORKER_MODULE_OPTIONS');
