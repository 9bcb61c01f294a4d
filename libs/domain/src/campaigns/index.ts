export * from './campaign-refusal-codes';
export * from './campaign.refusals';
export * from './campaign-windows';
export * from './registration.types';
export * from './registration.decider';
export * from './campaign-reminders';
