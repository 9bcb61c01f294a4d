import { z } from 'zod';
import { NOMINATIONS_TASK_QUEUE } from '@khen/workflows/nomination.contract';

const schema = z.object({
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default(NOMINATIONS_TASK_QUEUE),
  TEMPORAL_UI_URL: z.string().optional(),
  /** Pre-built workflow bundle (scripts/bundle-workflows); bundled at start-up when absent. */
  TEMPORAL_WORKFLOW_BUNDLE: z.string().optional(),
  /** Demo/test only: disclosure length in ms instead of the rules' working days. */
  KHEN_DISCLOSURE_OVERRIDE_MS: z.coerce.number().int().nonnegative().optional(),
});

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  uiUrl?: string;
  workflowBundlePath?: string;
  disclosureOverrideMs?: number;
}

export function loadTemporalConfig(env: NodeJS.ProcessEnv = process.env): TemporalConfig {
  const c = schema.parse(env);
  return {
    address: c.TEMPORAL_ADDRESS,
    namespace: c.TEMPORAL_NAMESPACE,
    taskQueue: c.TEMPORAL_TASK_QUEUE,
    uiUrl: c.TEMPORAL_UI_URL,
    workflowBundlePath: c.TEMPORAL_WORKFLOW_BUNDLE,
    disclosureOverrideMs: c.KHEN_DISCLOSURE_OVERRIDE_MS,
  };
}
