import { BULK_STREAM_PREFIX, bulkStreamId } from '../bulk/bulk.events';
import { NOMINATION_STREAM_PREFIX, nominationIdOfStream, nominationStreamId } from './stream-id';

describe('stream id scheme (docs/architecture.md §4)', () => {
  const id = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e6f';

  it('names a nomination stream `nomination-<id>` and reads the id back', () => {
    expect(nominationStreamId(id)).toBe(`nomination-${id}`);
    expect(nominationStreamId(id).startsWith(NOMINATION_STREAM_PREFIX)).toBe(true);
    expect(nominationIdOfStream(nominationStreamId(id))).toBe(id);
  });

  it('claims no other stream: a bulk filing is not a nomination', () => {
    expect(nominationIdOfStream(bulkStreamId(id))).toBeUndefined();
    expect(bulkStreamId(id).startsWith(BULK_STREAM_PREFIX)).toBe(true);
    expect(nominationIdOfStream(id)).toBeUndefined();
  });
});
