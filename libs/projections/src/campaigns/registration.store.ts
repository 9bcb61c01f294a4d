import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  decideRegistration,
  evolveRegistration,
  isRefusal,
  registrationStreamId,
  toCivilDate,
  type CampaignState,
  type Refusal,
  type RegistrationActor,
  type RegistrationCommand,
  type RegistrationState,
  type RuleSet,
} from '@khen/domain';
import { eventMetadata, LockedStore } from '../locked-store';
import { RuleStore } from '../rules/rule-store';
import { loadRegistrationStream } from './registrations.projection';

export type RegistrationOutcome =
  | { status: 'RECORDED'; state: RegistrationState; version: number }
  | { status: 'REFUSED'; refusal: Refusal }
  | { status: 'STALE'; actual: number };

/**
 * Executes registration's commands (docs/campaigns.md): in one transaction it takes the campaign-and-unit
 * stream's advisory lock, reads the stream's state and version, the campaign, the unit's path and the rule set
 * in force, checks If-Match, decides, appends and folds the read models. A refusal records nothing.
 */
export class RegistrationStore extends LockedStore {
  async execute(
    command: RegistrationCommand,
    meta: { actor: RegistrationActor & { displayName?: string }; correlationId?: string; ifMatch?: number },
  ): Promise<RegistrationOutcome> {
    const streamId = registrationStreamId(command.campaignId, command.unitId);
    return this.locked(streamId, async (m, now) => {
      const today = toCivilDate(now);
      const current = await loadRegistrationStream(m, command.campaignId, command.unitId);
      if (meta.ifMatch !== undefined && meta.ifMatch !== current.version)
        return { status: 'STALE', actual: current.version };
      const ruleSet = await new RuleStore(m).inForce(today);
      const decided = decideRegistration(current.state, command, {
        actor: meta.actor,
        today,
        campaign: await campaignOf(m, command.campaignId),
        unitPath: await activeUnitPath(m, command.unitId, today),
        awardSubjects: subjectsOf(ruleSet),
      });
      if (isRefusal(decided)) return { status: 'REFUSED', refusal: decided };
      let state = current.state;
      for (const e of decided) state = evolveRegistration(state, e);
      const { versions } = await this.append(
        m,
        [
          {
            streamId,
            expectedVersion: current.version,
            events: decided.map((e) => ({
              eventId: randomUUID(),
              type: e.type,
              data: e.data,
              metadata: eventMetadata(meta.actor, meta.correlationId),
            })),
          },
        ],
        now,
      );
      return { status: 'RECORDED', state: state!, version: versions[streamId]! };
    });
  }
}

const subjectsOf = (ruleSet: RuleSet | undefined): Record<string, readonly string[]> =>
  Object.fromEntries(Object.values(ruleSet?.awards ?? {}).map((a) => [a.code, a.subjects]));

/** A campaign administered in the directory (version > 0), as its stream has it. */
export async function campaignOf(m: Pick<EntityManager, 'query'>, campaignId: string): Promise<CampaignState | null> {
  const [row] = (await m.query(`SELECT state FROM campaigns WHERE campaign_id = $1 AND version > 0`, [campaignId])) as {
    state: CampaignState | null;
  }[];
  return row?.state ?? null;
}

/** The unit's path (root first) when it is active on the day; null when unknown or closed. */
async function activeUnitPath(m: EntityManager, unitId: string, today: string): Promise<string[] | null> {
  const [row] = (await m.query(
    `SELECT path FROM units WHERE unit_id = $1 AND (active_to IS NULL OR active_to >= $2::date)`,
    [unitId, today],
  )) as { path: string[] | null }[];
  return row ? (row.path?.length ? row.path : [unitId]) : null;
}
