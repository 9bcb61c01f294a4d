import type { EntityManager } from 'typeorm';
import { evolve, initialState, NominationEvent, NominationState, slaDeadline } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from './stream-id';

/** Folds nomination events into `nominations` with the domain's own evolve (one fold, four uses). */
export class NominationsProjection implements InlineProjection {
  readonly name = 'nominations';

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const ours = events.filter((e) => e.streamId.startsWith(NOMINATION_STREAM_PREFIX));
    if (ours.length === 0) return;
    const streamId = ours[0].streamId;
    const [row] = await manager.query(
      `SELECT state, created_at FROM nominations WHERE stream_id = $1 FOR UPDATE`, [streamId],
    ) as { state: NominationState; created_at: Date }[];
    let state = row?.state ?? initialState();
    for (const e of ours) {
      if (e.streamVersion !== state.version + 1) {
        throw new Error(`projection nominations: ${streamId} expected version ${state.version + 1}, got ${e.streamVersion}`);
      }
      state = evolve(state, { type: e.type, data: e.data } as NominationEvent);
    }
    const last = ours[ours.length - 1];
    await manager.query(
      `INSERT INTO nominations (nomination_id, stream_id, version, stage, status, outcome, award_code, unit_id,
         campaign_id, nominee_name, state, last_position, created_at, updated_at, year, kind, nominee_key, council_id, authority_id, sla_deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (nomination_id) DO UPDATE SET
         version = EXCLUDED.version, stage = EXCLUDED.stage, status = EXCLUDED.status, outcome = EXCLUDED.outcome,
         award_code = EXCLUDED.award_code, kind = EXCLUDED.kind, year = EXCLUDED.year, nominee_name = EXCLUDED.nominee_name,
         nominee_key = EXCLUDED.nominee_key, state = EXCLUDED.state, last_position = EXCLUDED.last_position,
         updated_at = EXCLUDED.updated_at, sla_deadline = EXCLUDED.sla_deadline`,
      [state.nominationId, streamId, state.version, state.stage, state.status, state.outcome ?? null, state.awardCode,
        state.unitId, state.campaignId, state.nominee?.name ?? '', JSON.stringify(state), last.globalPosition, last.recordedAt,
        state.year, state.kind, state.nominee?.key ?? '', state.council?.councilId ?? '', state.council?.authorityId ?? '', slaDeadline(state) ?? null],
    );
  }
}
