import { campaignOpenForFiling, evolveCampaign } from './campaign.decider';
import type { CampaignCommand } from './directory.commands';
import type { CampaignEvent, DirectoryEvent } from './directory.events';
import type { CampaignState } from './directory.types';
import { accepted, ctx, given, refused, when, WHY } from './testing/fixtures';

/** The record after an event (the deciders answer with the directory's events). */
const evolve = (state: CampaignState | null, event: DirectoryEvent) => evolveCampaign(state, event as CampaignEvent);

type Launch = Extract<CampaignCommand, { type: 'LaunchCampaign' }>;
const launch = (over: Partial<Launch> = {}): CampaignCommand => ({
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
const change = (over: Record<string, unknown>): CampaignCommand =>
  ({ type: 'ChangeCampaign', campaignId: 'TONG-KET-2026', reason: WHY, ...over }) as CampaignCommand;
const open = () => given<CampaignState>([launch()]);
const closed = () =>
  given<CampaignState>([launch(), { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: WHY }]);
const TC1 = { criterionId: 'TC-1', name: ' Hoàn thành nhiệm vụ ', weight: 2, maxPoints: 40 };

describe('campaigns: what a launch records', () => {
  it("every field old → new, the name trimmed, the launching unit's level, open", () => {
    const [e] = accepted(when(null, launch({ name: '  Tổng kết năm 2026 ' })));
    if (e!.type !== 'CampaignLaunched') throw new Error('not a launch');
    const campaign = {
      campaignId: 'TONG-KET-2026',
      name: 'Tổng kết năm 2026',
      unitId: 'UBND-TP',
      level: 'PROVINCE',
      kind: 'ANNUAL',
      year: 2026,
      filingOpensOn: '2026-11-01',
      filingClosesOn: '2026-12-15',
      awards: ['BK_TINH', 'CSTD_TINH'],
      councilId: 'HD-TP',
      status: 'OPEN',
    };
    expect(e!.data).toEqual({
      campaign,
      reason: WHY,
      changes: Object.entries(campaign).map(([field, to]) => ({ field, from: null, to })),
    });
    expect(evolve(null, e!)).toEqual(campaign);
  });

  it('keeps only the windows given, and criteria normalised, both in its changes', () => {
    const [e] = accepted(
      when(
        null,
        launch({
          registrationOpensOn: '2026-02-01',
          registrationClosesOn: '2026-02-28',
          criteria: [TC1],
        } as Partial<Launch>),
      ),
    );
    if (e!.type !== 'CampaignLaunched') throw new Error('not a launch');
    expect(e!.data.campaign).toMatchObject({ registrationOpensOn: '2026-02-01', registrationClosesOn: '2026-02-28' });
    expect(Object.keys(e!.data.campaign)).not.toContain('evaluationOpensOn');
    expect(e!.data.campaign.criteria).toEqual([
      { criterionId: 'TC-1', name: 'Hoàn thành nhiệm vụ', weight: 2, maxPoints: 40 },
    ]);
    expect(e!.data.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['criteria', 'registrationOpensOn', 'registrationClosesOn']),
    );
    expect(e!.data.changes.map((c) => c.field)).not.toContain('evaluationOpensOn');
  });

  it('takes a window of one day, and the years 2000 and 2100', () => {
    expect(accepted(when(null, launch({ filingClosesOn: '2026-11-01' })))).toHaveLength(1);
    expect(accepted(when(null, launch({ year: 2000 })))).toHaveLength(1);
    expect(accepted(when(null, launch({ year: 2100 })))).toHaveLength(1);
  });
});

describe('campaigns: each refusal of a launch names its field in words', () => {
  it.each<[string, Partial<Launch>, string, string, RegExp]>([
    ['a code in lower case', { campaignId: 'tk-2026' }, 'INVALID_RECORD_CODE', 'campaignId', /^Mã đợt thi đua/],
    ['no name', { name: '' }, 'FIELD_REQUIRED', 'name', /tên đợt thi đua/],
    ['an unknown kind', { kind: 'WEEKLY' as never }, 'INVALID_VALUE', 'kind', /"WEEKLY".*loại phong trào/],
    ['the year 1999', { year: 1999 }, 'INVALID_VALUE', 'year', /"1999".*năm của đợt thi đua/],
    ['the year 2101', { year: 2101 }, 'INVALID_VALUE', 'year', /"2101"/],
    ['a year with a fraction', { year: 2026.5 }, 'INVALID_VALUE', 'year', /"2026.5"/],
    ['no reason', { reason: ' ' }, 'FIELD_REQUIRED', 'reason', /lý do/],
    [
      'a launching unit unknown',
      { unitId: 'SO-MA' },
      'UNIT_NOT_ACTIVE',
      'unitId',
      /^Đơn vị phát động "SO-MA".*01\/03\/2026/,
    ],
    ['a launching unit closed', { unitId: 'HUYEN-CU' }, 'UNIT_NOT_ACTIVE', 'unitId', /"HUYEN-CU"/],
    [
      'a first filing day that is no date',
      { filingOpensOn: '2026-11-31' },
      'INVALID_VALUE',
      'filingOpensOn',
      /^Ngày bắt đầu nhận hồ sơ/,
    ],
    [
      'a last filing day that is no date',
      { filingClosesOn: '15/12/2026' },
      'INVALID_VALUE',
      'filingClosesOn',
      /^Ngày kết thúc nhận hồ sơ/,
    ],
    [
      'a window closing before it opens',
      { filingClosesOn: '2026-10-31' },
      'INVALID_PERIOD',
      'filingClosesOn',
      /31\/10\/2026 trước ngày bắt đầu 01\/11\/2026/,
    ],
    ['a council unknown', { councilId: 'HD-MA' }, 'COUNCIL_UNKNOWN', 'councilId', /"HD-MA"/],
    [
      'no awards',
      { awards: [] },
      'FIELD_REQUIRED',
      'awards',
      /danh hiệu, hình thức khen thưởng của đợt \(không trùng lặp\)/,
    ],
    ['an award twice', { awards: ['BK_TINH', 'BK_TINH'] }, 'FIELD_REQUIRED', 'awards', /không trùng lặp/],
    ['criteria that are no list', { criteria: 'TC-1' as never }, 'CRITERIA_INVALID', 'criteria', /./],
    ['an unknown award', { awards: ['BK_TINH', 'KHONG_CO'] }, 'UNKNOWN_AWARD', 'awards', /KHONG_CO/],
    [
      'a registration window closing before it opens',
      { registrationOpensOn: '2026-03-01', registrationClosesOn: '2026-02-01' } as Partial<Launch>,
      'CAMPAIGN_WINDOW_INVALID',
      'registrationClosesOn',
      /./,
    ],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(null, launch(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('refuses a second launch of the same code, checking the unit on the day of the launch', () => {
    expect(refused(when(open(), launch()))).toMatchObject({ code: 'DIRECTORY_RECORD_EXISTS', field: 'campaignId' });
    const commune = launch({ unitId: 'XA-AN-KHANH', councilId: 'HD-TP', awards: ['GK_XA'] });
    expect(refused(when(null, commune, ctx({}, '2025-06-30'))).code).toBe('UNIT_NOT_ACTIVE');
  });
});

describe('campaigns: changing, closing, reopening', () => {
  it('records what differs only, and the record takes it', () => {
    const [e] = accepted(
      when(open(), change({ name: 'Tổng kết năm 2026', filingOpensOn: '2026-11-01', awards: ['BK_TINH'] })),
    );
    expect(e).toEqual({
      type: 'CampaignChanged',
      data: {
        campaignId: 'TONG-KET-2026',
        set: { name: 'Tổng kết năm 2026', awards: ['BK_TINH'] },
        reason: WHY,
        changes: [
          { field: 'name', from: 'Tổng kết phong trào thi đua năm 2026', to: 'Tổng kết năm 2026' },
          { field: 'awards', from: ['BK_TINH', 'CSTD_TINH'], to: ['BK_TINH'] },
        ],
      },
    });
    expect(evolve(open(), e as CampaignEvent)).toMatchObject({
      name: 'Tổng kết năm 2026',
      awards: ['BK_TINH'],
      year: 2026,
    });
    expect(when(open(), change({ name: 'Tổng kết phong trào thi đua năm 2026' }))).toEqual([]);
  });

  it('checks the terms as they would be after the change', () => {
    expect(refused(when(open(), change({ filingOpensOn: '2026-12-16' })))).toMatchObject({
      code: 'INVALID_PERIOD',
      field: 'filingClosesOn',
    });
    expect(refused(when(open(), change({ awards: ['BK_TTG'] }))).code).toBe('AWARD_NOT_IN_COMPETENCE');
    expect(refused(when(open(), change({ name: ' ' })))).toMatchObject({ code: 'FIELD_REQUIRED', field: 'name' });
    expect(refused(when(open(), change({ criteria: {} })))).toMatchObject({
      code: 'CRITERIA_INVALID',
      field: 'criteria',
    });
    const [withCriteria] = accepted(when(open(), change({ criteria: [TC1] })));
    expect((withCriteria as Extract<CampaignEvent, { type: 'CampaignChanged' }>).data.set.criteria![0]!.name).toBe(
      'Hoàn thành nhiệm vụ',
    );
  });

  it('refuses a command for a campaign not launched, and a change with no reason', () => {
    expect(refused(when(null, change({ name: 'X' }))).messageVi).toBe(
      'Đợt thi đua mã "TONG-KET-2026" không có trong danh mục.',
    );
    expect(refused(when(open(), change({ name: 'X', reason: '' })))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'reason',
    });
    expect(refused(when(open(), { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: '' })).code).toBe(
      'FIELD_REQUIRED',
    );
  });

  it('closes once and reopens once, status old → new, and nothing the second time', () => {
    const [c] = accepted(when(open(), { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: WHY }));
    expect(c).toEqual({
      type: 'CampaignClosed',
      data: { campaignId: 'TONG-KET-2026', reason: WHY, changes: [{ field: 'status', from: 'OPEN', to: 'CLOSED' }] },
    });
    expect(evolve(open(), c!)!.status).toBe('CLOSED');
    expect(when(closed(), { type: 'CloseCampaign', campaignId: 'TONG-KET-2026', reason: WHY })).toEqual([]);
    expect(when(open(), { type: 'ReopenCampaign', campaignId: 'TONG-KET-2026', reason: WHY })).toEqual([]);
    const [r] = accepted(when(closed(), { type: 'ReopenCampaign', campaignId: 'TONG-KET-2026', reason: WHY }));
    expect(r!.type).toBe('CampaignReopened');
    expect(evolve(closed(), r!)!.status).toBe('OPEN');
    expect(evolve(null, r!)).toBeNull();
  });

  it('takes filings from the first to the last day, and says which day is outside', () => {
    expect(campaignOpenForFiling(open(), '2026-10-31')).toMatchObject({
      code: 'CAMPAIGN_NOT_OPEN',
      messageVi: 'Đợt thi đua nhận hồ sơ từ 01/11/2026 đến 15/12/2026; ngày 31/10/2026 nằm ngoài thời hạn này.',
    });
    expect(campaignOpenForFiling(closed(), '2026-11-15')!.messageVi).toContain('"TONG-KET-2026" đã kết thúc');
  });
});
