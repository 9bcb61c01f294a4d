import { CouncilRecord } from './directory/council.entity';
import { CreateReadModels1763900000100 } from './migrations/1763900000100-create-read-models';
import { NominationView } from './nominations/nomination.entity';
import { NominationsProjection } from './nominations/nominations.projection';

export const READ_MODEL_ENTITIES = [NominationView, CouncilRecord];
export const READ_MODEL_MIGRATIONS = [CreateReadModels1763900000100];

/** Every read model written in the append's own transaction. */
export function inlineProjections() {
  return [new NominationsProjection()];
}
