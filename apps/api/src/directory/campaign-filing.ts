import type { EntityManager } from 'typeorm';
import {
  campaignOffersAward,
  campaignOpenForFiling,
  councilFilesInto,
  toCivilDate,
  type AuthorityLevel,
  type CampaignState,
  type Refusal,
  type RuleSet,
  type UnitSnapshot,
} from '@khen/domain';
import { ProblemException } from '../problem/problem.exception';

/** What filing into a campaign checks per row (the award), once the campaign and the council passed. */
export type AwardCheck = (awardCode: string, ruleSet: RuleSet) => Refusal | undefined;

/**
 * A campaign administered in the directory is filed into only while it is open: not closed, and today
 * (Asia/Ho_Chi_Minh) within its filing window (CAMPAIGN_NOT_OPEN with the dates, CAMPAIGN_CLOSED); by a
 * council of its launching unit or of a unit under it, not above its level (COUNCIL_NOT_IN_CAMPAIGN); and
 * for an award it offers or one only a higher level decides (AWARD_NOT_OFFERED, per row: the returned check).
 * A campaign row without a directory state (loaded before the directory) has no window and takes any award.
 */
export async function assertCampaignOpenForFiling(
  m: EntityManager,
  campaignId: string,
  council: { councilId: string; name: string; level: AuthorityLevel; authorityId: string },
  now = new Date(),
): Promise<AwardCheck> {
  const [row] = (await m.query(`SELECT state, version FROM campaigns WHERE campaign_id = $1`, [campaignId])) as {
    state: CampaignState | null;
    version: number | null;
  }[];
  const campaign = row?.state && row.version ? row.state : undefined;
  if (!campaign) return () => undefined;
  const [unit] = (await m.query(`SELECT path FROM units WHERE unit_id = $1`, [council.authorityId])) as {
    path: string[] | null;
  }[];
  const unitPath = unit?.path?.length ? unit.path : [council.authorityId];
  const refused =
    campaignOpenForFiling(campaign, toCivilDate(now)) ??
    councilFilesInto(campaign, { councilId: council.councilId, name: council.name, level: council.level, unitPath });
  if (refused) throw ProblemException.fromRefusal(refused);
  return (awardCode, ruleSet) => campaignOffersAward(campaign, awardCode, ruleSet);
}

/** The filing unit as the directory has it today, kept on the case (NominationDrafted) so later changes never rewrite it. */
export async function unitSnapshot(m: EntityManager, unitId: string): Promise<UnitSnapshot | undefined> {
  const [row] = (await m.query(
    `SELECT u.unit_id AS "unitId", u.name, u.level, u.parent_id AS "parentId", p.name AS "parentName"
       FROM units u LEFT JOIN units p ON p.unit_id = u.parent_id WHERE u.unit_id = $1`,
    [unitId],
  )) as UnitSnapshot[];
  return row
    ? {
        unitId: row.unitId,
        name: row.name,
        level: row.level,
        parentId: row.parentId ?? null,
        parentName: row.parentName ?? null,
      }
    : undefined;
}
