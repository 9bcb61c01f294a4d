export * from './initiative-refusal-codes';
export * from './initiative.types';
export * from './initiative.refusals';
export * from './initiative.decider';
