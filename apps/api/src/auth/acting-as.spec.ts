import type { ActingSeat, Actor } from '@khen/domain';
import { actingSeat, seatKey, seatsOf } from './acting-as';

/** What a request acts as, among the seats of the token and of the directory (docs/architecture.md, "Sign-in"). */
describe('acting as one of several seats', () => {
  const member: Actor = {
    userId: 'hd-giao-duc',
    displayName: 'Ngô Đức Anh',
    role: 'COUNCIL_MEMBER',
    unitId: 'SO-GD',
    councilId: 'HD-TP',
    lead: false,
  };
  const person = { userId: 'hd-giao-duc', displayName: 'Ngô Đức Anh', seats: [member] };
  const directory: ActingSeat[] = [
    {
      seatId: 'COUNCIL_MEMBER:HD-TP:2026-01-01',
      role: 'COUNCIL_MEMBER',
      councilId: 'HD-TP',
      unitId: 'SO-GD',
      lead: false,
    },
    { seatId: 'AUTHORITY:SO-GD:2026-01-01', role: 'AUTHORITY', authorityId: 'SO-GD', level: 'DEPARTMENT', lead: false },
    {
      seatId: 'COUNCIL_MEMBER:HD-SO-GD:2026-01-01',
      role: 'COUNCIL_MEMBER',
      councilId: 'HD-SO-GD',
      unitId: 'SO-GD',
      lead: true,
    },
  ];
  const seats = seatsOf(person, directory);

  it("keeps the token's seats first and adds the directory's it does not already give, each with its scope", () => {
    expect(seats.map(seatKey)).toEqual(['COUNCIL_MEMBER:HD-TP', 'AUTHORITY:SO-GD', 'COUNCIL_MEMBER:HD-SO-GD']);
    expect(seats[1]).toEqual({
      userId: 'hd-giao-duc',
      displayName: 'Ngô Đức Anh',
      role: 'AUTHORITY',
      unitId: 'SO-GD',
      councilId: undefined,
      authorityId: 'SO-GD',
      level: 'DEPARTMENT',
      lead: false,
    });
    expect(seats[2]).toMatchObject({ councilId: 'HD-SO-GD', lead: true });
  });

  it("acts as the token's first role when the request names none (a one-role token: as it always did)", () => {
    expect(actingSeat(seats, undefined)).toBe(seats[0]);
    expect(actingSeat(seats, '  ')).toBe(seats[0]);
    expect(actingSeat([], undefined)).toBeUndefined();
  });

  it('acts as the first seat of a named role, or as the seat named with its scope', () => {
    expect(actingSeat(seats, 'AUTHORITY')).toBe(seats[1]);
    expect(actingSeat(seats, 'COUNCIL_MEMBER')).toBe(seats[0]);
    expect(actingSeat(seats, 'COUNCIL_MEMBER:HD-SO-GD')).toBe(seats[2]);
  });

  it.each([
    ['a role not held', 'UNIT_OFFICER', 'UNIT_OFFICER'],
    ['a held role of another scope', 'AUTHORITY:UBND-TP', 'AUTHORITY'],
    ['a role the system never grants', 'SYSTEM', 'SYSTEM'],
    ['text that is no role', 'chu tich', 'chu tich'],
    ['the header sent twice', ['AUTHORITY', 'COUNCIL_MEMBER'], 'AUTHORITY,COUNCIL_MEMBER'],
  ])('refuses %s, naming what was asked', (_why, header, notHeld) => {
    expect(actingSeat(seats, header)).toEqual({ notHeld });
  });
});
