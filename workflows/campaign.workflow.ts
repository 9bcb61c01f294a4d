import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  campaignReminder,
  deadlinePassesAt,
  dueReminders,
  nextWake,
  reminderPlan,
  toCivilDate,
  vietnamCalendar,
  type CampaignReminder,
} from '@khen/domain';
import {
  campaignChangedSignal,
  campaignStateQuery,
  type CampaignActivities,
  type CampaignRunResult,
  type CampaignWorkflowInput,
} from './campaign.contract';

const reads = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '1 minute',
  retry: { maximumInterval: '1 minute' },
});
// Alerts retry for minutes, as the SLA alerts do; a receiver that is down does not lose a reminder.
const { notifyCampaign } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2, maximumAttempts: 30 },
});

/** Units per reminder activity: a province's units go out in a few batches, each retried on its own. */
const BATCH = 100;

/**
 * A campaign's lifecycle (docs/campaigns.md): it reads the campaign's windows, sleeps with a durable timer
 * until the next reminder of a deadline (registration closing, evaluation closing; working days before it,
 * by the rule set) and sends it to the units concerned through the alert channels. A change of the campaign
 * (signal) makes it read the schedule again. It ends when the last deadline has passed or the campaign closes.
 */
export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignRunResult> {
  const sent = new Set(input.sent ?? []);
  let changed = false;
  let delivered = 0;
  let nextWakeAt: string | undefined;
  setHandler(campaignChangedSignal, () => {
    changed = true;
  });
  setHandler(campaignStateQuery, () => ({
    campaignId: input.campaignId,
    sent: [...sent],
    nextWakeAt,
    delivered,
  }));
  const result = (ended: CampaignRunResult['ended']): CampaignRunResult => ({
    campaignId: input.campaignId,
    sent: [...sent],
    delivered,
    ended,
  });

  for (;;) {
    changed = false;
    const { campaign, policy, schedules } = await reads.loadCampaignSchedule({ campaignId: input.campaignId });
    if (!campaign) return result('UNKNOWN_CAMPAIGN');
    if (campaign.status === 'CLOSED') return result('CLOSED');
    const plan = reminderPlan(campaign, vietnamCalendar(schedules), policy);
    const last = campaign.evaluationClosesOn ?? campaign.registrationClosesOn;
    if (!last) return result('NO_WINDOWS');

    const now = new Date();
    const { send, settled } = dueReminders(plan, sent, now);
    for (const p of send) {
      const units = await reads.loadCampaignRecipients({
        campaignId: campaign.campaignId,
        kind: p.kind,
        today: toCivilDate(now),
      });
      const reminders: CampaignReminder[] = units.map((u) => campaignReminder(campaign, p, u, now));
      const batches: Promise<void>[] = [];
      for (let i = 0; i < reminders.length; i += BATCH) batches.push(notifyCampaign(reminders.slice(i, i + BATCH)));
      await Promise.all(batches);
      delivered += reminders.length;
    }
    settled.forEach((k) => sent.add(k));
    if (now >= deadlinePassesAt(last)) return result('DEADLINES_PASSED');

    const wake = nextWake(campaign, plan, sent) ?? deadlinePassesAt(last);
    nextWakeAt = wake.toISOString();
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof campaignWorkflow>({ campaignId: input.campaignId, sent: [...sent] });
    }
    // Sleeps until the next reminder (a durable timer), or until the campaign changes.
    await condition(() => changed, Math.max(1, wake.getTime() - Date.now()));
  }
}
