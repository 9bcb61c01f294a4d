import type { CampaignReminder, SlaAlert } from '@khen/domain';

/** What the channels deliver: a case's SLA alert, or a campaign's deadline reminder (docs/campaigns.md). */
export type Alert = SlaAlert | CampaignReminder;

/** A way to tell people a case stalls or a deadline nears. Throwing makes the activity retry. */
export interface AlertChannel {
  readonly name: string;
  send(alert: Alert): Promise<void>;
}

export const ALERT_CHANNELS = Symbol('ALERT_CHANNELS');
