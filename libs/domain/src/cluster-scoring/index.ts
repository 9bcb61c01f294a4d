export * from './scoring-refusal-codes';
export * from './criteria';
export * from './scoring.types';
export * from './scoring.refusals';
export * from './scoring.decider';
export * from './cluster-rank';
