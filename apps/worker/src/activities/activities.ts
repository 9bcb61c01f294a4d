import type { NominationActivities } from '@khen/workflows/nomination.contract';
import type { AppendEventsActivity } from './append-events.activity';

/** The activity functions handed to the Worker, bound to their Nest providers. */
export function bindActivities(append: AppendEventsActivity): NominationActivities {
  return { appendEvents: append.appendEvents.bind(append) };
}
