import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { EventStore, IdempotencyViolationError, WrongExpectedVersionError } from '@khen/eventstore';
import type { AppendEventsInput, AppendEventsOutput } from '@khen/workflows/nomination.contract';
import { EVENT_STORE } from '@khen/projections';

/**
 * appendEvents(streamId, expectedVersion, events[]): one transaction that appends and folds the
 * inline projections. Idempotent: a retry re-sends the workflow's event ids and changes nothing.
 */
@Injectable()
export class AppendEventsActivity {
  private readonly logger = new Logger(AppendEventsActivity.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async appendEvents(input: AppendEventsInput): Promise<AppendEventsOutput> {
    try {
      const events = input.events.map(({ eventId, type, data, metadata, occurredAt }) => ({
        eventId, type, data, metadata: { ...metadata, occurredAt },
      }));
      const result = await this.store.append(input.streamId, input.expectedVersion, events);
      if (!result.appended) this.logger.log(`replayed append on ${input.streamId}@${input.expectedVersion}: nothing new`);
      return result;
    } catch (err) {
      // A version mismatch that is not a pure replay is a bug: fail loudly, do not retry forever.
      if (err instanceof WrongExpectedVersionError || err instanceof IdempotencyViolationError) {
        this.logger.error(err.message);
        throw ApplicationFailure.nonRetryable(err.message, err.code);
      }
      throw err;
    }
  }
}
