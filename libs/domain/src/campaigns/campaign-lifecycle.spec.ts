import { VIETNAM_CALENDAR } from '../calendar';
import type { CampaignState } from '../directory/directory.types';
import { checkEligibility } from '../eligibility/eligibility';
import { NO_FACTS } from '../eligibility/facts';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { CAMPAIGN_REFUSAL_CODES } from './campaign-refusal-codes';
import {
  campaignReminder,
  dueReminders,
  nextWake,
  plannedKey,
  reminderPlan,
  workingDaysBefore,
} from './campaign-reminders';
import { checkCampaignWindows, registrationOpenOn } from './campaign-windows';
import { decideRegistration, evolveRegistration, registeredTitles } from './registration.decider';
import type { RegistrationCommand, RegistrationContext, RegistrationState } from './registration.types';
import { parseRegistrationStreamId, registrationStreamId } from './registration.types';
import { isRefusal, type Refusal } from '../refusal';

const campaign: CampaignState = {
  campaignId: 'TD-2027',
  name: 'Thi đua năm học 2026-2027',
  unitId: 'SO-GD',
  level: 'DEPARTMENT',
  kind: 'ANNUAL',
  year: 2027,
  filingOpensOn: '2027-05-01',
  filingClosesOn: '2027-06-30',
  awards: ['LDTT', 'CSTD_CS', 'TTLDTT'],
  councilId: 'HD-SO-GD',
  status: 'OPEN',
  registrationOpensOn: '2026-09-01',
  registrationClosesOn: '2026-09-30',
  evaluationOpensOn: '2027-05-04',
  evaluationClosesOn: '2027-05-28',
};
const officer = { userId: 'cb-cva', role: 'UNIT_OFFICER', unitId: 'THPT-CVA' };
const ctx = (over: Partial<RegistrationContext> = {}): RegistrationContext => ({
  actor: officer,
  today: '2026-09-15',
  campaign,
  unitPath: ['UBND-TP', 'SO-GD', 'THPT-CVA'],
  awardSubjects: Object.fromEntries(Object.values(SEED_RULE_SET.awards).map((a) => [a.code, a.subjects])),
  ...over,
});
const lan = { subject: 'INDIVIDUAL' as const, key: 'THPT-CVA:nguyễn thị lan', name: 'Nguyễn Thị Lan' };
const register = (
  over: Partial<Extract<RegistrationCommand, { type: 'RegisterTitle' }>> = {},
): RegistrationCommand => ({
  type: 'RegisterTitle',
  registrationId: 'r1',
  campaignId: 'TD-2027',
  unitId: 'THPT-CVA',
  awardCode: 'LDTT',
  nominee: lan,
  ...over,
});
const withdraw = {
  type: 'WithdrawRegistration',
  registrationId: 'r1',
  campaignId: 'TD-2027',
  unitId: 'THPT-CVA',
} as const;
const run = (state: RegistrationState | null, cmd: RegistrationCommand, c = ctx()) => {
  const out = decideRegistration(state, cmd, c);
  if (isRefusal(out)) throw new Error(out.messageEn);
  return out.reduce<RegistrationState | null>(evolveRegistration, state);
};
const refused = (out: unknown): Refusal => {
  expect(isRefusal(out)).toBe(true);
  const r = out as Refusal;
  expect(r.messageVi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  return r;
};
const produced = new Set<string>();
const expectCode = (out: unknown, code: string, field?: string) => {
  const r = refused(out);
  expect(r.code).toBe(code);
  if (field) expect(r.field).toBe(field);
  produced.add(r.code);
  return r;
};

describe('campaign windows', () => {
  it('accepts ordered windows and none at all', () => {
    expect(checkCampaignWindows(campaign)).toBeUndefined();
    expect(checkCampaignWindows({})).toBeUndefined();
    expect(
      checkCampaignWindows({ registrationOpensOn: '2026-09-01', registrationClosesOn: '2026-09-01' }),
    ).toBeUndefined();
  });
  it('refuses a window with one end, dates out of order, evaluation before registration closes and impossible dates', () => {
    expectCode(
      checkCampaignWindows({ registrationOpensOn: '2026-09-01' }),
      'CAMPAIGN_WINDOW_INVALID',
      'registrationClosesOn',
    );
    expectCode(
      checkCampaignWindows({ ...campaign, registrationClosesOn: '2026-08-31' }),
      'CAMPAIGN_WINDOW_INVALID',
      'registrationClosesOn',
    );
    const r = expectCode(
      checkCampaignWindows({ ...campaign, evaluationOpensOn: '2026-09-30' }),
      'CAMPAIGN_WINDOW_INVALID',
      'evaluationOpensOn',
    );
    expect(r.messageVi).toBe(
      'Ngày bắt đầu đánh giá, chấm điểm (30/09/2026) phải sau hạn chót đăng ký thi đua (30/09/2026).',
    );
    expectCode(
      checkCampaignWindows({ ...campaign, evaluationClosesOn: '2027-05-03' }),
      'CAMPAIGN_WINDOW_INVALID',
      'evaluationClosesOn',
    );
    expectCode(checkCampaignWindows({ ...campaign, evaluationClosesOn: '2027-02-30' }), 'CAMPAIGN_WINDOW_INVALID');
    expectCode(
      checkCampaignWindows({ evaluationOpensOn: '2027-05-04', evaluationClosesOn: '2027-05-28' }),
      'CAMPAIGN_WINDOW_INVALID',
      'registrationOpensOn',
    );
  });
  it('opens registration on its days only (Việt Nam dates), never on a campaign without a window', () => {
    expect(registrationOpenOn(campaign, '2026-09-30')).toBeUndefined();
    const late = expectCode(registrationOpenOn(campaign, '2026-10-01'), 'REGISTRATION_NOT_OPEN', 'campaignId');
    expect(late.messageVi).toContain('Đã quá hạn đăng ký thi đua');
    expect(late.messageVi).toContain('30/09/2026');
    expect(refused(registrationOpenOn(campaign, '2026-08-31')).messageVi).toContain('Chưa đến thời hạn');
    const { registrationOpensOn: _o, registrationClosesOn: _c, ...old } = campaign;
    expectCode(registrationOpenOn(old, '2026-09-15'), 'REGISTRATION_NOT_OFFERED');
    expectCode(registrationOpenOn({ ...campaign, status: 'CLOSED' }, '2026-09-15'), 'REGISTRATION_CAMPAIGN_CLOSED');
  });
});

describe('registration (đăng ký thi đua)', () => {
  it('records a title registered, then refuses the same title and person again, and lists what is registered', () => {
    const s = run(null, register());
    expect(s?.registrations).toEqual([
      expect.objectContaining({
        registrationId: 'r1',
        awardCode: 'LDTT',
        status: 'REGISTERED',
        registeredOn: '2026-09-15',
      }),
    ]);
    const again = expectCode(
      decideRegistration(s, register({ registrationId: 'r2' }), ctx()),
      'REGISTRATION_DUPLICATE',
    );
    expect(again.messageVi).toBe(
      '«Nguyễn Thị Lan» đã được đăng ký danh hiệu "LDTT" trong đợt thi đua này (ngày 15/09/2026).',
    );
    expectCode(decideRegistration(s, register({ awardCode: 'CSTD_CS' }), ctx()), 'REGISTRATION_DUPLICATE');
    const two = run(s, register({ registrationId: 'r2', awardCode: 'CSTD_CS' }));
    expect(registeredTitles(two, lan.key)).toEqual(['LDTT', 'CSTD_CS']);
    expect(registeredTitles(two, 'someone-else')).toEqual([]);
  });

  it('refuses a late registration, a title not in the campaign, another unit, a person for a collective title', () => {
    expectCode(decideRegistration(null, register(), ctx({ today: '2026-10-01' })), 'REGISTRATION_NOT_OPEN');
    const off = expectCode(
      decideRegistration(null, register({ awardCode: 'BK_TINH' }), ctx()),
      'REGISTRATION_AWARD_NOT_IN_CAMPAIGN',
      'awardCode',
    );
    expect(off.messageVi).toContain('LDTT, CSTD_CS, TTLDTT');
    expectCode(
      decideRegistration(null, register({ unitId: 'THPT-KHAC' }), ctx()),
      'REGISTRATION_NOT_OWN_UNIT',
      'unitId',
    );
    expectCode(decideRegistration(null, register({ awardCode: 'TTLDTT' }), ctx()), 'REGISTRATION_SUBJECT_MISMATCH');
    expectCode(
      decideRegistration(null, register(), ctx({ unitPath: ['UBND-TP', 'SO-YT', 'BV-1'] })),
      'REGISTRATION_UNIT_NOT_IN_CAMPAIGN',
    );
    expectCode(decideRegistration(null, register(), ctx({ unitPath: null })), 'REGISTRATION_UNIT_NOT_IN_CAMPAIGN');
    expectCode(
      decideRegistration(null, register({ nominee: { ...lan, name: ' ' } }), ctx()),
      'REGISTRATION_FIELD_REQUIRED',
      'nominee.name',
    );
    expectCode(decideRegistration(null, register(), ctx({ campaign: null })), 'REGISTRATION_NOT_OFFERED');
    // The office registers for any unit of the campaign.
    const office = ctx({ actor: { userId: 'vp', role: 'TDKT_OFFICE' } });
    expect(isRefusal(decideRegistration(null, register({ unitId: 'THPT-CVA' }), office))).toBe(false);
  });

  it('withdraws a registration once, with a reason; the title may then be registered again', () => {
    const s = run(null, register());
    expectCode(decideRegistration(s, { ...withdraw, reason: '' }, ctx()), 'REGISTRATION_FIELD_REQUIRED', 'reason');
    expectCode(
      decideRegistration(s, { ...withdraw, registrationId: 'r9', reason: 'x' }, ctx()),
      'REGISTRATION_NOT_FOUND',
    );
    const w = run(s, { ...withdraw, reason: 'Chuyển công tác' });
    expect(w?.registrations[0]).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnOn: '2026-09-15',
      withdrawalReason: 'Chuyển công tác',
    });
    expectCode(decideRegistration(w, { ...withdraw, reason: 'lại' }, ctx()), 'REGISTRATION_ALREADY_WITHDRAWN');
    expect(registeredTitles(w, lan.key)).toEqual([]);
    expect(isRefusal(decideRegistration(w, register({ registrationId: 'r3' }), ctx()))).toBe(false);
  });

  it('names each missing part of a registration, and keeps the name and identifier as trimmed', () => {
    expectCode(
      decideRegistration(null, register({ awardCode: ' ' }), ctx()),
      'REGISTRATION_FIELD_REQUIRED',
      'awardCode',
    );
    const noSubject = { ...lan, subject: 'HOUSEHOLD' } as unknown as typeof lan;
    expectCode(
      decideRegistration(null, register({ nominee: noSubject }), ctx()),
      'REGISTRATION_FIELD_REQUIRED',
      'nominee.subject',
    );
    expectCode(
      decideRegistration(null, register({ nominee: undefined as unknown as typeof lan }), ctx()),
      'REGISTRATION_FIELD_REQUIRED',
      'nominee.subject',
    );
    expectCode(
      decideRegistration(null, register({ nominee: { ...lan, key: '  ' } }), ctx()),
      'REGISTRATION_FIELD_REQUIRED',
      'nominee.key',
    );
    const s = run(null, register({ nominee: { ...lan, key: `  ${lan.key} `, name: ' Nguyễn Thị Lan  ' } }));
    expect(s?.registrations[0]?.nominee).toEqual(lan);
    const again = expectCode(
      decideRegistration(s, register({ registrationId: 'r2' }), ctx()),
      'REGISTRATION_DUPLICATE',
    );
    expect(again.messageVi).toContain('«Nguyễn Thị Lan»');
  });

  it('refuses a withdrawal once the campaign is closed, and records the reason trimmed', () => {
    const s = run(null, register());
    expectCode(
      decideRegistration(
        s,
        { ...withdraw, reason: 'Chuyển công tác' },
        ctx({ campaign: { ...campaign, status: 'CLOSED' } }),
      ),
      'REGISTRATION_CAMPAIGN_CLOSED',
      'campaignId',
    );
    expect(run(s, { ...withdraw, reason: '  Chuyển công tác ' })?.registrations[0]?.withdrawalReason).toBe(
      'Chuyển công tác',
    );
  });

  it('keys its stream per campaign and unit', () => {
    expect(registrationStreamId('TD-2027', 'THPT-CVA')).toBe('registration-TD-2027.THPT-CVA');
    expect(parseRegistrationStreamId('registration-TD-2027.THPT-CVA')).toEqual({
      campaignId: 'TD-2027',
      unitId: 'THPT-CVA',
    });
    expect(parseRegistrationStreamId('campaign-TD-2027')).toBeUndefined();
  });
});

