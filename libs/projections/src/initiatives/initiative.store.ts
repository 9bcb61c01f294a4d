import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  decideInitiative,
  evolveInitiative,
  initiativeStreamId,
  isRefusal,
  toCivilDate,
  type InitiativeActor,
  type InitiativeCommand,
  type InitiativeState,
  type Refusal,
} from '@khen/domain';
import { eventMetadata, LockedStore } from '../locked-store';
import { INITIATIVES_TABLE } from './initiatives.projection';

export type InitiativeOutcome =
  { status: 'RECORDED'; state: InitiativeState; version: number } | { status: 'REFUSED'; refusal: Refusal };

/**
 * Executes the initiative registry's commands (docs/initiatives.md): in one transaction it takes the stream's
 * advisory lock, reads the initiative's state (its read model is folded in the appends' own transactions),
 * decides, appends to the initiative's stream and folds the read models. A refusal records nothing.
 */
export class InitiativeStore extends LockedStore {
  async execute(
    command: InitiativeCommand,
    meta: { actor: InitiativeActor & { displayName?: string }; correlationId?: string },
  ): Promise<InitiativeOutcome> {
    const streamId = initiativeStreamId(command.initiativeId);
    return this.locked(streamId, async (m, now) => {
      const today = toCivilDate(now);
      const [row] = (await m.query(`SELECT state, version FROM ${INITIATIVES_TABLE} WHERE initiative_id = $1`, [
        command.initiativeId,
      ])) as { state: InitiativeState; version: number }[];
      const unitKnown = command.type === 'FileInitiative' ? await activeUnit(m, command.unitId, today) : true;
      const decided = decideInitiative(row?.state ?? null, command, { actor: meta.actor, today, unitKnown });
      if (isRefusal(decided)) return { status: 'REFUSED', refusal: decided };
      let state: InitiativeState | null = row?.state ?? null;
      for (const e of decided) state = evolveInitiative(state, e);
      const metadata = eventMetadata(meta.actor, meta.correlationId);
      const events = decided.map((e) => ({ eventId: randomUUID(), type: e.type, data: e.data, metadata }));
      const { versions } = await this.append(m, [{ streamId, expectedVersion: row?.version ?? 0, events }], now);
      return { status: 'RECORDED', state: state!, version: versions[streamId]! };
    });
  }
}

/** A unit of the directory that is not closed on the day. */
async function activeUnit(m: EntityManager, unitId: string, today: string): Promise<boolean> {
  const rows = (await m.query(
    `SELECT 1 FROM units WHERE unit_id = $1 AND (active_to IS NULL OR active_to >= $2::date)`,
    [unitId, today],
  )) as unknown[];
  return rows.length > 0;
}
