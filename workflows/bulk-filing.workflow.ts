import {
  ParentClosePolicy,
  proxyActivities,
  startChild,
  uuid4,
  workflowInfo,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import { bulkStreamId, type BulkEvent, type BulkRowResult } from '@khen/domain';
import type { BulkFilingInput } from './bulk-filing.contract';
import { nominationWorkflowId, type NominationActivities, searchAttributes } from './nomination.contract';
import { nominationWorkflow } from './nomination.workflow';

const { appendEvents } = proxyActivities<NominationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Rows started at once; progress is recorded after each batch. */
const BATCH = 25;

/**
 * A bulk file of nominees: one nomination workflow per row, started as abandoned
 * children (they outlive this one), progress appended to the bulk's own stream as it goes.
 */
export async function bulkFilingWorkflow(input: BulkFilingInput): Promise<{ filed: number; failed: number }> {
  let version = 0;
  const record = async (events: BulkEvent[]) => {
    const { workflowId, runId } = workflowInfo();
    const occurredAt = new Date().toISOString();
    await appendEvents({
      streamId: bulkStreamId(input.bulkId),
      expectedVersion: version,
      events: events.map((e) => ({
        ...e,
        eventId: uuid4(),
        occurredAt,
        metadata: {
          actorId: input.actor.userId,
          actorRole: input.actor.role,
          workflowId,
          runId,
          correlationId: input.correlationId,
        },
      })) as never,
    });
    version += events.length;
  };

  await record([
    {
      type: 'BulkFilingStarted',
      data: {
        bulkId: input.bulkId,
        unitId: input.unitId,
        campaignId: input.campaignId,
        fileName: input.fileName,
        filedBy: input.actor.userId,
        total: input.total,
        rejected: input.rejected,
      },
    },
  ]);
  let filed = 0;
  let failed = input.rejected.length;
  for (let i = 0; i < input.rows.length; i += BATCH) {
    const batch = input.rows.slice(i, i + BATCH);
    const results = await Promise.all(
      batch.map(async ({ row, draft }): Promise<BulkRowResult> => {
        try {
          await startChild(nominationWorkflow, {
            workflowId: nominationWorkflowId(draft.nominationId),
            args: [
              {
                draft,
                actor: input.actor,
                correlationId: input.correlationId,
                disclosureOverrideMs: input.disclosureOverrideMs,
              },
            ],
            parentClosePolicy: ParentClosePolicy.ABANDON,
            workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
            typedSearchAttributes: [
              { key: searchAttributes.stage, value: 'UNIT_PROPOSAL' },
              { key: searchAttributes.award, value: draft.awardCode },
              { key: searchAttributes.unit, value: draft.unitId },
              { key: searchAttributes.campaign, value: draft.campaignId },
            ],
          });
          return { row, name: draft.nominee.name, nominationId: draft.nominationId };
        } catch {
          return {
            row,
            name: draft.nominee.name,
            errors: [
              {
                messageVi: 'Hồ sơ của dòng này đã được lập từ trước (tệp đã được tải lên).',
                messageEn: "This row's nomination was already filed (the file was uploaded before).",
              },
            ],
          };
        }
      }),
    );
    filed += results.filter((r) => !r.errors).length;
    failed += results.filter((r) => r.errors).length;
    await record([{ type: 'BulkRowsProcessed', data: { results } }]);
  }
  await record([{ type: 'BulkFilingCompleted', data: { filed, failed } }]);
  return { filed, failed };
}
