/** The stream id scheme is the domain's (libs/domain/src/nomination/stream-id.ts), re-exported for the read side. */
export { NOMINATION_STREAM_PREFIX, nominationIdOfStream, nominationStreamId } from '@khen/domain';
