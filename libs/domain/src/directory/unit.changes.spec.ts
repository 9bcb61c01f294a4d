import type { UnitCommand } from './directory.commands';
import type { DirectoryEvent, UnitEvent } from './directory.events';
import type { UnitSummary } from './directory.facts';
import type { UnitState } from './directory.types';
import { accepted, ctx, given, refused, TREE, when, WHY } from './testing/fixtures';
import { evolveUnit } from './unit.decider';

/** The record after an event (the deciders answer with the directory's events). */
const evolve = (state: UnitState | null, event: DirectoryEvent) => evolveUnit(state, event as UnitEvent);

type Register = Extract<UnitCommand, { type: 'RegisterUnit' }>;
const register = (over: Partial<Register> = {}): UnitCommand => ({
  type: 'RegisterUnit',
  unitId: 'TH-KIM-LIEN',
  name: 'Trường Tiểu học Kim Liên',
  kind: 'PUBLIC_SERVICE',
  level: 'UNIT',
  parentId: 'SO-GD',
  activeFrom: '2026-01-01',
  reason: WHY,
  ...over,
});
const school = (over: Partial<Register> = {}) => given<UnitState>([register(over)]);
/** The directory's facts with the unit in the tree, under the path of its parent. */
const withUnit = (s: UnitState, units: Record<string, UnitSummary> = TREE) =>
  ctx({
    units: {
      ...units,
      [s.unitId]: { ...s, path: [...(s.parentId ? units[s.parentId]!.path : []), s.unitId] },
    },
  });
const change = (s: UnitState, over: Partial<Extract<UnitCommand, { type: 'ChangeUnit' }>>): UnitCommand => ({
  type: 'ChangeUnit',
  unitId: s.unitId,
  reason: WHY,
  ...over,
});
const close = (over: Partial<Extract<UnitCommand, { type: 'CloseUnit' }>> = {}): UnitCommand => ({
  type: 'CloseUnit',
  unitId: 'TH-KIM-LIEN',
  activeTo: '2026-06-30',
  reason: WHY,
  ...over,
});
const messageOf = (out: ReturnType<typeof when>) => refused(out).messageVi;

describe('units: what a registration records', () => {
  it('every field, old → new, the name trimmed', () => {
    const [e] = accepted(when(null, register({ name: '  Trường Tiểu học Kim Liên ', activeTo: '2026-01-01' })));
    expect(e!.data.changes).toEqual([
      { field: 'unitId', from: null, to: 'TH-KIM-LIEN' },
      { field: 'name', from: null, to: 'Trường Tiểu học Kim Liên' },
      { field: 'kind', from: null, to: 'PUBLIC_SERVICE' },
      { field: 'level', from: null, to: 'UNIT' },
      { field: 'parentId', from: null, to: 'SO-GD' },
      { field: 'signingUnitId', from: null, to: 'TH-KIM-LIEN' },
      { field: 'activeFrom', from: null, to: '2026-01-01' },
      { field: 'activeTo', from: null, to: '2026-01-01' },
    ]);
    expect(evolve(null, e!)).toEqual({
      unitId: 'TH-KIM-LIEN',
      name: 'Trường Tiểu học Kim Liên',
      kind: 'PUBLIC_SERVICE',
      level: 'UNIT',
      parentId: 'SO-GD',
      signingUnitId: 'TH-KIM-LIEN',
      activeFrom: '2026-01-01',
      activeTo: '2026-01-01',
      successorId: null,
    });
  });

  it("a root of the tree with no parent; a sub-unit signed for by its parent's signing unit unless told", () => {
    expect(
      accepted(when(null, register({ unitId: 'BO-NV', kind: 'MINISTRY', level: 'MINISTRY', parentId: null }))),
    ).toHaveLength(1);
    const tree = { ...TREE, 'THPT-CVA': { ...TREE['THPT-CVA']!, signingUnitId: 'SO-GD' } };
    const sub = register({ unitId: 'TO-TOAN', kind: 'SUB_UNIT', parentId: 'THPT-CVA' });
    expect(accepted(when(null, sub, ctx({ units: tree })))[0]!.data).toMatchObject({
      unit: { signingUnitId: 'SO-GD' },
    });
    expect(
      accepted(when(null, { ...sub, signingUnitId: 'UBND-TP' } as UnitCommand, ctx({ units: tree })))[0]!.data,
    ).toMatchObject({ unit: { signingUnitId: 'UBND-TP' } });
    expect(accepted(when(null, register({ signingUnitId: 'UBND-TP' })))[0]!.data).toMatchObject({
      unit: { signingUnitId: 'UBND-TP' },
    });
  });

  it('a district that began the day before two-tier government, but none from that day', () => {
    const district = (activeFrom: string) =>
      register({ unitId: 'HUYEN-MOI', kind: 'DISTRICT_LEGACY', level: 'DEPARTMENT', parentId: 'UBND-TP', activeFrom });
    expect(accepted(when(null, district('2025-06-30')))).toHaveLength(1);
    expect(refused(when(null, district('2025-07-01')))).toMatchObject({
      code: 'DISTRICT_LEVEL_ABOLISHED',
      field: 'kind',
    });
  });
});

