import { isRefusal } from '../refusal';
import { checkEligibility } from '../eligibility/eligibility';
import type { Achievements, RecognisedInitiative } from '../eligibility/facts';
import { countedInitiatives, countInitiatives } from '../eligibility/initiative-counts';
import { SEED_RULE_SET } from '../rules/seed-rule-set';
import { decideInitiative, evolveInitiative } from './initiative.decider';
import { INITIATIVE_REFUSAL_CODES } from './initiative-refusal-codes';
import type { InitiativeCommand, InitiativeContext, InitiativeEvent, InitiativeState } from './initiative.types';

const today = '2026-11-20';
const office: InitiativeContext = { actor: { userId: 'ban-tdkt', role: 'TDKT_OFFICE' }, today, unitKnown: true };
const officer: InitiativeContext = {
  actor: { userId: 'cb-so-gd', role: 'UNIT_OFFICER', unitId: 'SO-GD' },
  today,
  unitKnown: true,
};
const filing: Extract<InitiativeCommand, { type: 'FileInitiative' }> = {
  type: 'FileInitiative',
  initiativeId: 'SK-1',
  title: '  Số hoá hồ sơ học sinh ',
  unitId: 'SO-GD',
  year: 2025,
  authors: [
    { key: 'CCCD-001', name: 'Nguyễn Thị Lan', userId: 'ban-tdkt-2' },
    { key: 'CCCD-002', name: 'Trần Văn Minh' },
  ],
};
const assess = (c: Partial<Extract<InitiativeCommand, { type: 'AssessInitiative' }>> = {}): InitiativeCommand => ({
  type: 'AssessInitiative',
  initiativeId: 'SK-1',
  recognised: true,
  scope: 'UNIT',
  decidedOn: '2026-03-02',
  ...c,
});

const fold = (events: InitiativeEvent[], from: InitiativeState | null = null) =>
  events.reduce<InitiativeState | null>(evolveInitiative, from);
const filed = () => {
  const events = decideInitiative(null, filing, office);
  if (isRefusal(events)) throw new Error(events.messageEn);
  return fold(events)!;
};
const codeOf = (state: InitiativeState | null, c: InitiativeCommand, ctx = office) => {
  const r = decideInitiative(state, c, ctx);
  return isRefusal(r) ? r.code : 'RECORDED';
};

