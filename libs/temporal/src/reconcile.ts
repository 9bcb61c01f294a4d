import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { nominationStateQuery, nominationWorkflowId, searchAttributes } from '@khen/workflows/nomination.contract';

/** What the projection says of a case. */
export interface ProjectedCase {
  nominationId: string;
  version: number;
  stage: string;
  status: string;
  outcome: string | null;
}

/**
 * WORKFLOW_MISSING, WORKFLOW_CLOSED (while the case is open) and WORKFLOW_BEHIND (the workflow at an older
 * version than the stream: a Temporal restored from an older backup) are what `resume` mends.
 */
export type MismatchKind =
  | 'WORKFLOW_MISSING'
  | 'WORKFLOW_CLOSED'
  | 'WORKFLOW_BEHIND'
  | 'STATE_DIFFERS'
  | 'SEARCH_ATTRIBUTE_DIFFERS'
  | 'WORKFLOW_STILL_RUNNING';

/** The mismatches `npm run khen -- resume` mends by starting the case's workflow from its stream. */
export const RESUMABLE: ReadonlySet<MismatchKind> = new Set<MismatchKind>([
  'WORKFLOW_MISSING',
  'WORKFLOW_CLOSED',
  'WORKFLOW_BEHIND',
]);

export interface ReconcileMismatch {
  nominationId: string;
  kind: MismatchKind;
  projection: Partial<ProjectedCase>;
  temporal: Record<string, unknown>;
}

/**
 * Compares cases as the projection has them with their workflows: the workflow's
 * status, its live state (query) and its search attributes. A case caught mid-command (its events
 * committed, the workflow not yet past the append) looks different for a moment: mismatches are
 * checked again after `recheckMs` with a fresh projection row, and only lasting ones are reported.
 */
export async function reconcileCases(
  client: Client,
  cases: readonly ProjectedCase[],
  opts: {
    concurrency?: number;
    onProgress?: (done: number, total: number) => void;
    reload?: (ids: string[]) => Promise<ProjectedCase[]>;
    recheckMs?: number;
  } = {},
): Promise<ReconcileMismatch[]> {
  const first = await pass(client, cases, opts.concurrency ?? 16, opts.onProgress);
  if (first.length === 0 || !opts.reload) return first;
  await new Promise((r) => setTimeout(r, opts.recheckMs ?? 2000));
  return pass(client, await opts.reload(first.map((m) => m.nominationId)), opts.concurrency ?? 16);
}

async function pass(
  client: Client,
  cases: readonly ProjectedCase[],
  concurrency: number,
  onProgress?: (done: number, total: number) => void,
): Promise<ReconcileMismatch[]> {
  const out: ReconcileMismatch[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const found = await reconcileOne(client, c);
      if (found) out.push(found);
      onProgress?.(++done, cases.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, cases.length) }, worker));
  return out.sort((a, b) => a.nominationId.localeCompare(b.nominationId));
}

async function reconcileOne(client: Client, c: ProjectedCase): Promise<ReconcileMismatch | undefined> {
  const handle = client.workflow.getHandle(nominationWorkflowId(c.nominationId));
  const projection = { version: c.version, stage: c.stage, status: c.status, outcome: c.outcome };
  let description;
  try {
    description = await handle.describe();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError)
      return c.outcome
        ? undefined
        : { nominationId: c.nominationId, kind: 'WORKFLOW_MISSING', projection, temporal: {} };
    throw err;
  }
  const status = description.status.name;
  if (c.outcome) {
    return status === 'RUNNING'
      ? { nominationId: c.nominationId, kind: 'WORKFLOW_STILL_RUNNING', projection, temporal: { status } }
      : undefined;
  }
  if (status !== 'RUNNING')
    return { nominationId: c.nominationId, kind: 'WORKFLOW_CLOSED', projection, temporal: { status } };
  const live = await handle.query(nominationStateQuery);
  if (live.version !== c.version || live.stage !== c.stage || live.status !== c.status) {
    return {
      nominationId: c.nominationId,
      kind: live.version < c.version ? 'WORKFLOW_BEHIND' : 'STATE_DIFFERS',
      projection,
      temporal: { version: live.version, stage: live.stage, status: live.status },
    };
  }
  const stageAttribute = description.typedSearchAttributes.get(searchAttributes.stage as never);
  if (stageAttribute !== c.stage)
    return {
      nominationId: c.nominationId,
      kind: 'SEARCH_ATTRIBUTE_DIFFERS',
      projection,
      temporal: { NominationStage: stageAttribute ?? null },
    };
  return undefined;
}
