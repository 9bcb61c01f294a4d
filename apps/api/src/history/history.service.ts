import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NominationState } from '@khen/domain';
import {
  checkCaseExport,
  exportCase,
  exportSigningKey,
  verifyStore,
  type CaseExport,
  type EventStore,
  type StoredEvent,
} from '@khen/eventstore';
import { buildTimeline, EVENT_STORE, nominationStreamId, stateAsOf } from '@khen/projections';
import { loadTemporalConfig } from '@khen/temporal';
import { notFound } from '../cases/case-reads.service';
import { problem } from '../problem/problem.exception';
import { CalendarProvider } from '../sla/calendar.provider';

/**
 * Administrators' history: who decided what, when, on what basis and what they saw; the
 * state at any instant; the integrity of the chain; a signed export anyone can check offline.
 */
@Injectable()
export class HistoryService {
  private readonly temporal = loadTemporalConfig();
  private readonly key = exportSigningKey();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
    private readonly calendars: CalendarProvider,
  ) {}

  private async stream(id: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw notFound(id);
    return events;
  }

  async timeline(id: string, now = new Date()) {
    const t = buildTimeline(nominationStreamId(id), await this.stream(id), await this.calendars.calendar(), now);
    const ui = this.temporal.uiUrl ?? 'http://127.0.0.1:8233';
    return {
      nominationId: id,
      ...t,
      temporalUiUrl: `${ui}/namespaces/${this.temporal.namespace}/workflows/${t.workflowId}`,
      pagePath: `/ho-so/${id}`,
    };
  }

  async asOf(
    id: string,
    at?: string,
    version?: number,
  ): Promise<{ at: string | null; version: number; state: NominationState }> {
    const state = stateAsOf(await this.stream(id), { at, version });
    return { at: at ?? null, version: state.version, state };
  }

  async integrity(id?: string) {
    const report = await verifyStore(this.db, id ? { streamId: nominationStreamId(id) } : {});
    if (id && report.events === 0) throw notFound(id);
    return report;
  }

  async exportSigned(id: string): Promise<CaseExport> {
    return exportCase(nominationStreamId(id), await this.stream(id), this.key);
  }

  check(doc: unknown) {
    const x = doc as CaseExport;
    if (!x || typeof x !== 'object' || !Array.isArray(x.events) || !x.signature) {
      throw problem('NOT_AN_EXPORT');
    }
    return checkCaseExport(x);
  }
}
