import { LEVEL_RANK, type AuthorityLevel } from '../organisation/levels';
import type { Refusal } from '../refusal';
import type { RuleSet } from '../rules/rule-set';
import { refuseDir } from './directory.refusals';
import type { CampaignState } from './directory.types';

/** The council a filing names, with its unit's place in the tree (the unit's path, root first, the unit included). */
export interface FilingCouncil {
  councilId: string;
  name: string;
  level: AuthorityLevel;
  unitPath: string[];
}

/**
 * Whether a council may file into a campaign ("cấp nào phát động thi đua thì cấp đó khen thưởng"): the
 * launching level awards, so a council above it does not; and the council belongs to the launching unit
 * or to a unit under it (a department reviews its own people, then proposes upward to the launching level).
 */
export function councilFilesInto(campaign: CampaignState, council: FilingCouncil): Refusal | undefined {
  if (LEVEL_RANK[council.level] > LEVEL_RANK[campaign.level])
    return refuseDir.councilNotInCampaign(council.name, campaign.name, {
      level: council.level,
      campaignLevel: campaign.level,
    });
  if (!council.unitPath.includes(campaign.unitId)) return refuseDir.councilNotInCampaign(council.name, campaign.name);
  return undefined;
}

/**
 * Whether a campaign takes a filing for this award: the awards it offers (its level's, checked when it was
 * launched), or one that only a higher level decides, which the campaign's level proposes upward (Law
 * art. 83). An award of its level or below that it does not offer is refused, with the ones it offers.
 */
export function campaignOffersAward(campaign: CampaignState, awardCode: string, ruleSet: RuleSet): Refusal | undefined {
  if (campaign.awards.includes(awardCode)) return undefined;
  const award = ruleSet.awards[awardCode];
  if (award && award.decidingLevels.every((l) => LEVEL_RANK[l] > LEVEL_RANK[campaign.level])) return undefined;
  const vi = (code: string) => ruleSet.awards[code]?.nameVi ?? code;
  const en = (code: string) => ruleSet.awards[code]?.nameEn ?? code;
  return refuseDir.awardNotOffered({
    campaignName: campaign.name,
    awardVi: vi(awardCode),
    awardEn: en(awardCode),
    offeredVi: campaign.awards.map(vi),
    offeredEn: campaign.awards.map(en),
  });
}
