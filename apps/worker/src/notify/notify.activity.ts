import { Inject, Injectable } from '@nestjs/common';
import type { CampaignReminder, SlaAlert } from '@khen/domain';
import { ALERT_CHANNELS, type AlertChannel } from './alert-channel';

/**
 * notifySla(alert): every channel in turn. A failing channel fails the attempt and Temporal retries
 * it; channels that already delivered deliver again with the same idempotency key.
 */
@Injectable()
export class NotifyActivity {
  constructor(@Inject(ALERT_CHANNELS) private readonly channels: AlertChannel[]) {}

  async notifySla(alert: SlaAlert): Promise<void> {
    for (const channel of this.channels) await channel.send(alert);
  }

  /** notifyCampaign(reminders): a campaign's deadline reminders, one per unit, through the same channels. */
  async notifyCampaign(reminders: CampaignReminder[]): Promise<void> {
    for (const reminder of reminders) for (const channel of this.channels) await channel.send(reminder);
  }
}
