// The shapes of docs/api-contracts.md, as the pages use them: the domain's and the contract's own types
// (imported, never copied), the API's answers, and the few lists the pages show.
export type * from './domain-types';
export type * from './case-types';
export type * from './admin-types';
export { REJECTION_REASONS, STAGES, TASK_TYPES } from './constants';
