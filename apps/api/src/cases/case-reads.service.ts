import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { canReadCase, hidesParticipation, stateForReader, withoutParticipant, type Actor } from '@khen/domain';
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

  /** The case as this reader may see it: who took part in a ballot is the office's to know (docs/architecture.md §5). */
  async view(id: string, actor: Actor): Promise<NominationView> {
    const view = await this.get(id, actor);
    return { ...view, state: stateForReader(view.state, actor) };
  }

  /**
   * The stream in order, as stored: votes carry who took part, never a choice (secret ballot). For a reader
   * other than the council's office, an event naming a participant loses the name, its actor and its hash
   * (a hash over a handful of candidate members would give the name back), and so does the next one's link.
   */
  async events(id: string, actor: Actor): Promise<ShownEvent[]> {
    const view = await this.get(id, actor);
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw notFound(id);
    let hidPrevious = false;
    return events.map((e) => {
      const shown = presentEvent(e);
      const hide = hidesParticipation(e, actor, view.state);
      const out = hide
        ? {
            ...shown,
            data: withoutParticipant(e),
            metadata: { actorRole: e.metadata.actorRole },
            hash: null,
            prevHash: null,
          }
        : { ...shown, prevHash: hidPrevious ? null : shown.prevHash };
      hidPrevious = hide;
      return out;
    });
  }
}

/** An event as a reader gets it: hash and links null where a participant's name was taken out. */
export type ShownEvent = Omit<ReturnType<typeof presentEvent>, 'hash'> & { hash: string | null };

/** The stored event's JSON form (libs/eventstore), its position named `position` and the stream implied by the URL. */
export function presentEvent(e: StoredEvent) {
  const { globalPosition, streamId: _streamId, ...json } = storedEventToJson(e);
  return { position: globalPosition, ...json };
}
