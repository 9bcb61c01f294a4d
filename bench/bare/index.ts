// The bare baseline's workflows, for the bundler (bench/bare/bare.worker.ts).
export { bareNominationWorkflow } from './bare.workflow';
