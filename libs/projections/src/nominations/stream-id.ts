/** Stream id = workflow id = `nomination-<nominationId>` (docs/architecture.md §4). */
export const NOMINATION_STREAM_PREFIX = 'nomination-';
export const nominationStreamId = (nominationId: string) => `${NOMINATION_STREAM_PREFIX}${nominationId}`;
