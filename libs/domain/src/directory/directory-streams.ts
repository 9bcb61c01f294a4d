/**
 * Stream ids of the directory's records (docs/architecture.md, "Directory"), defined once: each
 * record is one stream of the event store, beside the nominations' `nomination-<id>`.
 */
export const DIRECTORY_RECORD_KINDS = ['unit', 'council', 'campaign', 'cluster', 'person'] as const;
export type DirectoryRecordKind = (typeof DIRECTORY_RECORD_KINDS)[number];

export const DIRECTORY_STREAM_PREFIXES: Record<DirectoryRecordKind, string> = {
  unit: 'unit-',
  council: 'council-',
  campaign: 'campaign-',
  cluster: 'cluster-',
  person: 'person-',
};

/** `unit-SO-GD`, `council-HD-TP`, `campaign-TONG-KET-2026`, `cluster-CUM-1`, `person-<subject>`. */
export const directoryStreamId = (kind: DirectoryRecordKind, id: string): string =>
  `${DIRECTORY_STREAM_PREFIXES[kind]}${id}`;

export const unitStreamId = (unitId: string) => directoryStreamId('unit', unitId);
export const councilStreamId = (councilId: string) => directoryStreamId('council', councilId);
export const campaignStreamId = (campaignId: string) => directoryStreamId('campaign', campaignId);
export const clusterStreamId = (clusterId: string) => directoryStreamId('cluster', clusterId);
export const personStreamId = (subject: string) => directoryStreamId('person', subject);

/** The record a stream holds, or undefined for a stream that is not the directory's. */
export function parseDirectoryStreamId(streamId: string): { kind: DirectoryRecordKind; id: string } | undefined {
  for (const kind of DIRECTORY_RECORD_KINDS) {
    const prefix = DIRECTORY_STREAM_PREFIXES[kind];
    if (streamId.startsWith(prefix) && streamId.length > prefix.length)
      return { kind, id: streamId.slice(prefix.length) };
  }
  return undefined;
}

export const isDirectoryStream = (streamId: string): boolean => parseDirectoryStreamId(streamId) !== undefined;
