import { checkTermSeats, currentComposition, membersAt, seatEnd } from './council-seats';
import type { CouncilSeat, CouncilSeatKind, CouncilTerm } from './directory.types';

const T1: CouncilTerm = { termId: 'NK-1', from: '2026-01-01', to: '2026-12-31' };
const T2: CouncilTerm = { termId: 'NK-2', from: '2027-01-01', to: '2027-12-31' };
const seat = (
  memberId: string,
  kind: CouncilSeatKind,
  from: string,
  to: string | null = null,
  termId = 'NK-1',
): CouncilSeat => ({
  seatId: `${termId}/${memberId}/${from}`,
  termId,
  memberId,
  name: memberId,
  seat: kind,
  unitId: 'SO-GD',
  from,
  to,
});
const chair = seat('ct', 'CHAIR', '2026-01-01');
const check = (seats: CouncilSeat[], from = T1.from) => checkTermSeats(seats, T1, from, 'members');

describe("a seat's last day", () => {
  it("is its own when it ends within the term, else the term's", () => {
    expect(seatEnd(seat('a', 'MEMBER', '2026-01-01'), T1)).toBe('2026-12-31');
    expect(seatEnd(seat('a', 'MEMBER', '2026-01-01', '2027-03-01'), T1)).toBe('2026-12-31');
    expect(seatEnd(seat('a', 'MEMBER', '2026-01-01', '2026-12-31'), T1)).toBe('2026-12-31');
    expect(seatEnd(seat('a', 'MEMBER', '2026-01-01', '2026-12-30'), T1)).toBe('2026-12-30');
  });
});

describe('who sat on a council on a date', () => {
  const council = {
    terms: [T1, T2],
    seats: [chair, seat('a', 'MEMBER', '2026-03-01', '2026-05-31'), seat('ct2', 'CHAIR', '2027-01-01', null, 'NK-2')],
  };

  it("the seats of that date's term held that day, both ends included", () => {
    expect(membersAt(council, '2026-02-28').map((s) => s.memberId)).toEqual(['ct']);
    expect(membersAt(council, '2026-03-01').map((s) => s.memberId)).toEqual(['ct', 'a']);
    expect(membersAt(council, '2026-05-31').map((s) => s.memberId)).toEqual(['ct', 'a']);
    expect(membersAt(council, '2026-06-01').map((s) => s.memberId)).toEqual(['ct']);
    expect(membersAt(council, '2027-06-01').map((s) => s.memberId)).toEqual(['ct2']);
    expect(membersAt(council, '2028-01-01')).toEqual([]);
  });

  it("the latest term's open seats, one per member: the latest of a member whose seat changed", () => {
    expect(currentComposition({ terms: [], seats: [] })).toEqual([]);
    expect(currentComposition({ terms: [T2, T1], seats: council.seats }).map((s) => s.memberId)).toEqual(['ct2']);
    expect(currentComposition({ terms: [T1, T2], seats: council.seats }).map((s) => s.memberId)).toEqual(['ct2']);
    const changed = [
      chair,
      seat('b', 'MEMBER', '2026-01-01', '2026-05-31'),
      seat('b', 'VICE_CHAIR', '2026-06-01'),
      seat('c', 'MEMBER', '2026-01-01', '2026-12-31'),
      seat('d', 'MEMBER', '2026-01-01', '2026-12-30'),
    ];
    expect(currentComposition({ terms: [T1], seats: changed }).map((s) => [s.memberId, s.seat])).toEqual([
      ['ct', 'CHAIR'],
      ['b', 'VICE_CHAIR'],
      ['c', 'MEMBER'],
    ]);
  });
});

describe("a term's seats, day by day", () => {
  it('hold with one chair throughout, several vice-chairs, and a seat passed on from one day to the next', () => {
    expect(
      check([
        seat('ct', 'CHAIR', '2026-01-01', '2026-06-30'),
        seat('ct2', 'CHAIR', '2026-07-01'),
        seat('p1', 'VICE_CHAIR', '2026-01-01'),
        seat('p2', 'VICE_CHAIR', '2026-01-01'),
      ]),
    ).toBeUndefined();
  });

  it('refuse a day without a chair: at the start, and the day after a chair leaves', () => {
    expect(check([seat('ct', 'CHAIR', '2026-02-01')])).toMatchObject({ code: 'NO_CHAIR', field: 'members' });
    expect(check([seat('ct', 'CHAIR', '2026-02-01')])!.messageVi).toContain('01/01/2026');
    const gap = check([seat('ct', 'CHAIR', '2026-01-01', '2026-05-31'), seat('ct2', 'CHAIR', '2026-06-02')]);
    expect(gap).toMatchObject({ code: 'NO_CHAIR' });
    expect(gap!.messageVi).toContain('01/06/2026');
    expect(check([seat('ct', 'CHAIR', '2026-01-01', '2026-12-30')])!.messageVi).toContain('31/12/2026');
  });

  it('look only from the day given, within the term', () => {
    expect(check([seat('ct', 'CHAIR', '2026-02-01')], '2026-02-01')).toBeUndefined();
    expect(check([seat('ct', 'CHAIR', '2026-02-01')], '2025-06-01')!.messageVi).toContain('01/01/2026');
    expect(checkTermSeats([seat('ct', 'CHAIR', '2026-01-01', '2026-03-31')], T1, '2026-04-01', 'leave')).toMatchObject({
      code: 'NO_CHAIR',
      field: 'leave',
    });
  });

  it('refuse a single-holder seat held twice on a day, and one person in two seats', () => {
    const secretaries = check([
      chair,
      seat('s1', 'SECRETARY', '2026-01-01'),
      seat('s2', 'SECRETARY', '2026-03-01', '2026-03-31'),
    ]);
    expect(secretaries).toMatchObject({ code: 'SEAT_HELD_TWICE', field: 'members' });
    expect(secretaries!.messageVi).toContain('01/03/2026');
    const twice = check([chair, seat('a', 'MEMBER', '2026-01-01'), seat('a', 'VICE_CHAIR', '2026-08-01')]);
    expect(twice).toMatchObject({ code: 'MEMBER_SEATED_TWICE' });
    expect(twice!.messageVi).toContain('01/08/2026');
  });

  it('ignore seats of other terms, seats left before they began, and seats starting after the term', () => {
    expect(check([chair, seat('x', 'CHAIR', '2026-01-01', null, 'NK-2')])).toBeUndefined();
    expect(check([chair, seat('x', 'CHAIR', '2026-06-01', '2026-05-31')])).toBeUndefined();
    // Taken and left on the same day, the seat is held that day.
    expect(check([chair, seat('x', 'CHAIR', '2026-06-01', '2026-06-01')])!.messageVi).toContain('01/06/2026');
    expect(check([seat('ct', 'CHAIR', '2026-01-01', '2026-12-31'), seat('x', 'CHAIR', '2027-01-01')])).toBeUndefined();
  });

  it('report the earliest day that fails, whatever the order of the seats', () => {
    const r = check([
      seat('ct', 'CHAIR', '2026-01-01', '2026-08-31'),
      seat('ct2', 'CHAIR', '2026-09-02'),
      seat('s1', 'SECRETARY', '2026-01-01'),
      seat('s2', 'SECRETARY', '2026-03-01', '2026-03-31'),
    ]);
    expect(r).toMatchObject({ code: 'SEAT_HELD_TWICE' });
    expect(r!.messageVi).toContain('01/03/2026');
  });
});
