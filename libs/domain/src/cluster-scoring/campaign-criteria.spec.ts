import type { CampaignCommand } from '../directory/directory.commands';
import { evolveCampaign } from '../directory/campaign.decider';
import type { CampaignEvent } from '../directory/directory.events';
import type { CampaignState } from '../directory/directory.types';
import { accepted, given, refused, when, WHY } from '../directory/testing/fixtures';

const launch = (over: Partial<Extract<CampaignCommand, { type: 'LaunchCampaign' }>> = {}): CampaignCommand => ({
  type: 'LaunchCampaign',
  campaignId: 'TONG-KET-2026',
  name: 'Tổng kết phong trào thi đua năm 2026',
  unitId: 'UBND-TP',
  kind: 'ANNUAL',
  year: 2026,
  filingOpensOn: '2026-11-01',
  filingClosesOn: '2026-12-15',
  awards: ['CO_TINH'],
  councilId: 'HD-TP',
  reason: WHY,
  ...over,
});
const TC1 = { criterionId: 'TC-1', name: ' Hoàn thành nhiệm vụ ', weight: 2, maxPoints: 40, evidence: ' Báo cáo ' };

describe('a campaign’s scoring criteria (cluster and bloc scoring)', () => {
  it('launches with criteria, trimmed, and audits them', () => {
    const events = accepted(when(null, launch({ criteria: [TC1] })));
    const state = evolveCampaign(null, events[0] as CampaignEvent)!;
    expect(state.criteria).toEqual([
      { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ', weight: 2, maxPoints: 40, evidence: 'Báo cáo' },
    ]);
    expect((events[0] as Extract<CampaignEvent, { type: 'CampaignLaunched' }>).data.changes).toContainEqual(
      expect.objectContaining({ field: 'criteria', from: null }),
    );
  });

  it('folds a campaign recorded before criteria existed, without criteria', () => {
    const state = given<CampaignState>([launch()]);
    expect(state.criteria).toBeUndefined();
  });

  it('refuses a zero maximum, a negative weight and an id twice, naming the criterion', () => {
    expect(refused(when(null, launch({ criteria: [{ ...TC1, maxPoints: 0 }] })))).toMatchObject({
      code: 'CRITERIA_INVALID',
      field: 'criteria[0].maxPoints',
    });
    expect(refused(when(null, launch({ criteria: [{ ...TC1, weight: -2 }] }))).field).toBe('criteria[0].weight');
    expect(refused(when(null, launch({ criteria: [TC1, TC1] }))).field).toBe('criteria[1].criterionId');
  });

  it('changes the criteria while the campaign is open, old → new, and not once it is closed', () => {
    const open = given<CampaignState>([launch({ criteria: [TC1] })]);
    const tc2 = { criterionId: 'TC-2', name: 'Phong trào', weight: 1, maxPoints: 20 };
    const change: CampaignCommand = {
      type: 'ChangeCampaign',
      campaignId: 'TONG-KET-2026',
      criteria: [TC1, tc2],
      reason: WHY,
    };
    const [event] = accepted(when(open, change));
    expect(event).toMatchObject({ type: 'CampaignChanged', data: { changes: [{ field: 'criteria' }] } });
    expect(evolveCampaign(open, event as CampaignEvent)!.criteria!.map((c) => c.criterionId)).toEqual(['TC-1', 'TC-2']);
    expect(refused(when(open, { ...change, criteria: [{ ...tc2, maxPoints: -1 }] })).code).toBe('CRITERIA_INVALID');
    const closed = given<CampaignState>([
      launch({ criteria: [TC1] }),
      { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: WHY },
    ]);
    expect(refused(when(closed, change)).code).toBe('CAMPAIGN_CLOSED');
  });
});
