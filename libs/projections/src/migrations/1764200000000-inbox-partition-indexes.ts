import type { MigrationInterface, QueryRunner } from 'typeorm';

const SORTS = { due: 'due_at', breach: 'breach_at', priority: 'priority, due_at', age: 'created_at' };

/**
 * The inbox at 100k open tasks: each branch of the inbox query gets an index of its own rows.
 * The person's branch (`assignee = me`) had indexes over every open task, assigned or not, and the
 * claimed branch (`claimed_by = me AND assignee IS NULL`) one only for the due-date order: for the
 * other orders, past the first page, PostgreSQL walked the person's index through all the groups'
 * unassigned tasks (≈ 11,000 rows for one empty page at 20k tasks). Now: assigned tasks only, and
 * claimed tasks only, in every order. Found by name pattern, since a rebuild renames them.
 */
export class InboxPartitionIndexes1764200000000 implements MigrationInterface {
  name = 'InboxPartitionIndexes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await this.dropOn(q, `indexdef ~ '\\((assignee|claimed_by), '`);
    for (const [name, key] of Object.entries(SORTS)) {
      await q.query(
        `CREATE INDEX tasks_assignee_${name}_idx ON tasks (assignee, ${key}, task_id) WHERE status = 'OPEN' AND assignee IS NOT NULL`,
      );
      await q.query(
        `CREATE INDEX tasks_claimed_${name}_idx ON tasks (claimed_by, ${key}, task_id) WHERE status = 'OPEN' AND assignee IS NULL AND claimed_by IS NOT NULL`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await this.dropOn(q, `indexdef ~ '\\((assignee|claimed_by), '`);
    for (const [name, key] of Object.entries(SORTS)) {
      await q.query(
        `CREATE INDEX tasks_assignee_${name}_idx ON tasks (assignee, ${key}, task_id) WHERE status = 'OPEN'`,
      );
    }
    await q.query(
      `CREATE INDEX tasks_claimed_idx ON tasks (claimed_by, due_at, task_id) WHERE status = 'OPEN' AND assignee IS NULL`,
    );
  }

  private async dropOn(q: QueryRunner, where: string): Promise<void> {
    const rows = (await q.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'tasks' AND ${where}`,
    )) as { indexname: string }[];
    for (const { indexname } of rows) await q.query(`DROP INDEX "${indexname}"`);
  }
}
