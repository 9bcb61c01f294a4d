import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  hidesParticipation,
  mayReadParticipation,
  stateForReader,
  type Actor,
  type NominationState,
} from '@khen/domain';
import {
  checkCaseExport,
  EXPORT_FORMAT,
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
import { API_CONFIG, type ApiConfig } from '../config/api.config';
import { DEMO_USERS } from '../demo/demo-users';
import { timelineNames } from './timeline-names';

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
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  private async stream(id: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(nominationStreamId(id));
    if (events.length === 0) throw notFound(id);
    return events;
  }

  /** The timeline; for a reader other than the council's office, entries naming a ballot's participant are anonymous. */
  async timeline(state: NominationState, reader: Actor, now = new Date()) {
    const id = state.nominationId;
    const events = await this.stream(id);
    const names = await timelineNames(this.db, this.config.demo ? Object.values(DEMO_USERS) : []);
    const t = buildTimeline(nominationStreamId(id), events, await this.calendars.calendar(), now, names);
    const hidden = new Set(events.filter((e) => hidesParticipation(e, reader, state)).map((e) => e.streamVersion));
    const ui = this.temporal.uiUrl ?? 'http://127.0.0.1:8233';
    return {
      nominationId: id,
      ...t,
      entries: t.entries.map((e) =>
        hidden.has(e.version)
          ? { ...e, actor: { id: null, role: e.actor.role, name: null, unitId: null }, hash: null, correlationId: null }
          : e,
      ),
      temporalUiUrl: `${ui}/namespaces/${this.temporal.namespace}/workflows/${t.workflowId}`,
      pagePath: `/ho-so/${id}`,
    };
  }

  async asOf(
    id: string,
    reader: Actor,
    at?: string,
    version?: number,
  ): Promise<{ at: string | null; version: number; state: NominationState }> {
    const state = stateAsOf(await this.stream(id), { at, version });
    return { at: at ?? null, version: state.version, state: stateForReader(state, reader) };
  }

  async integrity(id?: string) {
    const report = await verifyStore(this.db, id ? { streamId: nominationStreamId(id) } : {});
    if (id && report.events === 0) throw notFound(id);
    return report;
  }

  /**
   * The whole stream, signed: it names who took part in each ballot, so while a ballot is open only the
   * council's office may take it; once closed, the administrators too (the record kept for audit).
   */
  async exportSigned(state: NominationState, reader: Actor): Promise<CaseExport> {
    if (state.ballot?.open && !mayReadParticipation(reader, state)) throw problem('BALLOT_IN_PROGRESS');
    return exportCase(nominationStreamId(state.nominationId), await this.stream(state.nominationId), this.key);
  }

  /** A document of the export's form (SIGNED_EXPORT_SCHEMA) is checked; one that does not verify is ok: false. */
  check(doc: unknown) {
    if (!isExportShaped(doc)) throw problem('NOT_AN_EXPORT');
    try {
      return checkCaseExport(doc);
    } catch {
      // A key that is no key, events that are no stored events: of the form, but not an export that verifies.
      return { ok: false, signatureValid: false, chainValid: false, trustedKey: undefined, broken: false };
    }
  }
}

/** The members and types SIGNED_EXPORT_SCHEMA names (history.controller.ts), as the document says. */
function isExportShaped(x: unknown): x is CaseExport {
  const o = x as Record<string, unknown> | null;
  const s = o?.signature as Record<string, unknown> | null | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    !Array.isArray(o) &&
    o.format === EXPORT_FORMAT &&
    typeof o.streamId === 'string' &&
    typeof o.exportedAt === 'string' &&
    Array.isArray(o.events) &&
    o.events.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e)) &&
    (o.head === null || typeof o.head === 'string') &&
    typeof s === 'object' &&
    s !== null &&
    !Array.isArray(s) &&
    s.algorithm === 'Ed25519' &&
    typeof s.publicKey === 'string' &&
    typeof s.value === 'string'
  );
}
