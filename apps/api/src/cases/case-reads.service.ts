import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { canReadCase, type Actor } from '@khen/domain';
import { EventStore, StoredEvent, storedEventToJson } from '@khen/eventstore';
import { EVENT_STORE, NominationView, nominationStreamId } from '@khen/projections';
import { problem } from '../problem/problem.exception';

export const notFound = (id: string) => problem('NOMINATION_NOT_FOUND', { id });

/** Reads come from the projections and the event store, never from Temporal (docs/architecture.md §2). */
@Injectable()
export class CaseReads {
  constructor(
    @InjectRepository(NominationView) private readonly views: Repository<NominationView>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find(id: string): Promise<NominationView | null> {
    return this.views.findOneBy({ nominationId: id });
  }

  /** The case if it exists and the actor may see it; a case one may not see is "not found". */
  async get(id: string, actor?: Actor): Promise<NominationView> {
    const view = await this.find(id);
    if (!view || (actor && !canReadCase(actor, view))) throw notFound(id);
    return view;
  }

  /** The stream in order, as stored: votes carry who took part, never a choice (secret ballot). */
  async events(id: string): Promise<ReturnType<typeof presentEvent>[]> {
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw notFound(id);
    return events.map(presentEvent);
  }
}

/** The stored event's JSON form (libs/eventstore), its position named `position` and the stream implied by the URL. */
export function presentEvent(e: StoredEvent) {
  const { globalPosition, streamId: _streamId, ...json } = storedEventToJson(e);
  return { position: globalPosition, ...json };
}
