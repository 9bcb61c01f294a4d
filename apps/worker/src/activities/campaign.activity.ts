import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SEED_RULE_SET, toCivilDate, type CampaignReminderKind } from '@khen/domain';
import { CalendarStore, campaignOf, campaignRecipients, RuleStore } from '@khen/projections';
import type { CampaignSchedule } from '@khen/workflows/campaign.contract';

/** Reads the campaign workflow needs (docs/campaigns.md): the campaign's windows, the calendar, who to remind. */
@Injectable()
export class CampaignActivity {
  private readonly rules: RuleStore;
  private readonly calendars: CalendarStore;

  constructor(private readonly db: DataSource) {
    this.rules = new RuleStore(db.manager);
    this.calendars = new CalendarStore(db.manager);
  }

  async loadCampaignSchedule({ campaignId }: { campaignId: string }): Promise<CampaignSchedule> {
    const ruleSet = await this.rules.inForce(toCivilDate(new Date()));
    return {
      campaign: await campaignOf(this.db.manager, campaignId),
      // A rule set published without reminders keeps the seed's (docs/campaigns.md).
      policy: ruleSet?.campaignReminders ?? SEED_RULE_SET.campaignReminders!,
      schedules: await this.calendars.latest(),
    };
  }

  loadCampaignRecipients(input: { campaignId: string; kind: CampaignReminderKind; today: string }) {
    return campaignRecipients(this.db.manager, input);
  }
}
