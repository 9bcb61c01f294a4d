import type { EntityManager } from 'typeorm';
import { BULK_STREAM_PREFIX, type BulkEvent, type BulkRowResult } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';

/** Progress of a bulk filing: counts and per-row results, as the workflow reports them. */
export class BulkFilingsProjection implements InlineProjection {
  readonly name = 'bulk_filings';

  constructor(private readonly table = 'bulk_filings') {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    for (const stored of events.filter((e) => e.streamId.startsWith(BULK_STREAM_PREFIX))) {
      const e = { type: stored.type, data: stored.data } as BulkEvent;
      const bulkId = stored.streamId.slice(BULK_STREAM_PREFIX.length);
      const failedOf = (rows: BulkRowResult[]) => rows.filter((r) => r.errors?.length).length;
      switch (e.type) {
        case 'BulkFilingStarted': {
          const d = e.data;
          await manager.query(
            `INSERT INTO ${this.table} (bulk_id, unit_id, campaign_id, filed_by, file_name, total, processed, filed, failed, status, rows, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $7, 'RUNNING', $8, $9, $9) ON CONFLICT (bulk_id) DO NOTHING`,
            [
              bulkId,
              d.unitId,
              d.campaignId,
              d.filedBy,
              d.fileName,
              d.total,
              d.rejected.length,
              JSON.stringify(d.rejected),
              stored.recordedAt,
            ],
          );
          break;
        }
        case 'BulkRowsProcessed': {
          const rows = e.data.results;
          await manager.query(
            `UPDATE ${this.table} SET processed = processed + $2, filed = filed + $3, failed = failed + $4,
               rows = rows || $5::jsonb, updated_at = $6 WHERE bulk_id = $1`,
            [
              bulkId,
              rows.length,
              rows.length - failedOf(rows),
              failedOf(rows),
              JSON.stringify(rows),
              stored.recordedAt,
            ],
          );
          break;
        }
        case 'BulkFilingCompleted':
          await manager.query(`UPDATE ${this.table} SET status = 'COMPLETED', updated_at = $2 WHERE bulk_id = $1`, [
            bulkId,
            stored.recordedAt,
          ]);
          break;
      }
    }
  }
}
