import type { EntityManager } from 'typeorm';
import {
  evolveRegistration,
  parseRegistrationStreamId,
  type Registration,
  type RegistrationEvent,
  type RegistrationState,
} from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';

export const REGISTRATIONS_TABLE = 'campaign_registrations';

const COLUMNS = `registration_id text, campaign_id text, unit_id text, award_code text, subject text, nominee_key text,
  nominee_name text, status text, registered_on date, withdrawn_on date, state jsonb, stream_version integer,
  updated_at timestamptz, last_position bigint`;

/** One unit's registrations in one campaign and its stream's version, as the read model has them. */
export async function loadRegistrationStream(
  m: Pick<EntityManager, 'query'>,
  campaignId: string,
  unitId: string,
  table = REGISTRATIONS_TABLE,
  lock = false,
): Promise<{ state: RegistrationState | null; version: number }> {
  const rows = (await m.query(
    `SELECT state, stream_version AS version FROM ${table} WHERE campaign_id = $1 AND unit_id = $2
     ORDER BY registered_on, registration_id ${lock ? 'FOR UPDATE' : ''}`,
    [campaignId, unitId],
  )) as { state: Registration; version: number }[];
  if (rows.length === 0) return { state: null, version: 0 };
  return {
    state: { campaignId, unitId, registrations: rows.map((r) => r.state) },
    version: Math.max(...rows.map((r) => r.version)),
  };
}

/**
 * Registrations (đăng ký thi đua), folded from the `registration-<campaign>.<unit>` streams in the append's
 * transaction with the domain's evolve; the table name passes through `t` so that a rebuild writes a fresh table.
 */
export class RegistrationsProjection implements InlineProjection {
  readonly name = 'registrations';

  constructor(private readonly t: (table: string) => string = (table) => table) {}

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const streams = new Map<string, { campaignId: string; unitId: string; events: StoredEvent[] }>();
    for (const e of events) {
      const id = parseRegistrationStreamId(e.streamId);
      if (!id) continue;
      const s = streams.get(e.streamId) ?? { ...id, events: [] };
      s.events.push(e);
      streams.set(e.streamId, s);
    }
    if (streams.size === 0) return;
    const table = this.t(REGISTRATIONS_TABLE);
    const out: Record<string, unknown>[] = [];
    for (const { campaignId, unitId, events: stream } of streams.values()) {
      const current = await loadRegistrationStream(manager, campaignId, unitId, table, true);
      let state = current.state;
      let version = current.version;
      const touched = new Map<string, { version: number; event: StoredEvent }>();
      for (const e of stream) {
        // Replays and a rebuild's catch-up may hand over what is folded already.
        if (e.streamVersion <= version) continue;
        const event = { type: e.type, data: e.data } as RegistrationEvent;
        state = evolveRegistration(state, event);
        version = e.streamVersion;
        touched.set(event.data.registrationId, { version: e.streamVersion, event: e });
      }
      if (!state) continue;
      for (const [registrationId, { version: v, event: e }] of touched) {
        const r = state.registrations.find((x) => x.registrationId === registrationId)!;
        out.push({
          registration_id: r.registrationId,
          campaign_id: campaignId,
          unit_id: unitId,
          award_code: r.awardCode,
          subject: r.nominee.subject,
          nominee_key: r.nominee.key,
          nominee_name: r.nominee.name,
          status: r.status,
          registered_on: r.registeredOn,
          withdrawn_on: r.withdrawnOn ?? null,
          state: r,
          stream_version: v,
          updated_at: e.recordedAt.toISOString(),
          last_position: e.globalPosition,
        });
      }
    }
    if (out.length === 0) return;
    await manager.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS})
       ON CONFLICT (registration_id) DO UPDATE SET status = EXCLUDED.status, withdrawn_on = EXCLUDED.withdrawn_on,
         state = EXCLUDED.state, stream_version = EXCLUDED.stream_version, updated_at = EXCLUDED.updated_at,
         last_position = EXCLUDED.last_position`,
      [JSON.stringify(out)],
    );
  }
}