describe('units: each refusal of a registration names its field in words', () => {
  const closedCity = { ...TREE, 'UBND-TP': { ...TREE['UBND-TP']!, activeFrom: '2026-06-01' } };
  it.each<[string, Partial<Register>, string, string, RegExp]>([
    ['a code with spaces', { unitId: 'TH KIM LIEN' }, 'INVALID_RECORD_CODE', 'unitId', /^Mã đơn vị không hợp lệ/],
    ['a code of 65 characters', { unitId: 'A'.repeat(65) }, 'INVALID_RECORD_CODE', 'unitId', /tối đa 64/],
    ['no name', { name: '' }, 'FIELD_REQUIRED', 'name', /tên đơn vị/],
    ['an unknown kind', { kind: 'CLUB' as never }, 'INVALID_VALUE', 'kind', /"CLUB" không hợp lệ cho loại đơn vị/],
    ['an unknown level', { level: 'WARD' as never }, 'INVALID_VALUE', 'level', /"WARD" không hợp lệ cho cấp\./],
    ['a start that is no date', { activeFrom: '2026-13-01' }, 'INVALID_VALUE', 'activeFrom', /^Ngày bắt đầu hoạt động/],
    ['an end that is no date', { activeTo: '2026-02-29' }, 'INVALID_VALUE', 'activeTo', /^Ngày ngừng không phải/],
    ['an end before the start', { activeTo: '2025-12-31' }, 'INVALID_PERIOD', 'activeTo', /31\/12\/2025/],
    ['itself as its parent', { parentId: 'TH-KIM-LIEN' }, 'UNIT_CYCLE', 'parentId', /"TH-KIM-LIEN" dưới "TH-KIM-LIEN"/],
    ['a parent unknown', { parentId: 'SO-MA' }, 'UNIT_NOT_ACTIVE', 'parentId', /^Đơn vị cấp trên "SO-MA"/],
    ['a successor but no end', { successorId: 'SO-YT' }, 'INVALID_VALUE', 'activeTo', /^Ngày ngừng hoạt động/],
    [
      'a successor closed the day after the end',
      { activeTo: '2025-06-29', activeFrom: '2020-01-01', successorId: 'XA-AN-KHANH' },
      'UNIT_NOT_ACTIVE',
      'successorId',
      /^Đơn vị kế thừa "XA-AN-KHANH".*30\/06\/2025/,
    ],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(null, register(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('refuses a signing unit among its parents that is not active on the first day', () => {
    const r = refused(when(null, register({ signingUnitId: 'UBND-TP' }), ctx({ units: closedCity })));
    expect(r).toMatchObject({ code: 'UNIT_NOT_ACTIVE', field: 'signingUnitId' });
    expect(r.messageVi).toMatch(/^Đơn vị ký "UBND-TP"/);
  });

  it('takes a successor active the day after the end', () => {
    const cmd = register({ activeFrom: '2020-01-01', activeTo: '2025-06-30', successorId: 'XA-AN-KHANH' });
    expect(accepted(when(null, cmd))[0]!.data).toMatchObject({ unit: { successorId: 'XA-AN-KHANH' } });
  });
});

describe('units: changing', () => {
  it('records only what differs, old → new, the name trimmed, and the record takes it', () => {
    const s = school();
    const [e] = accepted(
      when(s, change(s, { name: ' Trường TH Kim Liên ', kind: 'OTHER', level: 'UNIT' }), withUnit(s)),
    );
    expect(e).toEqual({
      type: 'UnitChanged',
      data: {
        unitId: 'TH-KIM-LIEN',
        set: { name: 'Trường TH Kim Liên', kind: 'OTHER' },
        reason: WHY,
        changes: [
          { field: 'name', from: 'Trường Tiểu học Kim Liên', to: 'Trường TH Kim Liên' },
          { field: 'kind', from: 'PUBLIC_SERVICE', to: 'OTHER' },
        ],
      },
    });
    expect(evolve(s, e!)).toEqual({ ...s, name: 'Trường TH Kim Liên', kind: 'OTHER' });
  });

  it('lets the signing unit become one of its parents, and refuses any other', () => {
    const s = school();
    const [e] = accepted(when(s, change(s, { signingUnitId: 'SO-GD' }), withUnit(s)));
    expect(e!.data.changes).toEqual([{ field: 'signingUnitId', from: 'TH-KIM-LIEN', to: 'SO-GD' }]);
    expect(refused(when(s, change(s, { signingUnitId: 'SO-YT' }), withUnit(s))).code).toBe('SIGNING_UNIT_NOT_ANCESTOR');
    // A unit the directory's facts do not hold has no parents to sign for it.
    expect(refused(when(s, change(s, { signingUnitId: 'SO-GD' }))).code).toBe('SIGNING_UNIT_NOT_ANCESTOR');
  });

  it.each<[string, Partial<Extract<UnitCommand, { type: 'ChangeUnit' }>>, string, string, RegExp]>([
    ['a blank name', { name: '  ' }, 'FIELD_REQUIRED', 'name', /tên đơn vị/],
    ['an unknown kind', { kind: 'CLUB' as never }, 'INVALID_VALUE', 'kind', /loại đơn vị/],
    ['an unknown level', { level: 'WARD' as never }, 'INVALID_VALUE', 'level', /cho cấp\./],
    [
      'a kind that does not fit the level',
      { kind: 'DEPARTMENT' },
      'LEVEL_NOT_FOR_KIND',
      'level',
      /«Sở, ban, ngành»|Sở/,
    ],
    ['a level that does not fit the kind', { level: 'PROVINCE' }, 'LEVEL_NOT_FOR_KIND', 'level', /./],
    ['a district from now on', { kind: 'DISTRICT_LEGACY' }, 'DISTRICT_LEVEL_ABOLISHED', 'kind', /cấp huyện/],
    ['no reason', { name: 'Tên mới', reason: ' ' }, 'FIELD_REQUIRED', 'reason', /lý do/],
  ])('refuses %s', (_what, over, code, field, message) => {
    const s = school();
    const r = refused(when(s, change(s, over), withUnit(s)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('refuses a level above its parent, and a root of the tree turned into a unit that needs a parent', () => {
    const tree = { ...TREE, 'THPT-CVA': { ...TREE['THPT-CVA']!, level: 'UNIT' as const } };
    const s = school({ parentId: 'THPT-CVA' });
    expect(refused(when(s, change(s, { level: 'DEPARTMENT' }), withUnit(s, tree)))).toMatchObject({
      code: 'LEVEL_ABOVE_PARENT',
      field: 'level',
    });
    expect(accepted(when(s, change(s, { level: 'UNIT', name: 'Tên mới' }), withUnit(s, tree)))).toHaveLength(1);
    const { path: _path, ...city } = TREE['UBND-TP']!;
    expect(refused(when(city, change(city, { kind: 'DEPARTMENT', level: 'DEPARTMENT' })))).toMatchObject({
      code: 'PARENT_REQUIRED',
      field: 'parentId',
    });
    expect(accepted(when(city, change(city, { name: 'Thành phố Hà Nội' })))).toHaveLength(1);
  });
});

describe('units: moving', () => {
  it('moves with its signing unit kept unless one is given, both old → new', () => {
    const s = school();
    const [kept] = accepted(when(s, { type: 'MoveUnit', unitId: s.unitId, parentId: 'SO-YT', reason: WHY }));
    expect(kept!.data).toMatchObject({ parentId: 'SO-YT', signingUnitId: 'TH-KIM-LIEN' });
    const [signed] = accepted(
      when(s, { type: 'MoveUnit', unitId: s.unitId, parentId: 'SO-YT', signingUnitId: 'UBND-TP', reason: WHY }),
    );
    expect(signed!.data.changes).toEqual([
      { field: 'parentId', from: 'SO-GD', to: 'SO-YT' },
      { field: 'signingUnitId', from: 'TH-KIM-LIEN', to: 'UBND-TP' },
    ]);
    expect(evolve(s, signed!)).toEqual({ ...s, parentId: 'SO-YT', signingUnitId: 'UBND-TP' });
    expect(when(s, { type: 'MoveUnit', unitId: s.unitId, parentId: 'SO-GD', reason: WHY })).toEqual([]);
  });

  it('refuses a parent not active today, a parent below its level, and a signing unit outside the new parents', () => {
    const s = school();
    const move = (parentId: string, signingUnitId?: string): UnitCommand => ({
      type: 'MoveUnit',
      unitId: s.unitId,
      parentId,
      ...(signingUnitId ? { signingUnitId } : {}),
      reason: WHY,
    });
    expect(messageOf(when(s, move('HUYEN-CU')))).toMatch(/^Đơn vị cấp trên "HUYEN-CU".*01\/03\/2026/);
    expect(refused(when(s, move('HUYEN-CU'))).field).toBe('parentId');
    const { path: _path, ...health } = TREE['SO-YT']!;
    expect(refused(when(health, { ...move('THPT-CVA'), unitId: 'SO-YT' })).code).toBe('LEVEL_ABOVE_PARENT');
    expect(refused(when(s, move('SO-YT', 'SO-GD'))).code).toBe('SIGNING_UNIT_NOT_ANCESTOR');
  });
});

describe('units: closing and merging', () => {
  it.each<[string, UnitCommand, string, string]>([
    ['a closing day that is no date', close({ activeTo: '30/06/2026' }), 'INVALID_VALUE', 'activeTo'],
    ['a closing day before the start', close({ activeTo: '2025-12-31' }), 'INVALID_PERIOD', 'activeTo'],
    ['itself as its successor', close({ successorId: 'TH-KIM-LIEN' }), 'UNIT_CYCLE', 'parentId'],
    ['a successor unknown', close({ successorId: 'SO-MA' }), 'UNIT_NOT_ACTIVE', 'successorId'],
    [
      'a merge with no reason',
      { ...close(), type: 'MergeUnit', successorId: 'SO-YT', reason: '' } as UnitCommand,
      'FIELD_REQUIRED',
      'reason',
    ],
  ])('refuses %s', (_what, cmd, code, field) => {
    expect(refused(when(school(), cmd))).toMatchObject({ code, field });
  });

  it('says which closing day is wrong, in words', () => {
    expect(messageOf(when(school(), close({ activeTo: 'x' })))).toBe(
      'Ngày ngừng hoạt động không phải là một ngày hợp lệ.',
    );
  });

  it('closes on its first day; records the end and the successor, none when there is none', () => {
    const [closed] = accepted(when(school(), close({ activeTo: '2026-01-01' })));
    expect(closed).toEqual({
      type: 'UnitClosed',
      data: {
        unitId: 'TH-KIM-LIEN',
        activeTo: '2026-01-01',
        successorId: null,
        reason: WHY,
        changes: [{ field: 'activeTo', from: null, to: '2026-01-01' }],
      },
    });
    const [merged] = accepted(when(school(), { ...close(), type: 'MergeUnit', successorId: 'SO-YT' } as UnitCommand));
    expect(merged).toEqual({
      type: 'UnitMerged',
      data: {
        unitId: 'TH-KIM-LIEN',
        activeTo: '2026-06-30',
        successorId: 'SO-YT',
        reason: WHY,
        changes: [
          { field: 'activeTo', from: null, to: '2026-06-30' },
          { field: 'successorId', from: null, to: 'SO-YT' },
        ],
      },
    });
    expect(evolve(school(), merged!)).toMatchObject({ activeTo: '2026-06-30', successorId: 'SO-YT' });
    expect(evolve(school(), closed!)).toMatchObject({ activeTo: '2026-01-01', successorId: null });
  });

  it('keeps a closed unit closed, saying since when; and an event for no unit leaves none', () => {
    const closed = given<UnitState>([register(), close()]);
    expect(messageOf(when(closed, change(closed, { name: 'Tên mới' })))).toContain('30/06/2026');
    expect(refused(when(closed, close({ activeTo: '2026-07-31' }))).code).toBe('UNIT_CLOSED');
    const [e] = accepted(when(school(), close()));
    expect(evolve(null, e as UnitEvent)).toBeNull();
  });
});
