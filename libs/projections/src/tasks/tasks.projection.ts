import type { EntityManager } from 'typeorm';
import { slaDeadline, type NominationState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';

const TOUCHES_TASKS = /^(Task|SlaClock)/;
/** Sort keys are never null in the table ('infinity' = no deadline). */
const orInfinity = (iso: string | undefined) => iso ?? 'infinity';

/**
 * The reviewers' queue (issue 4 §2): open task rows mirror the case's folded `tasks`, closed ones
 * keep who closed them and when. Runs after `nominations`, whose row holds the folded state.
 */
export class TasksProjection implements InlineProjection {
  readonly name = 'tasks';

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const ours = events.filter((e) => e.streamId.startsWith(NOMINATION_STREAM_PREFIX) && TOUCHES_TASKS.test(e.type));
    if (ours.length === 0) return;
    const last = ours[ours.length - 1];
    const [row] = await manager.query(`SELECT state FROM nominations WHERE stream_id = $1`, [last.streamId]) as { state: NominationState }[];
    const s = row.state;
    const breachAt = orInfinity(slaDeadline(s));
    for (const e of ours.filter((x) => x.type === 'TaskOpened')) {
      const d = e.data as { taskId: string; taskType: string; slot: string; candidateGroup: string; assignee?: string; priority: number; stage: string; dueAt?: string };
      await manager.query(
        `INSERT INTO tasks (task_id, nomination_id, task_type, slot, candidate_group, assignee, status, priority, stage, due_at, breach_at, created_at,
           award_code, unit_id, campaign_id, nominee_name, last_position)
         VALUES ($1, $2, $3, $4, $5, $6, 'OPEN', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (task_id) DO NOTHING`,
        [d.taskId, s.nominationId, d.taskType, d.slot, d.candidateGroup, d.assignee ?? null, d.priority, d.stage, orInfinity(d.dueAt), breachAt, e.recordedAt,
          s.awardCode, s.unitId, s.campaignId, s.nominee?.name ?? '', e.globalPosition],
      );
    }
    for (const t of Object.values(s.tasks)) {
      await manager.query(
        `UPDATE tasks SET assignee = $2, owner = $3, claimed_by = $4, due_at = $5, breach_at = $6, last_position = $7 WHERE task_id = $1 AND status = 'OPEN'`,
        [t.taskId, t.assignee ?? null, t.owner ?? null, t.claimedBy ?? null, orInfinity(t.dueAt), breachAt, last.globalPosition],
      );
    }
    for (const e of ours.filter((x) => x.type === 'TaskClosed')) {
      const d = e.data as { taskId: string; outcome: string; by?: string };
      await manager.query(
        `UPDATE tasks SET status = 'CLOSED', outcome = $2, closed_at = $3, closed_by = $4, last_position = $5 WHERE task_id = $1`,
        [d.taskId, d.outcome, e.recordedAt, d.by ?? null, e.globalPosition],
      );
    }
  }
}
