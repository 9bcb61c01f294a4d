/**
 * The campaign workflow's contract (docs/campaigns.md): its id, its Signal and Query, its activities. Imports only
 * the workflow SDK and the pure domain, so the workflow bundle may include it.
 */
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type {
  CampaignReminder,
  CampaignReminderKind,
  CampaignReminderPolicy,
  CampaignState,
  YearSchedule,
} from '@khen/domain';

/** One workflow per campaign. It appends no events: it follows the directory's campaign stream (`campaign-<code>`). */
export const campaignWorkflowId = (campaignId: string) => `campaign-lifecycle-${campaignId}`;

export interface CampaignWorkflowInput {
  campaignId: string;
  /** Carried over by continue-as-new: the reminders already sent. */
  sent?: string[];
}

/** What the workflow reads each time the campaign may have changed (an activity, so recorded in history). */
export interface CampaignSchedule {
  /** The campaign as the directory has it; null when it is not (or no longer) a directory record. */
  campaign: CampaignState | null;
  policy: CampaignReminderPolicy;
  schedules: YearSchedule[];
}

export interface CampaignWorkflowState {
  campaignId: string;
  /** The reminders sent, by plannedKey (kind:deadline:workingDaysBefore). */
  sent: string[];
  /** The instant the workflow next wakes, if any. */
  nextWakeAt?: string;
  /** Deliveries made (one per unit and reminder). */
  delivered: number;
}

export interface CampaignRunResult {
  campaignId: string;
  sent: string[];
  delivered: number;
  /** Why the run ended: the last deadline passed, the campaign closed, or it has no windows. */
  ended: 'DEADLINES_PASSED' | 'CLOSED' | 'NO_WINDOWS' | 'UNKNOWN_CAMPAIGN';
}

/** Sent by the API after each change of the campaign (launch, dates, close, reopen): the schedule is read again. */
export const campaignChangedSignal = defineSignal<[]>('campaignChanged');
export const campaignStateQuery = defineQuery<CampaignWorkflowState>('campaignState');

export interface CampaignActivities {
  loadCampaignSchedule(input: { campaignId: string }): Promise<CampaignSchedule>;
  /** The units a reminder goes to, as of `today` (Việt Nam date). */
  loadCampaignRecipients(input: {
    campaignId: string;
    kind: CampaignReminderKind;
    today: string;
  }): Promise<{ unitId: string; name: string }[]>;
  /** Delivers reminders through every alert channel (those the SLA alerts use); retried, keyed for idempotency. */
  notifyCampaign(reminders: CampaignReminder[]): Promise<void>;
}
