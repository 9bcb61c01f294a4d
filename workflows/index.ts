export { nominationWorkflow } from './nomination.workflow';
export { bulkFilingWorkflow } from './bulk-filing.workflow';
export { campaignWorkflow } from './campaign.workflow';
