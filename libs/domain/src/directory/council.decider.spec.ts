import { currentComposition, membersAt } from './council-seats';
import type { CouncilCommand } from './directory.commands';
import type { CouncilState } from './directory.types';
import { accepted, given, members, refused, when, WHY } from './testing/fixtures';

const registerCouncil: CouncilCommand = {
  type: 'RegisterCouncil',
  councilId: 'HD-TP',
  name: 'Hội đồng Thi đua – Khen thưởng Thành phố',
  unitId: 'UBND-TP',
  authorityName: 'Chủ tịch UBND Thành phố',
  reason: WHY,
};
const term = (over: Partial<Extract<CouncilCommand, { type: 'OpenTerm' }>> = {}): CouncilCommand => ({
  type: 'OpenTerm',
  councilId: 'HD-TP',
  termId: 'NK-2026-2031',
  from: '2026-01-01',
  to: '2030-12-31',
  members: members(19),
  reason: WHY,
  ...over,
});
const change = (over: Partial<Extract<CouncilCommand, { type: 'ChangeMembership' }>>): CouncilCommand => ({
  type: 'ChangeMembership',
  councilId: 'HD-TP',
  termId: 'NK-2026-2031',
  on: '2026-06-01',
  leave: [],
  join: [],
  reason: WHY,
  ...over,
});
const seated = () => given<CouncilState>([registerCouncil, term()]);

describe('councils: terms with their members', () => {
  it('takes the level and authority of its unit', () => {
    expect(given<CouncilState>([registerCouncil])).toMatchObject({ level: 'PROVINCE', unitId: 'UBND-TP', terms: [] });
    expect(refused(when(null, { ...registerCouncil, level: 'DEPARTMENT' }))).toMatchObject({
      code: 'COUNCIL_LEVEL_MISMATCH',
    });
  });

  it('seats a council of 19 for its term, each member shown old → new', () => {
    const [e] = accepted(when(given([registerCouncil]), term()));
    expect(e).toMatchObject({ type: 'CouncilTermOpened', data: { term: { termId: 'NK-2026-2031' } } });
    expect(membersAt(seated(), '2026-03-01')).toHaveLength(19);
    expect(e!.data.changes).toContainEqual({
      field: 'seats.tv-1',
      from: null,
      to: { seat: 'CHAIR', name: 'Thành viên 1', unitId: 'SO-GD' },
    });
  });

  it.each([3, 17, 25, 41])('seats a council of any size: %i members', (size) => {
    const council = given<CouncilState>([registerCouncil, term({ members: members(size) })]);
    expect(membersAt(council, '2026-03-01')).toHaveLength(size);
  });

  it.each([
    ['no chair', term({ members: members(5).slice(1) }), 'NO_CHAIR'],
    ['two chairs', term({ members: [...members(5), { ...members(1)[0]!, memberId: 'tv-x' }] }), 'SEAT_HELD_TWICE'],
    [
      'one person in two seats',
      term({ members: [...members(5), { ...members(5)[4]!, seat: 'VICE_CHAIR' }] }),
      'MEMBER_SEATED_TWICE',
    ],
    [
      'a member from an unknown unit',
      term({ members: [...members(3), { ...members(4)[3]!, unitId: 'SO-MA' }] }),
      'UNIT_NOT_ACTIVE',
    ],
    ['a term ending before it starts', term({ to: '2025-12-31' }), 'INVALID_PERIOD'],
  ])('refuses a term with %s', (_what, cmd, code) => {
    expect(refused(when(given([registerCouncil]), cmd)).code).toBe(code);
  });

  it('names the member whose unit is unknown', () => {
    const r = refused(
      when(given([registerCouncil]), term({ members: [...members(3), { ...members(4)[3]!, unitId: 'SO-MA' }] })),
    );
    expect(r.field).toBe('members[3].unitId');
    expect(r.messageVi).toContain('"SO-MA"');
  });

  it('refuses a term overlapping another one of the council', () => {
    const r = refused(when(seated(), term({ termId: 'NK-KHAC', from: '2030-06-01', to: '2035-05-31' })));
    expect(r).toMatchObject({ code: 'TERMS_OVERLAP', kind: 'CONFLICT' });
    expect(r.messageVi).toContain('01/01/2026');
  });
});

describe('councils: dated membership changes', () => {
  it('answers who sat on the council on each date after a chair hands over and a member joins', () => {
    const handover = change({
      leave: ['tv-1'],
      join: [
        { memberId: 'tv-20', name: 'Chủ tịch mới', seat: 'CHAIR', unitId: 'UBND-TP' },
        { memberId: 'tv-21', name: 'Ủy viên mới', seat: 'MEMBER', unitId: 'SO-YT' },
      ],
    });
    const council = given<CouncilState>([registerCouncil, term(), handover]);
    const before = membersAt(council, '2026-05-31').map((m) => m.memberId);
    const after = membersAt(council, '2026-06-01').map((m) => m.memberId);
    expect(before).toContain('tv-1');
    expect(before).not.toContain('tv-20');
    expect(after).not.toContain('tv-1');
    expect(after).toEqual(expect.arrayContaining(['tv-20', 'tv-21']));
    expect(after).toHaveLength(20);
    expect(membersAt(council, '2025-12-31')).toEqual([]);
    expect(currentComposition(council).map((m) => m.memberId)).toEqual(after);
  });

  it('records a seat change of one member as old seat → new seat', () => {
    const [e] = accepted(
      when(
        seated(),
        change({
          leave: ['tv-5'],
          join: [{ memberId: 'tv-5', name: 'Thành viên 5', seat: 'VICE_CHAIR', unitId: 'SO-YT' }],
        }),
      ),
    );
    expect(e!.data.changes).toEqual([
      {
        field: 'seats.tv-5',
        from: { seat: 'MEMBER', name: 'Thành viên 5', unitId: 'SO-YT' },
        to: { seat: 'VICE_CHAIR', name: 'Thành viên 5', unitId: 'SO-YT' },
      },
    ]);
  });

  it('refuses a chair leaving without a successor the same day, naming the day', () => {
    const r = refused(when(seated(), change({ leave: ['tv-1'] })));
    expect(r).toMatchObject({ code: 'NO_CHAIR', field: 'leave' });
    expect(r.messageVi).toContain('01/06/2026');
  });

  it('refuses a back-dated chair that would sit beside a later one', () => {
    const handover = change({
      leave: ['tv-1'],
      join: [{ memberId: 'tv-20', name: 'C', seat: 'CHAIR', unitId: 'UBND-TP' }],
    });
    const council = given<CouncilState>([registerCouncil, term(), handover]);
    const r = refused(
      when(
        council,
        change({ on: '2026-09-01', join: [{ memberId: 'tv-22', name: 'D', seat: 'CHAIR', unitId: 'SO-GD' }] }),
      ),
    );
    expect(r.code).toBe('SEAT_HELD_TWICE');
  });

  it('refuses leaving someone who does not sit, and a date outside the term', () => {
    expect(refused(when(seated(), change({ leave: ['nobody'] }))).code).toBe('MEMBER_NOT_SEATED');
    expect(refused(when(seated(), change({ on: '2031-01-01', leave: ['tv-4'] }))).code).toBe('DATE_OUTSIDE_TERM');
    expect(refused(when(seated(), change({ termId: 'NK-KHAC' }))).code).toBe('TERM_NOT_FOUND');
  });

  it('records nothing for a change with nobody leaving or joining', () => {
    expect(when(seated(), change({}))).toEqual([]);
  });
});
