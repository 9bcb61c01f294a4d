import type { EntityManager } from 'typeorm';
import type { CampaignReminderKind, Registration } from '@khen/domain';
import { REGISTRATIONS_TABLE } from './registrations.projection';

type Queryable = Pick<EntityManager, 'query'>;

export interface RegistrationRow extends Registration {
  campaignId: string;
  unitId: string;
  /** The campaign-and-unit stream's version when this row last changed. */
  version: number;
}

/** A campaign's registrations, of one unit or of all, in the order they were registered. */
export async function listRegistrations(
  q: Queryable,
  f: { campaignId: string; unitId?: string },
): Promise<{ items: RegistrationRow[]; version?: number }> {
  const rows = (await q.query(
    `SELECT campaign_id AS "campaignId", unit_id AS "unitId", state, stream_version AS version FROM ${REGISTRATIONS_TABLE}
     WHERE campaign_id = $1 AND ($2::text IS NULL OR unit_id = $2) ORDER BY unit_id, registered_on, registration_id`,
    [f.campaignId, f.unitId ?? null],
  )) as { campaignId: string; unitId: string; state: Registration; version: number }[];
  const items = rows.map((r) => ({ ...r.state, campaignId: r.campaignId, unitId: r.unitId, version: r.version }));
  return {
    items,
    // One unit's list is one stream: its version is the ETag a change sends back as If-Match.
    ...(f.unitId ? { version: Math.max(0, ...rows.map((r) => r.version)) } : {}),
  };
}

/**
 * The units a reminder goes to (docs/campaigns.md): before registration closes, the active units under the
 * launching unit that registered nothing; before evaluation closes, the units that registered.
 */
export async function campaignRecipients(
  q: Queryable,
  input: { campaignId: string; kind: CampaignReminderKind; today: string },
): Promise<{ unitId: string; name: string }[]> {
  const [campaign] = (await q.query(`SELECT unit_id FROM campaigns WHERE campaign_id = $1`, [input.campaignId])) as {
    unit_id: string;
  }[];
  if (!campaign) return [];
  const registered = `EXISTS (SELECT 1 FROM ${REGISTRATIONS_TABLE} r
    WHERE r.campaign_id = $1 AND r.unit_id = u.unit_id AND r.status = 'REGISTERED')`;
  return (await q.query(
    `SELECT u.unit_id AS "unitId", u.name FROM units u
     WHERE u.path @> ARRAY[$2::text] AND u.unit_id <> $2 AND (u.active_to IS NULL OR u.active_to >= $3::date)
       AND ${input.kind === 'CAMPAIGN_REGISTRATION_CLOSING' ? 'NOT ' : ''}${registered}
     ORDER BY u.unit_id`,
    [input.campaignId, campaign.unit_id, input.today],
  )) as { unitId: string; name: string }[];
}
