export * from './database.config';
export * from './canonical-json';
export * from './hash-chain';
export * from './event-store.types';
export * from './event-store';
export * from './data-source';
export * from './verify';
export * from './case-export';
