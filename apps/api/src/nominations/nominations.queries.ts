import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventStore, StoredEvent } from '@khen/eventstore';
import { EVENT_STORE, NominationView, nominationStreamId } from '@khen/projections';
import { ProblemException } from '../problem/problem.exception';

export const notFound = (id: string) =>
  new ProblemException(404, 'NOMINATION_NOT_FOUND', `Không tìm thấy hồ sơ ${id}.`, `Nomination ${id} not found.`, { field: 'id' });

/** Reads come from the projections and the event store, never from Temporal (design.md §2). */
@Injectable()
export class NominationsQueries {
  constructor(
    @InjectRepository(NominationView) private readonly views: Repository<NominationView>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find(id: string): Promise<NominationView | null> {
    return this.views.findOneBy({ nominationId: id });
  }

  async get(id: string): Promise<NominationView> {
    const view = await this.find(id);
    if (!view) throw notFound(id);
    return view;
  }

  /** The stream in order; a vote's choice is never shown next to the member (secret ballot). */
  async events(id: string) {
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw notFound(id);
    return events.map(presentEvent);
  }
}

function presentEvent(e: StoredEvent) {
  const data = e.type === 'VoteCast' ? { ...(e.data as object), choice: undefined } : e.data;
  return {
    position: e.globalPosition, streamVersion: e.streamVersion, eventId: e.eventId, type: e.type, data,
    metadata: e.metadata, recordedAt: e.recordedAt.toISOString(), hash: e.hash.toString('hex'),
    prevHash: e.prevHash?.toString('hex') ?? null,
  };
}
