import { isCivilDate, type CivilDate } from '../calendar/civil-date';
import type { Refusal } from '../refusal';
import type { CampaignState } from '../directory/directory.types';
import { refuseCampaign } from './campaign.refusals';

/**
 * The lifecycle windows of a campaign (docs/campaigns.md): units register the titles they aim for
 * (đăng ký thi đua) in the registration window, then are evaluated (chấm điểm, bình xét) in the
 * evaluation window. Both optional: a campaign recorded before them has neither.
 */
export interface CampaignWindows {
  registrationOpensOn: CivilDate;
  registrationClosesOn: CivilDate;
  evaluationOpensOn: CivilDate;
  evaluationClosesOn: CivilDate;
}

export const CAMPAIGN_WINDOW_FIELDS = [
  'registrationOpensOn',
  'registrationClosesOn',
  'evaluationOpensOn',
  'evaluationClosesOn',
] as const satisfies readonly (keyof CampaignWindows)[];

const NAMES: Record<keyof CampaignWindows, { vi: string; en: string }> = {
  registrationOpensOn: { vi: 'Ngày bắt đầu nhận đăng ký thi đua', en: 'registration start' },
  registrationClosesOn: { vi: 'Hạn chót đăng ký thi đua', en: 'registration deadline' },
  evaluationOpensOn: { vi: 'Ngày bắt đầu đánh giá, chấm điểm', en: 'evaluation start' },
  evaluationClosesOn: { vi: 'Hạn chót đánh giá, chấm điểm', en: 'evaluation deadline' },
};

/**
 * A campaign's windows as it would be: each a real date, given in pairs (a window has both ends),
 * and in order: registration opens ≤ closes < evaluation opens ≤ closes. Undefined when it has none.
 */
export function checkCampaignWindows(c: Partial<CampaignWindows>): Refusal | undefined {
  for (const field of CAMPAIGN_WINDOW_FIELDS) {
    const value = c[field];
    if (value !== undefined && value !== null && !(typeof value === 'string' && isCivilDate(value)))
      return refuseCampaign.invalidWindowDate(field, NAMES[field].vi, NAMES[field].en);
  }
  const pair = (open: keyof CampaignWindows, close: keyof CampaignWindows) =>
    !!c[open] === !!c[close]
      ? undefined
      : refuseCampaign.windowIncomplete(c[open] ? close : open, NAMES[c[open] ? close : open]);
  const order: [keyof CampaignWindows, keyof CampaignWindows][] = [
    ['registrationOpensOn', 'registrationClosesOn'],
    ['registrationClosesOn', 'evaluationOpensOn'],
    ['evaluationOpensOn', 'evaluationClosesOn'],
  ];
  const missing =
    pair('registrationOpensOn', 'registrationClosesOn') ?? pair('evaluationOpensOn', 'evaluationClosesOn');
  if (missing) return missing;
  if (c.evaluationOpensOn && !c.registrationOpensOn)
    return refuseCampaign.windowIncomplete('registrationOpensOn', NAMES.registrationOpensOn);
  for (const [before, after] of order) {
    const [a, b] = [c[before], c[after]];
    if (!a || !b) continue;
    const strict = before === 'registrationClosesOn';
    if (strict ? b <= a : b < a) return refuseCampaign.windowsOutOfOrder(after, NAMES[after], NAMES[before], a, b);
  }
  return undefined;
}

/** Whether a unit may register on `on` (Việt Nam date): the campaign is open and has its registration window then. */
export function registrationOpenOn(campaign: CampaignState, on: CivilDate): Refusal | undefined {
  if (campaign.status === 'CLOSED') return refuseCampaign.campaignClosed(campaign.name);
  if (!campaign.registrationOpensOn || !campaign.registrationClosesOn)
    return refuseCampaign.noRegistration(campaign.name);
  if (on < campaign.registrationOpensOn || on > campaign.registrationClosesOn)
    return refuseCampaign.registrationNotOpen(campaign.registrationOpensOn, campaign.registrationClosesOn, on);
  return undefined;
}
