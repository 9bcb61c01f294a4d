import 'reflect-metadata';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { defaultYearSchedule } from '@khen/domain';
import { CalendarStore } from '@khen/projections';
import { calendarChangedSignal, nominationWorkflowId } from '@khen/workflows/nomination.contract';
import { startTimeSkippingWorker, type TimeSkippingWorker } from '../support/time-skipping-worker';

/**
 * Timers re-armed when the calendar changes: a year's official schedule is published
 * while a clock runs, and the case moves its deadline. 2031 is a year no other suite touches.
 */
describe('a published calendar moves running deadlines (time-skipping server, March 2031)', () => {
  let env: TestWorkflowEnvironment;
  let stack: TimeSkippingWorker;
  let db: DataSource;
  const taskQueue = `cal-${randomUUID()}`;

  beforeAll(async () => {
    stack = await startTimeSkippingWorker('2031-03-03T03:00:00Z', { taskQueue });
    ({ env, db } = stack);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const clockEvents = async (id: string) =>
    db.query(`SELECT type, data FROM events WHERE stream_id = $1 AND type LIKE 'SlaClock%' ORDER BY stream_version`, [
      nominationWorkflowId(id),
    ]) as Promise<{ type: string; data: { deadline: string; reason?: string } }[]>;

  it('reschedules the clock and the task due date by exactly the day the schedule adds', async () => {
    const id = await stack.fileAndSubmit('Kiều Văn Lịch', 2030);
    // Monday 03/03/2031 + 10 working days, no holiday in March: the budget ends with Monday 17/03.
    expect((await clockEvents(id))[0].data.deadline).toBe('2031-03-17T17:00:00.000Z');

    const schedule = defaultYearSchedule(2031);
    await new CalendarStore(db.manager).publish(
      {
        ...schedule,
        daysOff: [...schedule.daysOff, '2031-03-12'].sort(),
        source: 'Thử nghiệm: nghỉ thêm ngày 12/03/2031',
      },
      'test',
    );
    // What the API's batch operation sends to every running case (exercised in test/integration/rules-admin).
    await env.client.workflow
      .getHandle(nominationWorkflowId(id))
      .signal(calendarChangedSignal, { reason: 'lịch 2031 v1' });
    await env.sleep(5_000);

    const rescheduled = (await clockEvents(id)).find((e) => e.type === 'SlaClockRescheduled');
    expect(rescheduled?.data).toMatchObject({ deadline: '2031-03-18T17:00:00.000Z', reason: 'lịch 2031 v1' });
    const [task] = await db.query(
      `SELECT due_at FROM tasks WHERE nomination_id = $1 AND task_type = 'APPRAISE_DOSSIER'`,
      [id],
    );
    expect(task.due_at.toISOString()).toBe('2031-03-18T17:00:00.000Z');
  });
});
