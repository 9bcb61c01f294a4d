import { membersAt } from './council-seats';
import { evolveCouncil } from './council.decider';
import type { CouncilCommand, SeatInput } from './directory.commands';
import type { CouncilEvent, DirectoryEvent } from './directory.events';
import type { CouncilState } from './directory.types';
import { accepted, ctx, given, members, refused, when, WHY } from './testing/fixtures';

/** The record after an event (the deciders answer with the directory's events). */
const evolve = (state: CouncilState | null, event: DirectoryEvent) => evolveCouncil(state, event as CouncilEvent);

type Register = Extract<CouncilCommand, { type: 'RegisterCouncil' }>;
type Term = Extract<CouncilCommand, { type: 'OpenTerm' }>;
const register = (over: Partial<Register> = {}): CouncilCommand => ({
  type: 'RegisterCouncil',
  councilId: 'HD-SO-YT',
  name: 'Hội đồng Thi đua – Khen thưởng Sở Y tế',
  unitId: 'SO-YT',
  authorityName: 'Giám đốc Sở Y tế',
  reason: WHY,
  ...over,
});
const term = (over: Partial<Term> = {}): CouncilCommand => ({
  type: 'OpenTerm',
  councilId: 'HD-SO-YT',
  termId: 'NK-1',
  from: '2026-01-01',
  to: '2030-12-31',
  members: members(5),
  reason: WHY,
  ...over,
});
const membership = (over: Partial<Extract<CouncilCommand, { type: 'ChangeMembership' }>>): CouncilCommand => ({
  type: 'ChangeMembership',
  councilId: 'HD-SO-YT',
  termId: 'NK-1',
  on: '2026-06-01',
  leave: [],
  join: [],
  reason: WHY,
  ...over,
});
const registered = () => given<CouncilState>([register()]);
const seated = () => given<CouncilState>([register(), term()]);
const newcomer: SeatInput = { memberId: 'tv-9', name: ' Lê Thị Hoa ', seat: 'MEMBER', unitId: 'SO-YT' };

