export { nominationWorkflow } from './nomination.workflow';
export { bulkFilingWorkflow } from './bulk-filing.workflow';
