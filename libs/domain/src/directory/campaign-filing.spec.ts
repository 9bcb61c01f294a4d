import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { campaignOffersAward, councilFilesInto, type FilingCouncil } from './campaign-filing';
import type { CampaignState } from './directory.types';

const city: CampaignState = {
  campaignId: 'TK-2026',
  name: 'Tổng kết 2026',
  unitId: 'UBND-TP',
  level: 'PROVINCE',
  kind: 'ANNUAL',
  year: 2026,
  filingOpensOn: '2026-01-01',
  filingClosesOn: '2026-12-31',
  awards: ['BK_TINH', 'TTLDXS'],
  councilId: 'HD-TP',
  status: 'OPEN',
};
const department: CampaignState = {
  ...city,
  campaignId: 'TK-GD',
  unitId: 'SO-GD',
  level: 'DEPARTMENT',
  awards: ['LDTT'],
};
const HD_TP: FilingCouncil = { councilId: 'HD-TP', name: 'Hội đồng TP', level: 'PROVINCE', unitPath: ['UBND-TP'] };
const HD_GD: FilingCouncil = {
  councilId: 'HD-GD',
  name: 'Hội đồng Sở GD',
  level: 'DEPARTMENT',
  unitPath: ['UBND-TP', 'SO-GD'],
};
const HD_YT: FilingCouncil = {
  councilId: 'HD-YT',
  name: 'Hội đồng Sở YT',
  level: 'DEPARTMENT',
  unitPath: ['UBND-TP', 'SO-YT'],
};

describe('filing into a campaign: "cấp nào phát động thi đua thì cấp đó khen thưởng"', () => {
  it("takes the launching unit's council and the councils of the units under it", () => {
    expect(councilFilesInto(city, HD_TP)).toBeUndefined();
    expect(councilFilesInto(city, HD_GD)).toBeUndefined();
    expect(councilFilesInto(department, HD_GD)).toBeUndefined();
  });

  it('refuses a council above the launching level, and one of another branch, at councilId', () => {
    const above = councilFilesInto(department, HD_TP)!;
    expect(above).toMatchObject({ code: 'COUNCIL_NOT_IN_CAMPAIGN', field: 'councilId' });
    expect(above.messageVi).toContain('cấp nào phát động thi đua thì cấp đó khen thưởng');
    expect(councilFilesInto(department, HD_YT)).toMatchObject({ code: 'COUNCIL_NOT_IN_CAMPAIGN', field: 'councilId' });
  });

  it('takes the awards offered and those only a higher level decides (proposed upward)', () => {
    expect(campaignOffersAward(city, 'BK_TINH', SEED_RULE_SET)).toBeUndefined();
    expect(campaignOffersAward(city, 'BK_TTG', SEED_RULE_SET)).toBeUndefined();
    expect(campaignOffersAward(department, 'BK_TINH', SEED_RULE_SET)).toBeUndefined();
  });

  it('refuses an award of its level or below that it does not offer, naming the ones it does', () => {
    const refused = campaignOffersAward(city, 'CSTD_TINH', SEED_RULE_SET)!;
    expect(refused).toMatchObject({ code: 'AWARD_NOT_OFFERED', field: 'awardCode' });
    expect(refused.messageVi).toContain('Chiến sĩ thi đua');
    expect(refused.messageVi).toContain('Bằng khen');
    expect(refused.messageVi).not.toContain('CSTD_TINH');
    expect(campaignOffersAward(city, 'GIAY_KHEN', SEED_RULE_SET)!.code).toBe('AWARD_NOT_OFFERED');
  });
});