describe('councils: registering', () => {
  it('records the council at its unit level, name and title trimmed, every field old → new', () => {
    const [e] = accepted(
      when(null, register({ name: '  Hội đồng Sở Y tế ', authorityName: ' Giám đốc ', level: 'DEPARTMENT' })),
    );
    const council = {
      councilId: 'HD-SO-YT',
      name: 'Hội đồng Sở Y tế',
      level: 'DEPARTMENT',
      unitId: 'SO-YT',
      authorityName: 'Giám đốc',
    };
    expect(e).toEqual({
      type: 'CouncilRegistered',
      data: {
        council,
        reason: WHY,
        changes: Object.entries(council).map(([field, to]) => ({ field, from: null, to })),
      },
    });
    expect(evolve(null, e!)).toEqual({ ...council, terms: [], seats: [] });
  });

  it.each<[string, Partial<Register>, string, string, RegExp]>([
    ['a code in lower case', { councilId: 'hd-so-yt' }, 'INVALID_RECORD_CODE', 'councilId', /^Mã Hội đồng/],
    ['no name', { name: ' ' }, 'FIELD_REQUIRED', 'name', /tên Hội đồng/],
    [
      'no title of the one who decides',
      { authorityName: '' },
      'FIELD_REQUIRED',
      'authorityName',
      /chức danh người quyết định/,
    ],
    ['no reason', { reason: '' }, 'FIELD_REQUIRED', 'reason', /lý do/],
    ['a unit unknown', { unitId: 'SO-MA' }, 'UNIT_NOT_ACTIVE', 'unitId', /^Đơn vị "SO-MA".*01\/03\/2026/],
    ['a unit closed today', { unitId: 'HUYEN-CU' }, 'UNIT_NOT_ACTIVE', 'unitId', /"HUYEN-CU"/],
    [
      'a level not its unit’s',
      { level: 'PROVINCE' },
      'COUNCIL_LEVEL_MISMATCH',
      'level',
      /«Giám đốc Sở.*không phải «Chủ tịch UBND cấp tỉnh»/,
    ],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(null, register(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('checks the unit on the day of registration', () => {
    expect(refused(when(null, register({ unitId: 'XA-AN-KHANH' }), ctx({}, '2025-06-30'))).code).toBe(
      'UNIT_NOT_ACTIVE',
    );
    expect(accepted(when(null, register({ unitId: 'XA-AN-KHANH' }), ctx({}, '2025-07-01')))).toHaveLength(1);
  });

  it('refuses a second registration, and any other command for a council not registered', () => {
    expect(refused(when(registered(), register()))).toMatchObject({
      code: 'DIRECTORY_RECORD_EXISTS',
      field: 'councilId',
    });
    expect(refused(when(null, term())).messageVi).toBe('Hội đồng mã "HD-SO-YT" không có trong danh mục.');
  });
});

describe('councils: renaming', () => {
  const rename = (over: Record<string, string>): CouncilCommand =>
    ({ type: 'ChangeCouncil', councilId: 'HD-SO-YT', reason: WHY, ...over }) as CouncilCommand;

  it('records what differs, old → new, and nothing when nothing does', () => {
    const [e] = accepted(
      when(
        registered(),
        rename({ authorityName: 'Phó Giám đốc phụ trách', name: 'Hội đồng Thi đua – Khen thưởng Sở Y tế' }),
      ),
    );
    expect(e).toEqual({
      type: 'CouncilChanged',
      data: {
        councilId: 'HD-SO-YT',
        set: { authorityName: 'Phó Giám đốc phụ trách' },
        reason: WHY,
        changes: [{ field: 'authorityName', from: 'Giám đốc Sở Y tế', to: 'Phó Giám đốc phụ trách' }],
      },
    });
    expect(evolve(registered(), e!)).toMatchObject({
      authorityName: 'Phó Giám đốc phụ trách',
      name: 'Hội đồng Thi đua – Khen thưởng Sở Y tế',
    });
    expect(when(registered(), rename({ name: 'Hội đồng Thi đua – Khen thưởng Sở Y tế' }))).toEqual([]);
    expect(accepted(when(registered(), rename({ name: 'Hội đồng Sở Y tế' })))[0]!.data.changes).toEqual([
      { field: 'name', from: 'Hội đồng Thi đua – Khen thưởng Sở Y tế', to: 'Hội đồng Sở Y tế' },
    ]);
  });

  it.each([
    [{ name: '  ' }, 'name', /tên Hội đồng/],
    [{ authorityName: '' }, 'authorityName', /chức danh/],
    [{ name: 'Tên mới', reason: ' ' }, 'reason', /lý do/],
  ])('refuses a blank %o', (over, field, message) => {
    const r = refused(when(registered(), rename(over)));
    expect(r).toMatchObject({ code: 'FIELD_REQUIRED', field });
    expect(r.messageVi).toMatch(message);
  });
});

describe('councils: opening a term', () => {
  it('seats each member from the first day, name trimmed, and records the term and each seat', () => {
    const five = members(5);
    const [e] = accepted(
      when(registered(), term({ members: [...five.slice(0, 4), { ...five[4]!, name: ' Lê Thị Hoa ' }] })),
    );
    expect(e!.type).toBe('CouncilTermOpened');
    expect(e!.data).toMatchObject({
      councilId: 'HD-SO-YT',
      term: { termId: 'NK-1', from: '2026-01-01', to: '2030-12-31' },
    });
    if (e!.type !== 'CouncilTermOpened') throw new Error('not a term');
    expect(e!.data.seats[4]).toEqual({
      seatId: 'NK-1/tv-5/2026-01-01',
      termId: 'NK-1',
      memberId: 'tv-5',
      name: 'Lê Thị Hoa',
      seat: 'MEMBER',
      unitId: 'SO-YT',
      from: '2026-01-01',
      to: null,
    });
    expect(e!.data.changes[0]).toEqual({
      field: 'terms.NK-1',
      from: null,
      to: { from: '2026-01-01', to: '2030-12-31' },
    });
    expect(e!.data.changes[5]).toEqual({
      field: 'seats.tv-5',
      from: null,
      to: { seat: 'MEMBER', name: 'Lê Thị Hoa', unitId: 'SO-YT' },
    });
    expect(e!.data.changes).toHaveLength(6);
    const after = evolve(registered(), e!)!;
    expect(after.terms).toEqual([{ termId: 'NK-1', from: '2026-01-01', to: '2030-12-31' }]);
    expect(after.seats).toHaveLength(5);
  });

  it('takes a term of one day, and a next term that starts after the first ends', () => {
    expect(accepted(when(registered(), term({ from: '2026-01-01', to: '2026-01-01' })))).toHaveLength(1);
    const next = given<CouncilState>([
      register(),
      term(),
      term({ termId: 'NK-2', from: '2031-01-01', to: '2035-12-31' }),
    ]);
    expect(next.terms.map((t) => t.termId)).toEqual(['NK-1', 'NK-2']);
  });

  it.each<[string, Partial<Term>, string, string, RegExp]>([
    ['a term code with spaces', { termId: 'NK 1' }, 'INVALID_RECORD_CODE', 'termId', /^Mã nhiệm kỳ/],
    ['a start that is no date', { from: '2026-02-31' }, 'INVALID_VALUE', 'from', /^Ngày bắt đầu nhiệm kỳ/],
    ['an end that is no date', { to: '' }, 'INVALID_VALUE', 'to', /^Ngày kết thúc nhiệm kỳ/],
    ['an end before the start', { to: '2025-12-31' }, 'INVALID_PERIOD', 'to', /31\/12\/2025/],
    [
      'a member with no id',
      { members: [{ ...members(1)[0]!, memberId: ' ' }] },
      'FIELD_REQUIRED',
      'members[0].memberId',
      /mã thành viên/,
    ],
    [
      'a member with no name',
      { members: [...members(1), { ...members(2)[1]!, name: '' }] },
      'FIELD_REQUIRED',
      'members[1].name',
      /họ tên thành viên/,
    ],
    [
      'a seat not of a council',
      { members: [...members(2), { ...members(3)[2]!, seat: 'GUEST' as never }] },
      'INVALID_VALUE',
      'members[2].seat',
      /"GUEST".*vị trí trong Hội đồng/,
    ],
    [
      'a member whose unit begins after the term',
      { from: '2025-06-01', members: [...members(2), { ...members(3)[2]!, unitId: 'XA-AN-KHANH' }] },
      'UNIT_NOT_ACTIVE',
      'members[2].unitId',
      /^Đơn vị của thành viên "XA-AN-KHANH".*01\/06\/2025/,
    ],
  ])('refuses %s', (_what, over, code, field, message) => {
    const r = refused(when(registered(), term(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('refuses a term code used before, and says which term overlaps, from when to when', () => {
    expect(refused(when(seated(), term({ from: '2031-01-01', to: '2035-12-31' })))).toMatchObject({
      code: 'DIRECTORY_RECORD_EXISTS',
      field: 'termId',
    });
    const r = refused(when(seated(), term({ termId: 'NK-2', from: '2030-12-31', to: '2035-12-31' })));
    expect(r).toMatchObject({ code: 'TERMS_OVERLAP', field: 'from' });
    expect(r.messageVi).toBe('Nhiệm kỳ trùng thời gian với nhiệm kỳ "NK-1" (từ 01/01/2026 đến 31/12/2030).');
  });
});

describe('councils: membership changes', () => {
  it('ends a leaving seat the day before and shows it leaving; a newcomer joins from the day, trimmed', () => {
    const [e] = accepted(when(seated(), membership({ leave: ['tv-5'], join: [newcomer] })));
    if (e!.type !== 'CouncilMembershipChanged') throw new Error('not a membership change');
    expect(e!.data).toMatchObject({
      councilId: 'HD-SO-YT',
      termId: 'NK-1',
      on: '2026-06-01',
      left: [{ seatId: 'NK-1/tv-5/2026-01-01', memberId: 'tv-5', to: '2026-05-31' }],
      joined: [{ seatId: 'NK-1/tv-9/2026-06-01', memberId: 'tv-9', name: 'Lê Thị Hoa', from: '2026-06-01', to: null }],
      reason: WHY,
    });
    expect(e!.data.changes).toEqual([
      { field: 'seats.tv-5', from: { seat: 'MEMBER', name: 'Thành viên 5', unitId: 'SO-YT' }, to: null },
      { field: 'seats.tv-9', from: null, to: { seat: 'MEMBER', name: 'Lê Thị Hoa', unitId: 'SO-YT' } },
    ]);
    const after = evolve(seated(), e!)!;
    expect(after.seats.find((s) => s.memberId === 'tv-5')!.to).toBe('2026-05-31');
    expect(membersAt(after, '2026-06-01').map((s) => s.memberId)).toEqual(['tv-1', 'tv-2', 'tv-3', 'tv-4', 'tv-9']);
  });

  it('forgets a seat taken and left on the same day: it was never held', () => {
    const joined = given<CouncilState>([register(), term(), membership({ join: [newcomer] })]);
    const [left] = accepted(when(joined, membership({ leave: ['tv-9'] })));
    const after = evolve(joined, left!)!;
    expect(after.seats.some((s) => s.memberId === 'tv-9')).toBe(false);
    expect(after.seats).toHaveLength(5);
  });

  it('takes changes on the first and the last day of the term, and refuses one day outside it', () => {
    expect(accepted(when(seated(), membership({ on: '2030-12-31', join: [newcomer] })))).toHaveLength(1);
    expect(accepted(when(seated(), membership({ on: '2026-01-01', leave: ['tv-5'] })))).toHaveLength(1);
    const r = refused(when(seated(), membership({ on: '2025-12-31', join: [newcomer] })));
    expect(r).toMatchObject({ code: 'DATE_OUTSIDE_TERM', field: 'on' });
    expect(r.messageVi).toBe('Ngày 31/12/2025 nằm ngoài nhiệm kỳ (từ 01/01/2026 đến 31/12/2030).');
  });

  it('refuses a day that is no date, a newcomer without a name, and one who already left', () => {
    expect(refused(when(seated(), membership({ on: '01/06/2026' })))).toMatchObject({
      code: 'INVALID_VALUE',
      field: 'on',
    });
    expect(refused(when(seated(), membership({ on: 'x' }))).messageVi).toBe(
      'Ngày thay đổi không phải là một ngày hợp lệ.',
    );
    expect(refused(when(seated(), membership({ join: [{ ...newcomer, name: ' ' }] })))).toMatchObject({
      code: 'FIELD_REQUIRED',
      field: 'join[0].name',
    });
    const gone = given<CouncilState>([register(), term(), membership({ leave: ['tv-5'] })]);
    const r = refused(when(gone, membership({ on: '2026-07-01', leave: ['tv-5'] })));
    expect(r).toMatchObject({ code: 'MEMBER_NOT_SEATED', field: 'leave' });
    expect(r.messageVi).toBe('"tv-5" không phải là thành viên Hội đồng vào ngày 01/07/2026.');
    expect(refused(when(seated(), membership({ name: 'x', reason: '' } as never))).code).toBe('FIELD_REQUIRED');
  });

  it("leaves the seat of this term, not the member's seat of another term", () => {
    const twoTerms = given<CouncilState>([
      register(),
      term({ to: '2026-12-31' }),
      term({ termId: 'NK-2', from: '2027-01-01', to: '2031-12-31' }),
    ]);
    const [e] = accepted(when(twoTerms, membership({ termId: 'NK-2', on: '2027-06-01', leave: ['tv-5'] })));
    if (e!.type !== 'CouncilMembershipChanged') throw new Error('not a membership change');
    expect(e!.data.left).toEqual([{ seatId: 'NK-2/tv-5/2027-01-01', memberId: 'tv-5', to: '2027-05-31' }]);
  });

  it('leaves an event for no council without a council', () => {
    const [e] = accepted(when(seated(), membership({ join: [newcomer] })));
    expect(evolve(null, e as CouncilEvent)).toBeNull();
  });
});
