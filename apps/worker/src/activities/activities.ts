import type { CampaignActivities } from '@khen/workflows/campaign.contract';
import type { NominationActivities } from '@khen/workflows/nomination.contract';
import type { CampaignActivity } from './campaign.activity';
import type { AppendEventsActivity } from './append-events.activity';
import type { BallotActivity } from './ballot.activity';
import type { RulesActivity } from './rules.activity';
import type { NotifyActivity } from '../notify/notify.activity';

/** The activity functions handed to the Worker, bound to their Nest providers. */
export function bindActivities(
  append: AppendEventsActivity,
  rules: RulesActivity,
  ballot: BallotActivity,
  notify: NotifyActivity,
  campaign: CampaignActivity,
): NominationActivities & CampaignActivities {
  return {
    appendEvents: append.appendEvents.bind(append),
    loadRuleContext: rules.loadRuleContext.bind(rules),
    loadSubmissionContext: rules.loadSubmissionContext.bind(rules),
    loadCouncilMembers: rules.loadCouncilMembers.bind(rules),
    openBallotBox: ballot.openBallotBox.bind(ballot),
    notifySla: notify.notifySla.bind(notify),
    loadCampaignSchedule: campaign.loadCampaignSchedule.bind(campaign),
    loadCampaignRecipients: campaign.loadCampaignRecipients.bind(campaign),
    notifyCampaign: notify.notifyCampaign.bind(notify),
  };
}
