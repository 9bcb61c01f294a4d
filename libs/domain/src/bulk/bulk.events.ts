/** One row of a bulk file: filed as a nomination, or refused with reasons (Vietnamese first). */
export interface BulkRowResult {
  row: number;
  name?: string;
  nominationId?: string;
  errors?: { field?: string; messageVi: string; messageEn: string }[];
}

/** Events of a bulk filing's own stream `bulk-<id>`: progress as it runs, row by row. */
export type BulkEvent =
  | {
      type: 'BulkFilingStarted';
      data: {
        bulkId: string;
        unitId: string;
        campaignId: string;
        fileName: string;
        filedBy: string;
        total: number;
        rejected: BulkRowResult[];
      };
    }
  | { type: 'BulkRowsProcessed'; data: { results: BulkRowResult[] } }
  | { type: 'BulkFilingCompleted'; data: { filed: number; failed: number } };

export const BULK_STREAM_PREFIX = 'bulk-';
export const bulkStreamId = (bulkId: string) => `${BULK_STREAM_PREFIX}${bulkId}`;

/** A case of a list submitted in one step: SUBMITTED now; SKIPPED: no longer a draft; REFUSED: the reason says why. */
export interface BulkSubmitRow {
  row: number;
  nominationId: string;
  name?: string;
  status: 'SUBMITTED' | 'SKIPPED' | 'REFUSED';
  code?: string;
  detail?: string;
  detailEn?: string;
}

/** A list submitted in one step: each case's outcome, counted. */
export interface BulkSubmitted {
  bulkId: string;
  total: number;
  submitted: number;
  skipped: number;
  refused: number;
  rows: BulkSubmitRow[];
}
