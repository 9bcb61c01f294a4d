import { campaignOffersAward } from './campaign-filing';
import { awardWithinCompetence, campaignOpenForFiling } from './campaign.decider';
import type { CampaignCommand } from './directory.commands';
import type { CampaignState } from './directory.types';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { accepted, ctx, given, refused, when, WHY } from './testing/fixtures';

const launch = (over: Partial<Extract<CampaignCommand, { type: 'LaunchCampaign' }>> = {}): CampaignCommand => ({
  type: 'LaunchCampaign',
  campaignId: 'TONG-KET-2026',
  name: 'Tổng kết phong trào thi đua năm 2026',
  unitId: 'UBND-TP',
  kind: 'ANNUAL',
  year: 2026,
  filingOpensOn: '2026-11-01',
  filingClosesOn: '2026-12-15',
  awards: ['BK_TINH', 'CSTD_TINH'],
  councilId: 'HD-TP',
  reason: WHY,
  ...over,
});
const campaign = () => given<CampaignState>([launch()]);

describe('campaigns: the launching level awards within its competence', () => {
  it("launches with the launching unit's level as the awarding level", () => {
    expect(campaign()).toMatchObject({ level: 'PROVINCE', status: 'OPEN', awards: ['BK_TINH', 'CSTD_TINH'] });
  });

  it('refuses an award above the launching level, naming the award', () => {
    const r = refused(when(null, launch({ awards: ['BK_TINH', 'BK_TTG'] })));
    expect(r).toMatchObject({ code: 'AWARD_NOT_IN_COMPETENCE', field: 'awards' });
    expect(r.messageVi).toContain('"BK_TTG"');
    expect(r.rule?.legalBasis).toContain('06/2022/QH15');
  });

  it('refuses a department giving a provincial award, an unknown award, and an award not given as that kind', () => {
    const dept = launch({ unitId: 'SO-GD', councilId: 'HD-SO-GD', awards: ['BK_TINH'] });
    expect(refused(when(null, dept)).code).toBe('AWARD_NOT_IN_COMPETENCE');
    expect(refused(when(null, launch({ awards: ['KHONG_CO'] }))).code).toBe('UNKNOWN_AWARD');
    expect(
      refused(when(null, launch({ unitId: 'SO-GD', councilId: 'HD-SO-GD', kind: 'EXTRAORDINARY', awards: ['LDTT'] })))
        .code,
    ).toBe('KIND_NOT_ALLOWED');
    expect(awardWithinCompetence(SEED_RULE_SET, 'LDTT', 'DEPARTMENT', 'ANNUAL')).toBeUndefined();
  });

  it("refuses another unit's council, a window closing before it opens, and no rule set", () => {
    expect(refused(when(null, launch({ councilId: 'HD-SO-GD' }))).code).toBe('COUNCIL_NOT_OF_UNIT');
    expect(refused(when(null, launch({ filingClosesOn: '2026-10-01' }))).code).toBe('INVALID_PERIOD');
    expect(refused(when(null, launch(), { ...ctx(), ruleSet: undefined })).code).toBe('NO_RULES_IN_FORCE');
  });
});

describe('campaigns: open for filing', () => {
  it('takes filings inside its window only, and says the dates in dd/MM/yyyy', () => {
    expect(campaignOpenForFiling(campaign(), '2026-11-01')).toBeUndefined();
    expect(campaignOpenForFiling(campaign(), '2026-12-15')).toBeUndefined();
    const late = campaignOpenForFiling(campaign(), '2026-12-16')!;
    expect(late.code).toBe('CAMPAIGN_NOT_OPEN');
    expect(late.messageVi).toContain('Đợt thi đua nhận hồ sơ từ 01/11/2026 đến 15/12/2026');
    expect(campaignOffersAward(campaign(), 'LDTT', SEED_RULE_SET)!.code).toBe('AWARD_NOT_OFFERED');
  });

  it('refuses filings and changes once closed, and reopens', () => {
    const closed = given<CampaignState>([
      launch(),
      { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: WHY },
    ]);
    expect(campaignOpenForFiling(closed, '2026-11-20')!.code).toBe('CAMPAIGN_CLOSED');
    expect(
      refused(when(closed, { type: 'ChangeCampaign', campaignId: 'TONG-KET-2026', name: 'X', reason: WHY })).code,
    ).toBe('CAMPAIGN_CLOSED');
    const [e] = accepted(when(closed, { type: 'ReopenCampaign', campaignId: 'TONG-KET-2026', reason: WHY }));
    expect(e!.data.changes).toEqual([{ field: 'status', from: 'CLOSED', to: 'OPEN' }]);
  });

  it('records a changed window old → new', () => {
    const [e] = accepted(
      when(campaign(), {
        type: 'ChangeCampaign',
        campaignId: 'TONG-KET-2026',
        filingClosesOn: '2026-12-31',
        reason: WHY,
      }),
    );
    expect(e!.data.changes).toEqual([{ field: 'filingClosesOn', from: '2026-12-15', to: '2026-12-31' }]);
  });
});
