import type { EntityManager } from 'typeorm';
import type { NominationState } from '@khen/domain';
import type { InlineProjection, StoredEvent } from '@khen/eventstore';
import { NOMINATION_STREAM_PREFIX } from '../nominations/stream-id';

/** An award lands in the registry that feeds eligibility (issue 4 §7); runs after `nominations`. */
export class RegistryProjection implements InlineProjection {
  readonly name = 'award_registry';

  async apply(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const decided = events.filter((e) => e.type === 'DecisionIssued' && e.streamId.startsWith(NOMINATION_STREAM_PREFIX));
    for (const e of decided) {
      const [row] = await manager.query(`SELECT state FROM nominations WHERE stream_id = $1`, [e.streamId]) as { state: NominationState }[];
      const s = row.state;
      const d = s.decision!;
      await manager.query(
        `INSERT INTO award_registry (entry_id, nominee_key, nominee_name, award_code, year, kind, unit_id, decision_number, decision_date,
           authority_id, signer_id, nomination_id, source, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $1, 'EVENT', $12) ON CONFLICT (entry_id) DO NOTHING`,
        [s.nominationId, s.nominee!.key, s.nominee!.name, s.awardCode, s.year, s.kind, s.unitId, d.decisionNumber, d.decisionDate, d.authorityId, d.signerId, e.recordedAt],
      );
    }
  }
}
