import { bulkStreamId, type Actor, type BulkRowResult, type DraftInput } from '@khen/domain';

/** Workflow id = stream id (the domain's scheme). */
export const bulkWorkflowId = bulkStreamId;

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
