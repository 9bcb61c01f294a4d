import { evolve, initialState, slaDeadline, type NominationEvent, type NominationState } from '@khen/domain';
import type { StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';
import {
  nominationRow,
  openTaskRow,
  orInfinity,
  registryRow,
  type NominationRow,
  type RegistryRow,
  type TaskRow,
} from './case-rows';

export interface CaseBatchInput {
  events: readonly StoredEvent[];
  /** Current rows of the streams in the batch (absent: the stream is new). */
  cases: Map<string, { state: NominationState; createdAt: string }>;
  /** Open task rows of those streams, by task id. */
  openTasks: Map<string, TaskRow>;
}

export interface CaseBatchOutput {
  nominations: NominationRow[];
  tasks: TaskRow[];
  registry: RegistryRow[];
}

const iso = (d: Date) => d.toISOString();

/** The failure type of a version gap, as the append activity reports it to Temporal. */
export const PROJECTION_GAP = 'PROJECTION_VERSION_GAP';

/**
 * A stream's next event does not follow its row's version: the read model and the store disagree. The
 * fold reads both under the row's lock in the append's own transaction, so a retry meets the same gap:
 * it is not retryable (docs/architecture.md, "Version gaps"); a rebuild of the projection mends it.
 */
export class ProjectionGapError extends Error {
  readonly code = PROJECTION_GAP;
  readonly retryable = false;

  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly got: number,
  ) {
    super(`case projection: ${streamId} expected version ${expected}, got ${got}`);
  }
}

/**
 * Folds a batch of stored events (any streams, in commit order) into the rows they change, in
 * memory: the one `evolve` of the domain, then one write per table. Used by the append's inline
 * projection and by rebuilds alike, so both give the same rows.
 */
export function foldCaseBatch({ events, cases, openTasks }: CaseBatchInput): CaseBatchOutput {
  const states = new Map(cases);
  const tasks = new Map<string, TaskRow>();
  const registry: RegistryRow[] = [];
  const touched = new Map<string, { position: string; recordedAt: Date }>();
  const task = (id: string) => tasks.get(id) ?? openTasks.get(id);

  for (const e of events) {
    if (!e.streamId.startsWith(NOMINATION_STREAM_PREFIX)) continue;
    const current = states.get(e.streamId) ?? { state: initialState(), createdAt: iso(e.recordedAt) };
    if (e.streamVersion !== current.state.version + 1) {
      throw new ProjectionGapError(e.streamId, current.state.version + 1, e.streamVersion);
    }
    const s = evolve(current.state, { type: e.type, data: e.data } as NominationEvent);
    states.set(e.streamId, { state: s, createdAt: current.createdAt });
    // The instant is turned into text once per row written, not once per event.
    touched.set(e.streamId, { position: e.globalPosition, recordedAt: e.recordedAt });
    const d = e.data as { taskId?: string; outcome?: string; by?: string };
    switch (e.type) {
      case 'TaskOpened':
        tasks.set(d.taskId!, openTaskRow(s, s.tasks[d.taskId!], iso(e.recordedAt), e.globalPosition));
        break;
      case 'TaskClaimed':
      case 'TaskReleased':
      case 'TaskAssigned': {
        const row = task(d.taskId!);
        const t = s.tasks[d.taskId!];
        if (row && t)
          tasks.set(row.task_id, {
            ...row,
            assignee: t.assignee ?? null,
            owner: t.owner ?? null,
            claimed_by: t.claimedBy ?? null,
            last_position: e.globalPosition,
          });
        break;
      }
      case 'TaskClosed': {
        const row = task(d.taskId!);
        if (row)
          tasks.set(row.task_id, {
            ...row,
            status: 'CLOSED',
            outcome: d.outcome ?? null,
            closed_at: iso(e.recordedAt),
            closed_by: d.by ?? null,
            last_position: e.globalPosition,
          });
        break;
      }
      case 'DecisionIssued':
        registry.push(registryRow(s, iso(e.recordedAt)));
        break;
      default:
        if (e.type.startsWith('SlaClock')) {
          for (const t of Object.values(s.tasks)) {
            const row = task(t.taskId);
            if (row)
              tasks.set(t.taskId, {
                ...row,
                due_at: orInfinity(t.dueAt),
                breach_at: orInfinity(slaDeadline(s)),
                last_position: e.globalPosition,
              });
          }
        }
    }
  }
  const nominations = [...touched].map(([streamId, last]) => {
    const { state, createdAt } = states.get(streamId)!;
    return nominationRow(state, streamId, last.position, createdAt, iso(last.recordedAt));
  });
  return { nominations, tasks: [...tasks.values()], registry };
}