describe('the initiative registry: filing and assessment', () => {
  it('files an initiative, trimmed, with its authors keyed as nominees are, and who filed it when', () => {
    expect(filed()).toEqual({
      initiativeId: 'SK-1',
      title: 'Số hoá hồ sơ học sinh',
      unitId: 'SO-GD',
      year: 2025,
      authors: filing.authors,
      status: 'FILED',
      filedBy: 'ban-tdkt',
      filedOn: today,
    });
  });

  it('recognises it with a scope and a date, and a second assessment is refused', () => {
    const events = decideInitiative(filed(), assess(), office);
    expect(events).toEqual([
      {
        type: 'InitiativeAssessed',
        data: { recognised: true, scope: 'UNIT', decidedOn: '2026-03-02', assessedBy: 'ban-tdkt' },
      },
    ]);
    const recognised = fold(events as InitiativeEvent[], filed())!;
    expect(recognised.status).toBe('RECOGNISED');
    expect(codeOf(recognised, assess({ scope: 'NATIONAL' }))).toBe('INITIATIVE_ALREADY_ASSESSED');
    expect(codeOf(recognised, assess({ recognised: false, reason: 'Trùng' }))).toBe('INITIATIVE_ALREADY_ASSESSED');
  });

  it('records a refusal to recognise with its reason, without a scope', () => {
    const events = decideInitiative(
      filed(),
      assess({ recognised: false, scope: 'NATIONAL', reason: ' Trùng ' }),
      office,
    );
    expect(events).toEqual([
      {
        type: 'InitiativeAssessed',
        data: { recognised: false, decidedOn: '2026-03-02', reason: 'Trùng', assessedBy: 'ban-tdkt' },
      },
    ]);
    expect(fold(events as InitiativeEvent[], filed())!.status).toBe('NOT_RECOGNISED');
  });

  it.each<[string, InitiativeState | null, InitiativeCommand, InitiativeContext, string]>([
    ['an empty title', null, { ...filing, title: '   ' }, office, 'INITIATIVE_FIELD_REQUIRED'],
    ['no author', null, { ...filing, authors: [] }, office, 'INITIATIVE_FIELD_REQUIRED'],
    [
      'an author without a name',
      null,
      { ...filing, authors: [{ key: 'K', name: ' ' }] },
      office,
      'INITIATIVE_FIELD_REQUIRED',
    ],
    [
      'an author listed twice',
      null,
      { ...filing, authors: [filing.authors[0]!, { key: 'CCCD-001 ', name: 'Lan' }] },
      office,
      'INITIATIVE_AUTHOR_TWICE',
    ],
    ['another unit, by a unit officer', null, { ...filing, unitId: 'SO-YT' }, officer, 'INITIATIVE_NOT_OWN_UNIT'],
    [
      'an unknown unit',
      null,
      { ...filing, unitId: 'KHONG-CO' },
      { ...office, unitKnown: false },
      'INITIATIVE_UNIT_UNKNOWN',
    ],
    ['a year to come', null, { ...filing, year: 2027 }, office, 'INITIATIVE_DATE_INVALID'],
    ['an assessment of an unknown initiative', null, assess(), office, 'INITIATIVE_NOT_FOUND'],
    [
      'an author assessing their own initiative (by account)',
      filed(),
      assess(),
      { ...office, actor: { userId: 'ban-tdkt-2', role: 'TDKT_OFFICE' } },
      'ASSESSOR_IS_AUTHOR',
    ],
    [
      'an author assessing their own initiative (by key)',
      filed(),
      assess(),
      { ...office, actor: { userId: 'CCCD-002', role: 'TDKT_OFFICE' } },
      'ASSESSOR_IS_AUTHOR',
    ],
    ['a recognition without a scope', filed(), assess({ scope: undefined }), office, 'INITIATIVE_FIELD_REQUIRED'],
    [
      'a refusal without a reason',
      filed(),
      assess({ recognised: false, reason: ' ' }),
      office,
      'INITIATIVE_FIELD_REQUIRED',
    ],
    ['a date in the future', filed(), assess({ decidedOn: '2026-11-21' }), office, 'INITIATIVE_DATE_INVALID'],
    [
      "a date before the initiative's year",
      filed(),
      assess({ decidedOn: '2024-12-31' }),
      office,
      'INITIATIVE_DATE_INVALID',
    ],
  ])('refuses %s, recording nothing', (_, state, command, ctx, code) => {
    const r = decideInitiative(state, command, ctx);
    expect(isRefusal(r) && { code: r.code, vi: /[ạảãáàâăđêôơư]/i.test(r.messageVi) }).toEqual({ code, vi: true });
  });

  it('refuses a filing of an initiative filed already', () => {
    expect(codeOf(filed(), filing)).toBe('INITIATIVE_EXISTS');
  });

  it('lets a unit officer file for their own unit', () => {
    expect(codeOf(null, filing, officer)).toBe('RECORDED');
  });

  it('covers exactly INITIATIVE_REFUSAL_CODES', () => {
    const produced = new Set([
      codeOf(null, { ...filing, title: '' }),
      codeOf(null, { ...filing, unitId: 'X' }, { ...office, unitKnown: false }),
      codeOf(null, { ...filing, unitId: 'X' }, officer),
      codeOf(null, { ...filing, year: 2030 }),
      codeOf(null, { ...filing, authors: [filing.authors[0]!, filing.authors[0]!] }),
      codeOf(filed(), filing),
      codeOf(null, assess()),
      codeOf(fold(decideInitiative(filed(), assess(), office) as InitiativeEvent[], filed()), assess()),
      codeOf(filed(), assess(), { ...office, actor: { userId: 'ban-tdkt-2', role: 'TDKT_OFFICE' } }),
    ]);
    expect([...produced].sort()).toEqual([...INITIATIVE_REFUSAL_CODES].sort());
  });
});

