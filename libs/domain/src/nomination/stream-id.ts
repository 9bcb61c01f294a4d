/**
 * The one stream id scheme (docs/architecture.md §4): a nomination's stream id in the event store is
 * its workflow id in Temporal, `nomination-<nominationId>`. Everything else derives from these.
 */
export const NOMINATION_STREAM_PREFIX = 'nomination-';

export const nominationStreamId = (nominationId: string): string => `${NOMINATION_STREAM_PREFIX}${nominationId}`;

/** The nomination id a stream id of this scheme names; undefined for any other stream (a bulk filing's). */
export const nominationIdOfStream = (streamId: string): string | undefined =>
  streamId.startsWith(NOMINATION_STREAM_PREFIX) ? streamId.slice(NOMINATION_STREAM_PREFIX.length) : undefined;