describe('registration as a prerequisite of the rule set', () => {
  const check = (registration?: { campaignId: string; awardCodes: string[] }) =>
    checkEligibility({
      nominationId: 'n',
      award: SEED_RULE_SET.awards.LDTT,
      awards: SEED_RULE_SET.awards,
      chainCountingKinds: SEED_RULE_SET.chainCountingKinds,
      subject: 'INDIVIDUAL',
      year: 2026,
      kind: 'CONG_TRANG',
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
      facts: { ...NO_FACTS, ...(registration ? { registration } : {}) },
      today: '2026-11-20',
    });
  it('refuses «Lao động tiên tiến» without a registration in a campaign that takes them, admits it with one', () => {
    const r = expectCode(check({ campaignId: 'TD-2027', awardCodes: ['CSTD_CS'] }), 'REGISTRATION_REQUIRED', 'nominee');
    expect(r.messageVi).toContain('«Lao động tiên tiến» chỉ được đề nghị khi người/tập thể được đề nghị đã đăng ký');
    expect(check({ campaignId: 'TD-2027', awardCodes: ['LDTT'] })).toBeUndefined();
    // A campaign without registration (and every history recorded before it) reads no registration facts.
    expect(check()).toBeUndefined();
  });
  it('is a rule of the rule set: without it the same nominee passes unregistered', () => {
    const award = {
      ...SEED_RULE_SET.awards.LDTT,
      prerequisites: SEED_RULE_SET.awards.LDTT.prerequisites.filter((p) => p.type !== 'REGISTERED'),
    };
    const out = checkEligibility({
      nominationId: 'n',
      award,
      awards: SEED_RULE_SET.awards,
      chainCountingKinds: SEED_RULE_SET.chainCountingKinds,
      subject: 'INDIVIDUAL',
      year: 2026,
      kind: 'CONG_TRANG',
      achievements: { ratings: [{ year: 2026, rating: 'HOAN_THANH_TOT' }] },
      facts: { ...NO_FACTS, registration: { campaignId: 'TD-2027', awardCodes: [] } },
      today: '2026-11-20',
    });
    expect(out).toBeUndefined();
  });
});