describe('CSTĐ cơ sở: an initiative from the registry, as declared, or both (Law art. 23)', () => {
  const rs = SEED_RULE_SET;
  const recognised = (title: string, recognisedOn = '2026-03-02', scope: RecognisedInitiative['scope'] = 'UNIT') => ({
    initiativeId: `SK-${title}`,
    title,
    scope,
    year: 2025,
    recognisedOn,
  });
  const check = (achievements: Achievements, initiatives?: RecognisedInitiative[]) =>
    checkEligibility({
      nominationId: 'this',
      award: rs.awards.CSTD_CS,
      awards: rs.awards,
      chainCountingKinds: rs.chainCountingKinds,
      subject: 'INDIVIDUAL',
      year: 2026,
      kind: 'CONG_TRANG',
      achievements,
      facts: {
        registry: [{ nomineeKey: 'CCCD-001', awardCode: 'LDTT', year: 2026, kind: 'CONG_TRANG' }],
        holds: [],
        pending: [],
        ...(initiatives ? { initiatives } : {}),
      },
      today,
    })?.code;

  it('is refused with no initiative declared and none in the registry', () => {
    expect(check({}, [])).toBe('PREREQUISITE_NOT_MET');
    expect(check({})).toBe('PREREQUISITE_NOT_MET');
  });

  it('is met by a recognised initiative in the registry that the unit did not declare', () => {
    expect(check({}, [recognised('Số hoá hồ sơ')])).toBeUndefined();
  });

  it('does not count a recognition older than three years', () => {
    expect(check({}, [recognised('Cũ', '2023-06-01')])).toBe('PREREQUISITE_NOT_MET');
    expect(check({}, [recognised('Vừa đủ', '2024-06-01')])).toBeUndefined();
  });

  it('still counts a declared initiative the registry does not know (histories before the registry: declared alone)', () => {
    const declared: Achievements = { initiatives: [{ title: 'Kê khai', scope: 'UNIT', year: 2026 }] };
    expect(check(declared, [])).toBeUndefined();
    expect(check(declared)).toBeUndefined();
  });

  it("reads a declared initiative the registry knows by the registry's record, not the declaration", () => {
    // Declared national in 2026; the registry recognised it at unit scope in 2022, outside the window.
    const declared: Achievements = { initiatives: [{ title: 'số hoá  HỒ SƠ', scope: 'NATIONAL', year: 2026 }] };
    expect(check(declared, [recognised('Số hoá hồ sơ', '2022-05-01')])).toBe('PREREQUISITE_NOT_MET');
  });

  it('says where the counted initiatives came from: REGISTRY, DECLARED or MIXED, naming the declared ones', () => {
    const reg = [recognised('Số hoá hồ sơ')];
    const declaredKnown = [{ title: 'Số hoá hồ sơ', scope: 'UNIT' as const, year: 2025 }];
    const declaredNew = [{ title: 'Sổ tay số', scope: 'UNIT' as const, year: 2026 }];
    expect(countInitiatives(declaredKnown, { initiatives: reg })).toMatchObject({
      source: 'REGISTRY',
      declaredOnly: [],
    });
    expect(countInitiatives(declaredNew, { initiatives: [] })).toEqual({
      source: 'DECLARED',
      fromRegistry: [],
      declaredOnly: declaredNew,
    });
    expect(countInitiatives([...declaredKnown, ...declaredNew], { initiatives: reg })).toEqual({
      source: 'MIXED',
      fromRegistry: [{ initiativeId: 'SK-Số hoá hồ sơ', title: 'Số hoá hồ sơ', scope: 'UNIT', year: 2026 }],
      declaredOnly: declaredNew,
    });
  });

  it('records the counts on submission only for an award that asks for an initiative, and only with registry facts', () => {
    const rules = { award: rs.awards.CSTD_CS };
    const achievements: Achievements = { initiatives: [{ title: 'Kê khai', scope: 'UNIT', year: 2026 }] };
    expect(countedInitiatives(achievements, rules, { initiatives: [] })?.source).toBe('DECLARED');
    expect(countedInitiatives(achievements, rules, {})).toBeUndefined();
    expect(countedInitiatives(achievements, { award: rs.awards.LDTT }, { initiatives: [] })).toBeUndefined();
    expect(countedInitiatives({}, rules, { initiatives: [] })).toBeUndefined();
  });
});
