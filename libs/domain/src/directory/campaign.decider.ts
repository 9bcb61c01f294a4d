import type { CivilDate } from '../calendar/civil-date';
import { CAMPAIGN_WINDOW_FIELDS, checkCampaignWindows } from '../campaigns/campaign-windows';
import { refuse } from '../nomination/nomination.refusals';
import type { AuthorityLevel } from '../organisation/levels';
import type { Refusal } from '../refusal';
import type { RuleSet } from '../rules/rule-set';
import type { CampaignCommand } from './directory.commands';
import type { CampaignEvent } from './directory.events';
import type { DirectoryContext } from './directory.facts';
import { refuseDir } from './directory.refusals';
import { CAMPAIGN_KINDS, CAMPAIGN_NOMINATION_KIND, type CampaignState, type CampaignKind } from './directory.types';
import {
  changedSet,
  checkCode,
  checkDate,
  checkOneOf,
  checkReason,
  checkText,
  diffFields,
  firstRefusal,
} from './directory-checks';
import { activeOn } from './unit.decider';
import { checkCriteria, normaliseCriteria } from '../cluster-scoring/criteria';

const CAMPAIGN_FIELDS: (keyof CampaignState)[] = [
  'campaignId',
  'name',
  'unitId',
  'level',
  'kind',
  'year',
  'filingOpensOn',
  'filingClosesOn',
  'awards',
  'councilId',
  'status',
  // Cluster and bloc scoring (docs/cluster-scoring.md).
  'criteria',
  ...CAMPAIGN_WINDOW_FIELDS,
];
const CHANGEABLE = [
  'name',
  'filingOpensOn',
  'filingClosesOn',
  'awards',
  'councilId',
  // Cluster and bloc scoring.
  'criteria',
  ...CAMPAIGN_WINDOW_FIELDS,
] as const;

/**
 * Whether the launching level may give this award in a campaign of this kind: the award is in the
 * rule set, that level is one of its deciding levels ("cấp nào phát động thi đua thì cấp đó khen
 * thưởng"), and it is given as the campaign's kind of nomination.
 */
export function awardWithinCompetence(
  ruleSet: RuleSet,
  awardCode: string,
  level: AuthorityLevel,
  kind: CampaignKind,
): Refusal | undefined {
  const award = ruleSet.awards[awardCode];
  if (!award) return { ...refuse.unknownAward(awardCode), field: 'awards' };
  if (!award.decidingLevels.includes(level)) return refuseDir.awardNotInCompetence(awardCode, level);
  const nominationKind = CAMPAIGN_NOMINATION_KIND[kind];
  return award.allowedKinds.includes(nominationKind)
    ? undefined
    : { ...refuse.kindNotAllowed(awardCode, nominationKind), field: 'awards' };
}

/** Filing into a campaign on a date: refused when it is closed or outside its window (dates given); its awards: campaign-filing.ts. */
export function campaignOpenForFiling(campaign: CampaignState, on: CivilDate): Refusal | undefined {
  if (campaign.status === 'CLOSED') return refuseDir.campaignClosed(campaign.campaignId);
  if (on < campaign.filingOpensOn || on > campaign.filingClosesOn)
    return refuseDir.campaignNotOpen(campaign.filingOpensOn, campaign.filingClosesOn, on);
  return undefined;
}

/** Window, council and awards of a campaign as it would be. */
function checkTerms(c: CampaignState, ctx: DirectoryContext): Refusal | undefined {
  const council = ctx.facts.councils[c.councilId];
  return firstRefusal(
    () => checkDate(c.filingOpensOn, 'filingOpensOn', 'Ngày bắt đầu nhận hồ sơ', 'filing start'),
    () => checkDate(c.filingClosesOn, 'filingClosesOn', 'Ngày kết thúc nhận hồ sơ', 'filing end'),
    () =>
      c.filingClosesOn < c.filingOpensOn
        ? refuseDir.endBeforeStart('filingClosesOn', c.filingOpensOn, c.filingClosesOn)
        : undefined,
    // Registration and evaluation windows (docs/campaigns.md).
    () => checkCampaignWindows(c),
    () => (council ? undefined : refuseDir.councilUnknown('councilId', c.councilId)),
    () => (council && council.unitId !== c.unitId ? refuseDir.councilNotOfUnit(c.councilId, c.unitId) : undefined),
    () =>
      Array.isArray(c.awards) && c.awards.length > 0 && new Set(c.awards).size === c.awards.length
        ? undefined
        : refuse.emptyField(
            'awards',
            'danh hiệu, hình thức khen thưởng của đợt (không trùng lặp)',
            'awards offered (no duplicates)',
          ),
    // Cluster and bloc scoring's criteria, when the campaign has them.
    () => (c.criteria === undefined ? undefined : checkCriteria(c.criteria)),
    () => (ctx.ruleSet ? undefined : refuse.noRulesInForce(ctx.today)),
    () => {
      for (const code of c.awards) {
        const r = awardWithinCompetence(ctx.ruleSet!, code, c.level, c.kind);
        if (r) return r;
      }
      return undefined;
    },
  );
}

