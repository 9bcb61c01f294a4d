import { checkDate, checkOneOf, checkText, isRecordCode, overlaps } from './directory-checks';
import { isDirectoryStream, parseDirectoryStreamId } from './directory-streams';
import { seatsOfPersonAt, successorChain, subtreeOf } from './directory.queries';
import type { CouncilSeat, PersonSeat, PersonState } from './directory.types';

const granted = (over: Partial<PersonSeat>): PersonSeat => ({
  seatId: 'S',
  role: 'UNIT_OFFICER',
  unitId: null,
  councilId: null,
  level: null,
  lead: false,
  from: '2026-01-01',
  to: null,
  ...over,
});
const person = (...seats: PersonSeat[]): PersonState => ({ subject: 'cb-1', name: 'Cán bộ', seats });

describe('the seats a person acts in on a date', () => {
  it('has none for nobody', () => {
    expect(seatsOfPersonAt(null, [], 'cb-1', '2026-03-01')).toEqual([]);
  });

  it("gives each granted seat the scope of its role only: an officer's unit, an office's council, an authority's unit and level", () => {
    const p = person(
      granted({ seatId: 'O', role: 'UNIT_OFFICER', unitId: 'SO-GD', councilId: 'HD-TP' }),
      granted({ seatId: 'V', role: 'TDKT_OFFICE', unitId: 'SO-GD', councilId: 'HD-TP', lead: true }),
      granted({ seatId: 'A', role: 'AUTHORITY', unitId: 'UBND-TP', councilId: 'HD-TP', level: 'PROVINCE' }),
      granted({ seatId: 'A2', role: 'AUTHORITY', unitId: 'SO-GD' }),
      granted({ seatId: 'D', role: 'ADMIN', unitId: 'SO-GD', councilId: 'HD-TP' }),
      granted({ seatId: 'N', role: 'UNIT_OFFICER' }),
      granted({ seatId: 'W', role: 'AUTHORITY' }),
    );
    expect(seatsOfPersonAt(p, [], 'cb-1', '2026-03-01')).toStrictEqual([
      { seatId: 'O', role: 'UNIT_OFFICER', lead: false, unitId: 'SO-GD' },
      { seatId: 'V', role: 'TDKT_OFFICE', lead: true, councilId: 'HD-TP' },
      { seatId: 'A', role: 'AUTHORITY', lead: false, authorityId: 'UBND-TP', level: 'PROVINCE' },
      { seatId: 'A2', role: 'AUTHORITY', lead: false, authorityId: 'SO-GD', level: undefined },
      { seatId: 'D', role: 'ADMIN', lead: false },
      { seatId: 'N', role: 'UNIT_OFFICER', lead: false },
      { seatId: 'W', role: 'AUTHORITY', lead: false },
    ]);
  });

  it('counts a seat from its first to its last day', () => {
    const p = person(granted({ seatId: 'O', unitId: 'SO-GD', from: '2026-02-01', to: '2026-02-28' }));
    expect(seatsOfPersonAt(p, [], 'cb-1', '2026-01-31')).toEqual([]);
    expect(seatsOfPersonAt(p, [], 'cb-1', '2026-02-01')).toHaveLength(1);
    expect(seatsOfPersonAt(p, [], 'cb-1', '2026-02-28')).toHaveLength(1);
    expect(seatsOfPersonAt(p, [], 'cb-1', '2026-03-01')).toEqual([]);
  });

  it("adds a council member's seat for each council they sit on that day, its chair leading", () => {
    const sat = (memberId: string, seat: CouncilSeat['seat']): CouncilSeat => ({
      seatId: `NK/${memberId}`,
      termId: 'NK',
      memberId,
      name: memberId,
      seat,
      unitId: 'SO-YT',
      from: '2026-01-01',
      to: null,
    });
    const terms = [{ termId: 'NK', from: '2026-01-01', to: '2030-12-31' }];
    const councils = [
      { councilId: 'HD-TP', terms, seats: [sat('cb-1', 'CHAIR'), sat('x', 'MEMBER')] },
      { councilId: 'HD-SO-YT', terms, seats: [sat('x', 'CHAIR'), sat('cb-1', 'MEMBER')] },
      { councilId: 'HD-KHAC', terms, seats: [sat('x', 'CHAIR')] },
    ];
    expect(seatsOfPersonAt(null, councils, 'cb-1', '2026-03-01')).toStrictEqual([
      {
        seatId: 'COUNCIL_MEMBER:HD-TP:2026-01-01',
        role: 'COUNCIL_MEMBER',
        councilId: 'HD-TP',
        unitId: 'SO-YT',
        lead: true,
      },
      {
        seatId: 'COUNCIL_MEMBER:HD-SO-YT:2026-01-01',
        role: 'COUNCIL_MEMBER',
        councilId: 'HD-SO-YT',
        unitId: 'SO-YT',
        lead: false,
      },
    ]);
    expect(seatsOfPersonAt(null, councils, 'cb-1', '2025-12-31')).toEqual([]);
  });
});