describe('reminders before the deadlines', () => {
  const policy = { workingDaysBefore: [5, 1] };
  it('counts working days back over weekends and holidays', () => {
    // Wednesday 30/09/2026: 1 working day before is Tuesday 29/09; 5 are Wednesday 23/09.
    expect(workingDaysBefore(VIETNAM_CALENDAR, '2026-09-30', 1)).toBe('2026-09-29');
    expect(workingDaysBefore(VIETNAM_CALENDAR, '2026-09-30', 5)).toBe('2026-09-23');
    // Monday 07/09/2026: the day before it is a working day of the week before (the weekend skipped).
    const d = workingDaysBefore(VIETNAM_CALENDAR, '2026-09-07', 1);
    expect(VIETNAM_CALENDAR.isWorkingDay(d)).toBe(true);
    expect(d < '2026-09-07' && d >= '2026-09-01').toBe(true);
  });
  it('plans each deadline at 08:00 ICT of its reminder days, earliest first', () => {
    const plan = reminderPlan(campaign, VIETNAM_CALENDAR, policy);
    expect(plan.map((p) => [p.kind, p.workingDaysBefore, p.dueAt])).toEqual([
      ['CAMPAIGN_REGISTRATION_CLOSING', 5, '2026-09-23T01:00:00.000Z'],
      ['CAMPAIGN_REGISTRATION_CLOSING', 1, '2026-09-29T01:00:00.000Z'],
      ['CAMPAIGN_EVALUATION_CLOSING', 5, '2027-05-21T01:00:00.000Z'],
      ['CAMPAIGN_EVALUATION_CLOSING', 1, '2027-05-27T01:00:00.000Z'],
    ]);
    const {
      registrationClosesOn: _r,
      registrationOpensOn: _o,
      evaluationClosesOn: _e,
      evaluationOpensOn: _f,
      ...old
    } = campaign;
    expect(reminderPlan(old, VIETNAM_CALENDAR, policy)).toEqual([]);
    expect(nextWake(old, [], new Set())).toBeUndefined();
  });
  it('sends only the nearest due reminder of a deadline not passed, and wakes next at the next one', () => {
    const plan = reminderPlan(campaign, VIETNAM_CALENDAR, policy);
    const none = dueReminders(plan, new Set(), new Date('2026-09-22T00:00:00Z'));
    expect(none).toEqual({ send: [], settled: [] });
    const late = dueReminders(plan, new Set(), new Date('2026-09-29T05:00:00Z'));
    expect(late.send.map(plannedKey)).toEqual(['CAMPAIGN_REGISTRATION_CLOSING:2026-09-30:1']);
    expect(late.settled).toHaveLength(2);
    const sent = new Set(late.settled);
    expect(nextWake(campaign, plan, sent)?.toISOString()).toBe('2027-05-21T01:00:00.000Z');
    // Past the deadline nothing is sent for it any more.
    expect(dueReminders(plan, new Set(), new Date('2026-10-01T00:00:00Z')).send.map((p) => p.kind)).toEqual([]);
    const all = new Set(plan.map(plannedKey));
    expect(nextWake(campaign, plan, all)?.toISOString()).toBe('2027-05-28T17:00:00.000Z');
  });
  it('words a reminder for one unit, keyed so a retried delivery is the same delivery', () => {
    const [p] = reminderPlan(campaign, VIETNAM_CALENDAR, policy);
    const r = campaignReminder(
      campaign,
      p,
      { unitId: 'THPT-CVA', name: 'Trường THPT Chu Văn An' },
      new Date('2026-09-23T01:00:00Z'),
    );
    expect(r).toMatchObject({
      idempotencyKey: 'TD-2027:CAMPAIGN_REGISTRATION_CLOSING:2026-09-30:5:THPT-CVA',
      kind: 'CAMPAIGN_REGISTRATION_CLOSING',
      unitId: 'THPT-CVA',
      messageVi:
        'Đơn vị «Trường THPT Chu Văn An» chưa đăng ký thi đua trong đợt «Thi đua năm học 2026-2027»; hạn chót đăng ký là hết ngày 30/09/2026 (còn 5 ngày làm việc).',
    });
  });
});

describe('the campaign refusal catalogue', () => {
  it('has each code produced above', () => {
    expect([...produced].sort()).toEqual([...CAMPAIGN_REFUSAL_CODES].sort());
  });
});