/** decide for a campaign's stream. */
export function decideCampaign(
  state: CampaignState | null,
  cmd: CampaignCommand,
  ctx: DirectoryContext,
): CampaignEvent[] | Refusal {
  const why = checkReason(cmd.reason);
  if (cmd.type === 'LaunchCampaign') {
    if (state) return refuseDir.exists('campaign', cmd.campaignId, 'campaignId');
    const unit = ctx.facts.units[cmd.unitId];
    const refused = firstRefusal(
      () => checkCode(cmd.campaignId, 'campaignId', 'đợt thi đua', 'campaign'),
      () => checkText(cmd.name, 'name', 'tên đợt thi đua', 'campaign name'),
      () => checkOneOf(cmd.kind, CAMPAIGN_KINDS, 'kind', 'loại phong trào', 'campaign kind'),
      () =>
        Number.isInteger(cmd.year) && cmd.year >= 2000 && cmd.year <= 2100
          ? undefined
          : refuseDir.invalidValue('year', 'năm của đợt thi đua', 'campaign year', cmd.year),
      () => why,
      () =>
        unit && activeOn(unit, ctx.today)
          ? undefined
          : refuseDir.unitNotActive('unitId', cmd.unitId, ctx.today, 'Đơn vị phát động', 'launching unit'),
    );
    if (refused || !unit) return refused!;
    const campaign: CampaignState = {
      campaignId: cmd.campaignId,
      name: cmd.name.trim(),
      unitId: unit.unitId,
      level: unit.level,
      kind: cmd.kind,
      year: cmd.year,
      filingOpensOn: cmd.filingOpensOn,
      filingClosesOn: cmd.filingClosesOn,
      awards: [...cmd.awards],
      councilId: cmd.councilId,
      status: 'OPEN',
      // Cluster and bloc scoring.
      ...(cmd.criteria === undefined ? {} : { criteria: cmd.criteria }),
      // Lifecycle windows, when given (docs/campaigns.md).
      ...Object.fromEntries(CAMPAIGN_WINDOW_FIELDS.filter((f) => cmd[f] !== undefined).map((f) => [f, cmd[f]])),
    };
    const invalid = checkTerms(campaign, ctx);
    if (invalid) return invalid;
    if (campaign.criteria) campaign.criteria = normaliseCriteria(campaign.criteria);
    const changes = diffFields(null, campaign, CAMPAIGN_FIELDS);
    return [{ type: 'CampaignLaunched', data: { campaign, reason: cmd.reason, changes } }];
  }
  if (!state) return refuseDir.notFound('campaign', cmd.campaignId);
  if (why) return why;
  const { reason, campaignId } = cmd;
  const status = (to: CampaignState['status']) => [{ field: 'status', from: state.status, to }];
  switch (cmd.type) {
    case 'ChangeCampaign': {
      if (state.status === 'CLOSED') return refuseDir.campaignClosed(state.campaignId);
      const set = changedSet(state, cmd, [...CHANGEABLE]);
      if (set.name !== undefined) {
        const r = checkText(set.name, 'name', 'tên đợt thi đua', 'campaign name');
        if (r) return r;
      }
      // Cluster and bloc scoring's criteria are checked as the rest of the terms.
      if (set.criteria !== undefined) {
        const r = checkCriteria(set.criteria);
        if (r) return r;
        set.criteria = normaliseCriteria(set.criteria);
      }
      const changes = diffFields(state, set, [...CHANGEABLE]);
      if (changes.length === 0) return [];
      const invalid = checkTerms({ ...state, ...set }, ctx);
      return invalid ?? [{ type: 'CampaignChanged', data: { campaignId, set, reason, changes } }];
    }
    case 'CloseCampaign':
      return state.status === 'CLOSED'
        ? []
        : [{ type: 'CampaignClosed', data: { campaignId, reason, changes: status('CLOSED') } }];
    case 'ReopenCampaign':
      return state.status === 'OPEN'
        ? []
        : [{ type: 'CampaignReopened', data: { campaignId, reason, changes: status('OPEN') } }];
  }
}

export function evolveCampaign(state: CampaignState | null, event: CampaignEvent): CampaignState | null {
  if (event.type === 'CampaignLaunched') return { ...event.data.campaign };
  if (!state) return state;
  switch (event.type) {
    case 'CampaignChanged':
      return { ...state, ...event.data.set };
    case 'CampaignClosed':
      return { ...state, status: 'CLOSED' };
    case 'CampaignReopened':
      return { ...state, status: 'OPEN' };
  }
}
