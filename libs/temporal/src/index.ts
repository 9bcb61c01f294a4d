export * from './temporal.config';
export * from './nomination-gateway';
export * from './refusal-from-failure';
export * from './ballot-seal';
export * from './reconcile';
export * from './resume';
