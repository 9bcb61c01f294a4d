import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { DataSource } from 'typeorm';
import {
  reminderPlan,
  SEED_RULE_SET,
  VIETNAM_CALENDAR,
  type CampaignReminder,
  type CampaignState,
  type SlaAlert,
} from '@khen/domain';
import { DirectoryStore, RegistrationStore } from '@khen/projections';
import {
  campaignChangedSignal,
  campaignStateQuery,
  campaignWorkflowId,
  type CampaignRunResult,
} from '@khen/workflows/campaign.contract';
import type { AlertChannel } from '../../apps/worker/src/notify/alert-channel';
import { startTimeSkippingWorker, type TimeSkippingWorker } from '../support/time-skipping-worker';

/** Every delivery the worker's alert channels make: the same door the SLA alerts go through. */
class CapturingChannel implements AlertChannel {
  readonly name = 'capture';
  readonly sent: (SlaAlert | CampaignReminder)[] = [];
  async send(alert: SlaAlert | CampaignReminder): Promise<void> {
    this.sent.push(alert);
  }
  reminders(): CampaignReminder[] {
    return this.sent.filter((a): a is CampaignReminder => a.kind.startsWith('CAMPAIGN_'));
  }
}

const DAY = 24 * 3600 * 1000;

/**
 * A campaign's workflow on the time-skipping server (docs/campaigns.md): it sleeps to its reminder days in working
 * days, reminds the units under the launching unit (the city) that have not registered before registration closes, and
 * those that registered before evaluation closes, each once, through the alert channels; then it ends.
 */
describe('a campaign reminds its units before its deadlines (time-skipping server, September 2031)', () => {
  let env: TestWorkflowEnvironment;
  let stack: TimeSkippingWorker;
  let db: DataSource;
  const capture = new CapturingChannel();
  const taskQueue = `campaign-${randomUUID()}`;
  const campaignId = `NHAC-${randomUUID().slice(0, 6).toUpperCase()}`;
  const windows = {
    registrationOpensOn: '2031-09-01',
    registrationClosesOn: '2031-09-30',
    evaluationOpensOn: '2031-10-06',
    evaluationClosesOn: '2031-10-17',
  };

  beforeAll(async () => {
    stack = await startTimeSkippingWorker('2031-09-01T01:00:00Z', { taskQueue, alertChannels: [capture] });
    ({ env, db } = stack);
    const launched = await new DirectoryStore(db).execute(
      {
        command: {
          type: 'LaunchCampaign',
          campaignId,
          name: 'Thi đua năm học 2031-2032',
          unitId: 'UBND-TP',
          kind: 'ANNUAL',
          year: 2031,
          filingOpensOn: '2031-10-20',
          filingClosesOn: '2031-12-31',
          awards: ['BK_TINH', 'CSTD_TINH'],
          councilId: 'HD-TP',
          reason: 'Phát động thi đua năm học',
          ...windows,
        },
      },
      { actor: { userId: 'admin', role: 'ADMIN', displayName: 'Quản trị' } },
    );
    expect(launched.status).toBe('RECORDED');
    // The school registers (on its Việt Nam date, inside the window): it is not reminded to register.
    const registered = await new RegistrationStore(db, { clock: () => new Date('2031-09-10T03:00:00Z') }).execute(
      {
        type: 'RegisterTitle',
        registrationId: randomUUID(),
        campaignId,
        unitId: 'THPT-CVA',
        awardCode: 'BK_TINH',
        nominee: { subject: 'INDIVIDUAL', key: `T-${campaignId}`, name: 'Trần Thị Nhắc Hạn' },
      },
      { actor: { userId: 'cb-cva', role: 'UNIT_OFFICER', unitId: 'THPT-CVA' } },
    );
    expect(registered.status).toBe('RECORDED');
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('reminds on the planned working days, the unregistered units before registration closes, the registered ones before evaluation closes', async () => {
    const under = (
      (await db.query(
        `SELECT unit_id FROM units WHERE path @> ARRAY['UBND-TP'] AND unit_id <> 'UBND-TP' AND active_to IS NULL ORDER BY unit_id`,
      )) as { unit_id: string }[]
    ).map((r) => r.unit_id);
    expect(under).toContain('THPT-CVA');
    const unregistered = under.filter((u) => u !== 'THPT-CVA');
    expect(unregistered.length).toBeGreaterThan(0);
    const campaign = { campaignId, ...windows } as CampaignState;
    const plan = reminderPlan(campaign, VIETNAM_CALENDAR, SEED_RULE_SET.campaignReminders!);
    expect(plan).toHaveLength(4);

    const handle = await env.client.workflow.start('campaignWorkflow', {
      taskQueue,
      workflowId: campaignWorkflowId(campaignId),
      args: [{ campaignId }],
    });
    // Before the first reminder day, nothing.
    await env.sleep(Date.parse(plan[0].dueAt) - Date.parse('2031-09-01T01:00:00Z') - DAY);
    expect(capture.reminders()).toEqual([]);

    // A change of the campaign (a signal) makes it read its schedule again, and sends nothing twice.
    await handle.signal(campaignChangedSignal);
    await env.sleep(2 * DAY);
    const first = capture.reminders();
    expect(first.map((r) => r.unitId).sort()).toEqual(unregistered);
    expect(first.every((r) => r.kind === 'CAMPAIGN_REGISTRATION_CLOSING' && r.workingDaysBefore === 5)).toBe(true);
    expect(first.every((r) => Date.parse(r.at) >= Date.parse(plan[0].dueAt))).toBe(true);
    expect(first[0].messageVi).toMatch(
      /chưa đăng ký thi đua .*hạn chót đăng ký là hết ngày 30\/09\/2031 \(còn 5 ngày làm việc\)/,
    );

    const state = await handle.query(campaignStateQuery);
    expect(state.sent).toEqual([`CAMPAIGN_REGISTRATION_CLOSING:2031-09-30:5`]);
    expect(state.nextWakeAt).toBe(plan[1].dueAt);
    await env.sleep(Date.parse('2031-10-01T00:00:00Z') - Date.parse(plan[0].dueAt) - DAY);
    const registration = capture.reminders();
    expect(
      registration
        .filter((r) => r.workingDaysBefore === 1)
        .map((r) => r.unitId)
        .sort(),
    ).toEqual(unregistered);
    expect(new Set(registration.map((r) => r.idempotencyKey)).size).toBe(registration.length);

    const result: CampaignRunResult = await handle.result();
    expect(result).toMatchObject({
      campaignId,
      ended: 'DEADLINES_PASSED',
      sent: expect.arrayContaining(plan.map((p) => `${p.kind}:${p.deadline}:${p.workingDaysBefore}`)),
    });
    const evaluation = capture.reminders().filter((r) => r.kind === 'CAMPAIGN_EVALUATION_CLOSING');
    expect(evaluation.map((r) => [r.unitId, r.workingDaysBefore])).toEqual([
      ['THPT-CVA', 5],
      ['THPT-CVA', 1],
    ]);
    expect(result.delivered).toBe(capture.reminders().length);

    // The history the replay test replays (npm run record-histories).
    const tag = process.env.KHEN_RECORD_HISTORIES;
    if (tag) {
      const history = historyToJSON(await handle.fetchHistory());
      writeFileSync(
        join(__dirname, '../histories', tag === '1' ? 'campaign-reminders.json' : `campaign-reminders-${tag}.json`),
        history,
      );
    }
  });
});
