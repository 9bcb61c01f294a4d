export { CouncilRecord } from './directory/council.entity';
export { NominationView } from './nominations/nomination.entity';
export { NominationsProjection } from './nominations/nominations.projection';
export * from './nominations/stream-id';
export * from './read-models';
export * from './database.module';
