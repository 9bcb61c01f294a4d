import type { UnitCommand } from './directory.commands';
import type { UnitState } from './directory.types';
import { accepted, ctx, given, refused, TREE, when, WHY } from './testing/fixtures';

const register = (over: Partial<Extract<UnitCommand, { type: 'RegisterUnit' }>> = {}): UnitCommand => ({
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
const school = () => given<UnitState>([register()]);

describe('units: registering', () => {
  it('records the unit with every field old → new, signing for itself by default', () => {
    const [e] = accepted(when(null, register()));
    expect(e).toMatchObject({
      type: 'UnitRegistered',
      data: {
        unit: { unitId: 'TH-KIM-LIEN', parentId: 'SO-GD', signingUnitId: 'TH-KIM-LIEN', activeTo: null },
        reason: WHY,
      },
    });
    expect(e!.data.changes).toContainEqual({ field: 'name', from: null, to: 'Trường Tiểu học Kim Liên' });
  });

  it("lets a sub-unit's staff be managed by its parent's signing unit (Law art. 83)", () => {
    const [e] = accepted(when(null, register({ unitId: 'TO-TOAN', kind: 'SUB_UNIT', parentId: 'THPT-CVA' })));
    expect(e).toMatchObject({ data: { unit: { signingUnitId: 'THPT-CVA' } } });
  });

  it.each([
    ['a lower-case code', register({ unitId: 'so-gd-2' }), 'INVALID_RECORD_CODE', 'unitId'],
    ['no name', register({ name: '  ' }), 'FIELD_REQUIRED', 'name'],
    ['no reason', register({ reason: '' }), 'FIELD_REQUIRED', 'reason'],
    [
      'a department without parent',
      register({ kind: 'DEPARTMENT', level: 'DEPARTMENT', parentId: null }),
      'PARENT_REQUIRED',
      'parentId',
    ],
    ['a parent that does not exist', register({ parentId: 'SO-KHONG-CO' }), 'UNIT_NOT_ACTIVE', 'parentId'],
    ['a parent closed before it starts', register({ parentId: 'HUYEN-CU' }), 'UNIT_NOT_ACTIVE', 'parentId'],
    [
      'a commune at department level',
      register({ kind: 'COMMUNE', level: 'DEPARTMENT', parentId: 'UBND-TP' }),
      'LEVEL_NOT_FOR_KIND',
      'level',
    ],
    [
      'a department under a school',
      register({ kind: 'DEPARTMENT', level: 'DEPARTMENT', parentId: 'THPT-CVA' }),
      'LEVEL_ABOVE_PARENT',
      'level',
    ],
    [
      'a new district after 1/7/2025',
      register({ kind: 'DISTRICT_LEGACY', level: 'DEPARTMENT', parentId: 'UBND-TP' }),
      'DISTRICT_LEVEL_ABOLISHED',
      'kind',
    ],
    [
      'a signing unit outside its parents',
      register({ signingUnitId: 'SO-YT' }),
      'SIGNING_UNIT_NOT_ANCESTOR',
      'signingUnitId',
    ],
    ['an end before its start', register({ activeTo: '2025-12-31' }), 'INVALID_PERIOD', 'activeTo'],
    ['an impossible date', register({ activeFrom: '2026-02-30' }), 'INVALID_VALUE', 'activeFrom'],
  ])('refuses %s', (_what, cmd, code, field) => {
    const r = refused(when(null, cmd));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).not.toMatch(/[a-z]+\.[a-z]+|_[A-Z]/);
  });

  it('keeps the history of a district that existed before two-tier government', () => {
    const cmd = register({
      unitId: 'HUYEN-DONG-ANH',
      kind: 'DISTRICT_LEGACY',
      level: 'DEPARTMENT',
      parentId: 'UBND-TP',
      activeFrom: '2020-01-01',
      activeTo: '2025-06-30',
      successorId: 'XA-AN-KHANH',
    });
    expect(accepted(when(null, cmd))[0]).toMatchObject({ data: { unit: { successorId: 'XA-AN-KHANH' } } });
  });

  it('refuses a second registration of the same code', () => {
    expect(refused(when(school(), register()))).toMatchObject({ code: 'DIRECTORY_RECORD_EXISTS', kind: 'CONFLICT' });
  });
});

describe('units: changing, moving, closing', () => {
  const facts = (s: UnitState) => ({ units: { ...TREE, [s.unitId]: { ...s, path: ['UBND-TP', 'SO-GD', s.unitId] } } });

  it('records a rename as name old → new, and nothing when nothing changes', () => {
    const s = school();
    const [e] = accepted(
      when(s, { type: 'ChangeUnit', unitId: s.unitId, name: 'Trường TH Kim Liên', reason: WHY }, ctx(facts(s))),
    );
    expect(e!.data.changes).toEqual([{ field: 'name', from: 'Trường Tiểu học Kim Liên', to: 'Trường TH Kim Liên' }]);
    expect(when(s, { type: 'ChangeUnit', unitId: s.unitId, name: s.name, reason: WHY }, ctx(facts(s)))).toEqual([]);
  });

  it('moves a unit under another parent, parent old → new', () => {
    const s = school();
    const [e] = accepted(when(s, { type: 'MoveUnit', unitId: s.unitId, parentId: 'SO-YT', reason: WHY }));
    expect(e).toMatchObject({ type: 'UnitMoved', data: { parentId: 'SO-YT' } });
    expect(e!.data.changes).toEqual([{ field: 'parentId', from: 'SO-GD', to: 'SO-YT' }]);
  });

  it('refuses a move under its own sub-unit (no cycle in the tree)', () => {
    const { path: _path, ...so } = TREE['SO-GD']!;
    const r = refused(when(so, { type: 'MoveUnit', unitId: 'SO-GD', parentId: 'THPT-CVA', reason: WHY }));
    expect(r).toMatchObject({ code: 'UNIT_CYCLE', field: 'parentId' });
    expect(refused(when(so, { type: 'MoveUnit', unitId: 'SO-GD', parentId: 'SO-GD', reason: WHY })).code).toBe(
      'UNIT_CYCLE',
    );
  });

  it('refuses to close a unit with open cases unless a successor takes them, naming how many', () => {
    const s = school();
    const close = { type: 'CloseUnit' as const, unitId: s.unitId, activeTo: '2026-06-30', reason: WHY };
    const r = refused(when(s, close, ctx({ openCases: 3 })));
    expect(r).toMatchObject({ code: 'UNIT_HAS_OPEN_CASES', field: 'successorId' });
    expect(r.messageVi).toContain('3 hồ sơ');
    const [e] = accepted(when(s, { ...close, successorId: 'THPT-CVA' }, ctx({ openCases: 3 })));
    expect(e).toMatchObject({ type: 'UnitClosed', data: { successorId: 'THPT-CVA', activeTo: '2026-06-30' } });
  });

  it('refuses to close a unit whose sub-units are still active', () => {
    const s = school();
    const r = refused(
      when(s, { type: 'CloseUnit', unitId: s.unitId, activeTo: '2026-06-30', reason: WHY }, ctx({ activeChildren: 2 })),
    );
    expect(r).toMatchObject({ code: 'UNIT_HAS_ACTIVE_CHILDREN' });
  });

  it('merges into a successor active the next day, and a merged unit is history: no later change', () => {
    const s = school();
    const merge = {
      type: 'MergeUnit' as const,
      unitId: s.unitId,
      successorId: 'THPT-CVA',
      activeTo: '2026-06-30',
      reason: WHY,
    };
    const merged = given<UnitState>([register(), merge]);
    expect(merged).toMatchObject({ activeTo: '2026-06-30', successorId: 'THPT-CVA' });
    expect(refused(when(merged, { type: 'ChangeUnit', unitId: s.unitId, name: 'Tên mới', reason: WHY })).code).toBe(
      'UNIT_CLOSED',
    );
    expect(refused(when(s, { ...merge, successorId: 'HUYEN-CU' }))).toMatchObject({
      code: 'UNIT_NOT_ACTIVE',
      field: 'successorId',
    });
  });

  it('refuses a change to a unit that is not registered', () => {
    expect(refused(when(null, { type: 'ChangeUnit', unitId: 'X', name: 'Y', reason: WHY }))).toMatchObject({
      code: 'DIRECTORY_RECORD_NOT_FOUND',
      kind: 'NOT_FOUND',
    });
  });
});