describe('the tree, breadth first, and successors', () => {
  it('lists the children of each level before their own children', () => {
    const units = [
      { unitId: 'A1', parentId: 'A' },
      { unitId: 'A1x', parentId: 'A1' },
      { unitId: 'A2', parentId: 'A' },
      { unitId: 'A', parentId: null },
      { unitId: 'A2x', parentId: 'A2' },
    ];
    expect(subtreeOf(units, 'A')).toEqual(['A', 'A1', 'A2', 'A1x', 'A2x']);
    expect(subtreeOf(units, 'B')).toEqual(['B']);
  });

  it('starts a chain at a unit the map does not hold, and ends at one without successor', () => {
    expect(successorChain(new Map(), 'X')).toEqual(['X']);
    expect(successorChain(new Map([['A', { successorId: 'B' }]]), 'A')).toEqual(['A', 'B']);
  });
});

describe("the directory's streams and plain checks", () => {
  it("needs an id after a stream's prefix", () => {
    expect(parseDirectoryStreamId('unit-')).toBeUndefined();
    expect(parseDirectoryStreamId('unit-X')).toEqual({ kind: 'unit', id: 'X' });
    expect(isDirectoryStream('person-cb-1')).toBe(true);
    expect(isDirectoryStream('nomination-1')).toBe(false);
  });

  it('takes a code of up to 64 characters, a text up to its maximum, and a value of the list only', () => {
    expect(isRecordCode('A'.repeat(64))).toBe(true);
    expect(isRecordCode('A'.repeat(65))).toBe(false);
    expect(isRecordCode(7)).toBe(false);
    expect(checkText('x'.repeat(300), 'name', 'tên', 'name')).toBeUndefined();
    const long = checkText('Trường Trung học phổ thông '.repeat(12), 'name', 'tên', 'name')!;
    expect(long).toMatchObject({ code: 'INVALID_VALUE', field: 'name' });
    expect(long.messageVi).toBe('Giá trị "Trường Trung học phổ…" không hợp lệ cho tên.');
    expect(checkText('x'.repeat(11), 'name', 'tên', 'name', 10)).toMatchObject({ code: 'INVALID_VALUE' });
    expect(checkText(5, 'name', 'tên', 'name')).toMatchObject({ code: 'FIELD_REQUIRED' });
    expect(checkDate(20260101, 'on', 'Ngày', 'date')).toMatchObject({ code: 'INVALID_VALUE', field: 'on' });
    expect(checkDate('2026-01-01', 'on', 'Ngày', 'date')).toBeUndefined();
    expect(checkOneOf(1, ['1'], 'kind', 'loại', 'kind')).toMatchObject({ code: 'INVALID_VALUE', field: 'kind' });
    expect(checkOneOf('1', ['1'], 'kind', 'loại', 'kind')).toBeUndefined();
  });

  it('counts periods sharing a day as overlapping, and periods back to back as not', () => {
    const jan = { from: '2026-01-01', to: '2026-01-31' };
    expect(overlaps(jan, { from: '2026-01-31', to: '2026-02-28' })).toBe(true);
    expect(overlaps({ from: '2026-01-31', to: '2026-02-28' }, jan)).toBe(true);
    expect(overlaps(jan, { from: '2026-02-01', to: null })).toBe(false);
    expect(overlaps({ from: '2026-02-01', to: null }, jan)).toBe(false);
    expect(overlaps({ from: '2026-02-01', to: null }, { from: '2027-01-01', to: null })).toBe(true);
  });
});
