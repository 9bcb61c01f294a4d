import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorGroups, seesAllTasks, TASK_NAMES_EN, TASK_NAMES_VI, type Actor, type TaskType } from '@khen/domain';
import { decodeCursor, encodeCursor } from '../cases/keyset';
import type { InboxQueryDto, Sort } from './inbox.query';

/** Keyset order of each sort: the columns after the partition (group or person), then task_id. */
const ORDER: Record<Sort, string[]> = {
  due: ['due_at'],
  breach: ['breach_at'],
  priority: ['priority', 'due_at'],
  age: ['created_at'],
};

const COLUMNS = `task_id, nomination_id, task_type, slot, candidate_group, assignee, owner, claimed_by, priority, stage, due_at, breach_at,
  created_at, award_code, unit_id, campaign_id, nominee_name, case_number`;

interface TaskRow {
  task_id: string;
  nomination_id: string;
  task_type: TaskType;
  slot: string;
  candidate_group: string;
  assignee: string | null;
  owner: string | null;
  claimed_by: string | null;
  priority: number;
  stage: string;
  due_at: Instant;
  breach_at: Instant;
  created_at: Date;
  award_code: string;
  unit_id: string;
  campaign_id: string;
  nominee_name: string;
  case_number: string | null;
}

/** node-postgres reads a timestamptz 'infinity' (no deadline) as the number Infinity, not as a Date. */
type Instant = Date | number;
const finite = (d: Instant) => (d instanceof Date && Number.isFinite(d.getTime()) ? d.toISOString() : null);
/** A sort key as the cursor carries it: instants as ISO strings, no deadline as 'infinity' (JSON has no Infinity). */
const cursorValue = (v: unknown) =>
  v instanceof Date || v === Infinity || v === -Infinity
    ? (finite(v as Instant) ?? (v === -Infinity ? '-infinity' : 'infinity'))
    : v;

/**
 * The reviewers' inbox: my tasks and my groups' tasks, filtered and sorted, in keyset
 * pages. Each partition (me; each group) is one index range scan; the pages merge in PostgreSQL.
 */
@Injectable()
export class InboxService {
  constructor(private readonly db: DataSource) {}

  /** An open task's case, type and slot, or undefined. */
  async openTask(
    taskId: string,
  ): Promise<{ nominationId: string; type: TaskType; slot: string; candidateGroup: string } | undefined> {
    const [task] = (await this.db.query(
      `SELECT nomination_id AS "nominationId", task_type AS type, slot, candidate_group AS "candidateGroup"
         FROM tasks WHERE task_id = $1 AND status = 'OPEN'`,
      [taskId],
    )) as { nominationId: string; type: TaskType; slot: string; candidateGroup: string }[];
    return task;
  }

  async list(q: InboxQueryDto, actor: Actor, now = new Date()) {
    const sort = q.sort ?? 'due';
    const keys = [...ORDER[sort], 'task_id'];
    const limit = q.limit ?? 50;
    const args: unknown[] = [];
    const arg = (v: unknown) => {
      args.push(v);
      return `$${args.length}`;
    };
    const filters: string[] = [`status = 'OPEN'`];
    if (q.type) filters.push(`task_type = ${arg(q.type)}`);
    if (q.stage) filters.push(`stage = ${arg(q.stage)}`);
    if (q.award) filters.push(`award_code = ${arg(q.award)}`);
    if (q.unit) filters.push(`unit_id = ${arg(q.unit)}`);
    if (q.campaign) filters.push(`campaign_id = ${arg(q.campaign)}`);
    if (q.overdue) filters.push(`due_at < ${arg(now)}`);
    if (q.dueBefore) filters.push(`due_at < ${arg(q.dueBefore)}`);
    const after = decodeCursor(q.cursor, keys.length);
    if (after) filters.push(`(${keys.join(', ')}) > (${after.map((v) => arg(v)).join(', ')})`);
    const order = keys.join(', ');
    const lim = arg(limit + 1);
    const branch = (cond: string) =>
      `(SELECT ${COLUMNS} FROM tasks WHERE ${cond} AND ${filters.join(' AND ')} ORDER BY ${order} LIMIT ${lim})`;

    const scope = q.scope ?? 'all';
    const branches: string[] = [];
    // Everyone's voting tasks would tell who has voted (secret ballot, docs/architecture.md §5): only one's own.
    if (seesAllTasks(actor) && scope === 'all')
      branches.push(branch(`(task_type <> 'CAST_VOTE' OR assignee = ${arg(actor.userId)})`));
    else {
      if (scope !== 'groups')
        branches.push(
          branch(`assignee = ${arg(actor.userId)}`),
          branch(`claimed_by = ${arg(actor.userId)} AND assignee IS NULL`),
        );
      if (scope !== 'mine')
        actorGroups(actor).forEach((g) => branches.push(branch(`candidate_group = ${arg(g)} AND assignee IS NULL`)));
      // The head of an office sees its tasks that others hold too (handed over to somebody), to follow them up.
      if (scope !== 'mine' && actor.role === 'TDKT_OFFICE' && actor.lead)
        actorGroups(actor).forEach((g) =>
          branches.push(
            branch(`candidate_group = ${arg(g)} AND assignee IS NOT NULL AND assignee <> ${arg(actor.userId)}`),
          ),
        );
    }
    if (branches.length === 0) return { items: [], nextCursor: null };
    // A claimed task of my group shows in both the claimed and the group branch: keep one.
    const rows = (await this.db.query(
      `SELECT DISTINCT ON (${order}) * FROM (${branches.join(' UNION ALL ')}) t ORDER BY ${order} LIMIT ${lim}`,
      args,
    )) as TaskRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const cursorOf = (r: TaskRow) => keys.map((k) => cursorValue(r[k as keyof TaskRow]));
    return {
      items: page.map((r) => present(r, now)),
      nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
    };
  }
}

function present(r: TaskRow, now: Date) {
  const dueAt = finite(r.due_at);
  const breachAt = finite(r.breach_at);
  return {
    taskId: r.task_id,
    nominationId: r.nomination_id,
    type: r.task_type,
    typeNameVi: TASK_NAMES_VI[r.task_type],
    typeNameEn: TASK_NAMES_EN[r.task_type],
    candidateGroup: r.candidate_group,
    assignee: r.assignee,
    owner: r.owner,
    claimedBy: r.claimed_by,
    priority: r.priority,
    stage: r.stage,
    dueAt,
    breachAt,
    createdAt: r.created_at.toISOString(),
    awardCode: r.award_code,
    unitId: r.unit_id,
    campaignId: r.campaign_id,
    nomineeName: r.nominee_name,
    caseNumber: r.case_number,
    overdue: dueAt !== null && Date.parse(dueAt) < now.getTime(),
    msToDue: dueAt === null ? null : Date.parse(dueAt) - now.getTime(),
    msToBreach: breachAt === null ? null : Date.parse(breachAt) - now.getTime(),
  };
}
