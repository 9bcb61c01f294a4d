import type { Actor, BulkRowResult, DraftInput } from '@khen/domain';

export const bulkWorkflowId = (bulkId: string) => `bulk-${bulkId}`;

/** A row the API parsed and checked: it becomes one nomination workflow. */
export interface BulkRow {
  row: number;
  draft: DraftInput;
}

export interface BulkFilingInput {
  bulkId: string;
  unitId: string;
  campaignId: string;
  fileName: string;
  actor: Actor;
  rows: BulkRow[];
  /** Rows the API refused while parsing (reported with the rest, never started). */
  rejected: BulkRowResult[];
  total: number;
  correlationId?: string;
  disclosureOverrideMs?: number;
}
