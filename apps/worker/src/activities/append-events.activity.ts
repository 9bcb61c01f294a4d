import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import type { EntityManager } from 'typeorm';
import { checkQuota, refuse, type Refusal } from '@khen/domain';
import { EventStore, IdempotencyViolationError, WrongExpectedVersionError } from '@khen/eventstore';
import type { AppendEventsInput, AppendEventsOutput, AppendGuard } from '@khen/workflows/nomination.contract';
import {
  decisionNumberConflict,
  EVENT_STORE,
  ProjectionGapError,
  quotaUsage,
  recordedCaseNumber,
  takeCaseNumber,
} from '@khen/projections';

/**
 * appendEvents(streamId, expectedVersion, events[]): one transaction that checks the guards,
 * appends and folds the inline projections. Idempotent: a retry re-sends the workflow's event ids
 * and changes nothing.
 */
@Injectable()
export class AppendEventsActivity {
  private readonly logger = new Logger(AppendEventsActivity.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async appendEvents(input: AppendEventsInput): Promise<AppendEventsOutput> {
    try {
      const events = input.events.map(({ eventId, type, data, metadata, occurredAt }) => ({
        eventId,
        type,
        data,
        metadata: { ...metadata, occurredAt },
      }));
      const guards = input.guards ?? [];
      const draft = events.find((e) => e.type === 'NominationDrafted');
      let caseNumber: string | undefined;
      const result = await this.store.append<Refusal>(input.streamId, input.expectedVersion, events, {
        precheck: guards.length ? (m) => checkGuards(m, guards) : undefined,
        complete: draft
          ? async (m, all) => {
              const data = draft.data as { council?: { councilId?: string }; caseNumber?: string };
              caseNumber = await takeCaseNumber(m, data.council?.councilId ?? '', String(draft.metadata.occurredAt));
              return all.map((e) => (e === draft ? { ...e, data: { ...data, caseNumber } } : e));
            }
          : undefined,
      });
      if (result.rejected)
        return { nextExpectedVersion: result.nextExpectedVersion, appended: false, refusal: result.rejected };
      if (!result.appended) {
        this.logger.log(`replayed append on ${input.streamId}@${input.expectedVersion}: nothing new`);
        // A retry of the draft's append: the number given the first time.
        if (draft) caseNumber = await recordedCaseNumber(this.store, input.streamId, draft.eventId);
      }
      return { nextExpectedVersion: result.nextExpectedVersion, appended: result.appended, caseNumber };
    } catch (err) {
      // A version mismatch that is not a pure replay is a bug: fail loudly, do not retry forever.
      // So is a version gap in a projection: the same rows give the same gap on every attempt.
      if (
        err instanceof WrongExpectedVersionError ||
        err instanceof IdempotencyViolationError ||
        err instanceof ProjectionGapError
      ) {
        this.logger.error(err.message);
        throw ApplicationFailure.nonRetryable(err.message, err.code);
      }
      // A data exception (SQLSTATE class 22: a NUL in text, a date out of range…) fails the same way on
      // every attempt: retrying it forever would hang the case. Connection errors (08, 57) stay retryable.
      const sqlState =
        (err as { driverError?: { code?: unknown } })?.driverError?.code ?? (err as { code?: unknown })?.code;
      if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
        this.logger.error(`append to ${input.streamId} refused by PostgreSQL (${sqlState}): ${(err as Error).message}`);
        throw ApplicationFailure.nonRetryable(
          `PostgreSQL data exception ${sqlState}: ${(err as Error).message}`,
          'DATA_EXCEPTION',
        );
      }
      throw err;
    }
  }
}

/**
 * Invariants across cases, checked under a lock on their key inside the append's transaction: two
 * units racing for the last quota place, or two decisions for one number, cannot both pass.
 */
async function checkGuards(m: EntityManager, guards: AppendGuard[]): Promise<Refusal | undefined> {
  for (const g of guards) {
    if (g.type === 'QUOTA') {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `quota:${g.unitId}:${g.campaignId}:${g.quota.awardCode}`,
      ]);
      const over = checkQuota(
        g.quota,
        await quotaUsage(m, {
          nominationId: g.nominationId,
          unitId: g.unitId,
          campaignId: g.campaignId,
          quota: g.quota,
        }),
        g.awards,
      );
      if (over) return over;
    } else {
      const year = Number(g.decisionDate.slice(0, 4));
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `decision:${g.authorityId}:${year}:${g.decisionNumber}`,
      ]);
      if (await decisionNumberConflict(m, g)) return refuse.decisionNumberTaken(g.decisionNumber, year);
    }
  }
  return undefined;
}
