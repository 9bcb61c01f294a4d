import type { PersonCommand } from './directory.commands';
import type { DirectoryEvent, PersonEvent } from './directory.events';
import type { PersonState } from './directory.types';
import { evolvePerson, personSeatId } from './person.decider';
import { accepted, ctx, given, refused, when, WHY } from './testing/fixtures';

/** The record after an event (the deciders answer with the directory's events). */
const evolve = (state: PersonState | null, event: DirectoryEvent) => evolvePerson(state, event as PersonEvent);

type Grant = Extract<PersonCommand, { type: 'GrantSeat' }>;
const grant = (over: Partial<Grant> = {}): PersonCommand => ({
  type: 'GrantSeat',
  subject: 'cb-so-gd',
  name: 'Trần Văn Bình',
  role: 'UNIT_OFFICER',
  unitId: 'SO-GD',
  from: '2026-01-01',
  reason: WHY,
  ...over,
});
const office = (over: Partial<Grant> = {}) =>
  grant({ role: 'TDKT_OFFICE', unitId: undefined, councilId: 'HD-TP', ...over });
const end = (seatId: string, to: string, over: Partial<PersonCommand> = {}): PersonCommand =>
  ({ type: 'EndSeat', subject: 'cb-so-gd', seatId, to, reason: WHY, ...over }) as PersonCommand;
const granted = (out: ReturnType<typeof when>) =>
  accepted(out)[0] as Extract<PersonEvent, { type: 'PersonSeatGranted' }>;

describe('a seat id', () => {
  it('is the role, the unit or else the council or else a star, and the first day', () => {
    expect(personSeatId({ role: 'UNIT_OFFICER', unitId: 'SO-GD', councilId: null, from: '2026-01-01' })).toBe(
      'UNIT_OFFICER:SO-GD:2026-01-01',
    );
    expect(personSeatId({ role: 'TDKT_OFFICE', unitId: null, councilId: 'HD-TP', from: '2026-02-01' })).toBe(
      'TDKT_OFFICE:HD-TP:2026-02-01',
    );
    expect(personSeatId({ role: 'ADMIN', unitId: null, councilId: null, from: '2026-03-01' })).toBe(
      'ADMIN:*:2026-03-01',
    );
  });
});

describe('granting a seat', () => {
  it('gives an officer a seat of their unit only, with the name first recorded as a change', () => {
    const e = granted(when(null, grant({ name: '  Trần Văn Bình  ', councilId: 'HD-TP', lead: true })));
    expect(e.type).toBe('PersonSeatGranted');
    expect(e.data).toEqual({
      subject: 'cb-so-gd',
      name: 'Trần Văn Bình',
      reason: WHY,
      seat: {
        seatId: 'UNIT_OFFICER:SO-GD:2026-01-01',
        role: 'UNIT_OFFICER',
        unitId: 'SO-GD',
        councilId: null,
        level: null,
        lead: false,
        from: '2026-01-01',
        to: null,
      },
      changes: [
        { field: 'name', from: null, to: 'Trần Văn Bình' },
        {
          field: 'seats.UNIT_OFFICER:SO-GD:2026-01-01',
          from: null,
          to: {
            role: 'UNIT_OFFICER',
            unitId: 'SO-GD',
            councilId: null,
            level: null,
            lead: false,
            from: '2026-01-01',
            to: null,
          },
        },
      ],
    });
  });

  it("gives an authority its unit's level, and the office its council and lead, without a unit", () => {
    expect(granted(when(null, grant({ role: 'AUTHORITY', unitId: 'UBND-TP', to: '2026-12-31' }))).data.seat).toEqual(
      expect.objectContaining({ unitId: 'UBND-TP', councilId: null, level: 'PROVINCE', lead: false, to: '2026-12-31' }),
    );
    expect(granted(when(null, office({ unitId: 'SO-GD', lead: true }))).data.seat).toEqual(
      expect.objectContaining({ seatId: 'TDKT_OFFICE:HD-TP:2026-01-01', unitId: null, councilId: 'HD-TP', lead: true }),
    );
    expect(granted(when(null, office())).data.seat.lead).toBe(false);
    expect(granted(when(null, office({ lead: 'yes' as never }))).data.seat.lead).toBe(false);
  });

  it('keeps the name on record when none is given, or the subject when there is none, and records no unchanged name', () => {
    const p = given<PersonState>([grant()]);
    const second = granted(when(p, grant({ name: undefined, unitId: 'SO-YT' })));
    expect(second.data.name).toBe('Trần Văn Bình');
    expect(second.data.changes.map((c) => c.field)).toEqual(['seats.UNIT_OFFICER:SO-YT:2026-01-01']);
    const renamed = granted(when(p, grant({ name: 'Trần V. Bình', unitId: 'SO-YT' })));
    expect(renamed.data.changes[0]).toEqual({ field: 'name', from: 'Trần Văn Bình', to: 'Trần V. Bình' });
    expect(granted(when(null, grant({ name: undefined }))).data).toMatchObject({
      name: 'cb-so-gd',
      changes: [{ field: 'name', from: null, to: 'cb-so-gd' }, expect.anything()],
    });
  });

  it('refuses a second seat of the same role and unit over the same days, and only that', () => {
    const p = given<PersonState>([grant({ to: '2026-06-30' })]);
    expect(refused(when(p, grant({ from: '2026-06-30' })))).toMatchObject({
      code: 'SEAT_OVERLAPS',
      messageVi: expect.stringContaining('UNIT_OFFICER:SO-GD:2026-01-01'),
    });
    expect(granted(when(p, grant({ from: '2026-07-01' }))).data.seat.seatId).toBe('UNIT_OFFICER:SO-GD:2026-07-01');
    expect(granted(when(p, grant({ unitId: 'SO-YT', from: '2026-03-01' }))).data.seat.unitId).toBe('SO-YT');
    expect(granted(when(p, grant({ role: 'AUTHORITY', unitId: 'SO-GD', from: '2026-03-01' }))).data.seat.role).toBe(
      'AUTHORITY',
    );
    const o = given<PersonState>([office()]);
    expect(refused(when(o, office({ from: '2026-04-01' }))).code).toBe('SEAT_OVERLAPS');
    expect(granted(when(o, office({ councilId: 'HD-SO-GD', from: '2026-04-01' }))).data.seat.councilId).toBe(
      'HD-SO-GD',
    );
  });

  it.each<[string, Partial<Grant>, string, string, RegExp]>([
    ['an empty subject', { subject: '' }, 'INVALID_VALUE', 'subject', /mã người dùng/],
    ['a subject with a space', { subject: 'cb so gd' }, 'INVALID_VALUE', 'subject', /"cb so gd".*mã người dùng/],
    ['no subject', { subject: undefined }, 'INVALID_VALUE', 'subject', /mã người dùng/],
    ['a role that is not granted', { role: 'ROOT' as never }, 'INVALID_VALUE', 'role', /"ROOT".*vai trò/],
    ['a council seat', { role: 'COUNCIL_MEMBER' as never }, 'SEAT_FROM_COUNCIL', 'role', /./],
    ['a start that is no date', { from: '2026-02-30' }, 'INVALID_VALUE', 'from', /^Ngày bắt đầu không phải/],
    ['an end that is no date', { to: '31/12/2026' }, 'INVALID_VALUE', 'to', /^Ngày kết thúc không phải/],
    ['an end before the start', { to: '2025-12-31' }, 'INVALID_PERIOD', 'to', /31\/12\/2025 trước ngày bắt đầu 01\/01/],
    ['a blank name', { name: '   ' }, 'FIELD_REQUIRED', 'name', /họ tên/],
    ['an officer of no unit', { unitId: undefined }, 'UNIT_NOT_ACTIVE', 'unitId', /^Đơn vị "" không có/],
    ['an officer of a closed unit', { unitId: 'HUYEN-CU' }, 'UNIT_NOT_ACTIVE', 'unitId', /"HUYEN-CU".*01\/01\/2026/],
    ['an authority of no unit', { role: 'AUTHORITY', unitId: 'SO-MA' }, 'UNIT_NOT_ACTIVE', 'unitId', /"SO-MA"/],
    ['an office of no council', { role: 'TDKT_OFFICE', unitId: undefined }, 'COUNCIL_UNKNOWN', 'councilId', /""/],
    [
      'an office of an unknown council',
      { role: 'TDKT_OFFICE', councilId: 'HD-MA' },
      'COUNCIL_UNKNOWN',
      'councilId',
      /HD-MA/,
    ],
    ['no reason', { reason: ' ' }, 'FIELD_REQUIRED', 'reason', /lý do thay đổi/],
  ])('refuses %s, naming the field', (_, over, code, field, message) => {
    const r = refused(when(null, grant(over)));
    expect(r).toMatchObject({ code, field });
    expect(r.messageVi).toMatch(message);
  });

  it('lets an administrator, with no unit or council, through the unit and council checks', () => {
    expect(granted(when(null, grant({ role: 'ADMIN', unitId: 'SO-MA' }))).data.seat).toEqual(
      expect.objectContaining({ seatId: 'ADMIN:*:2026-01-01', unitId: null, councilId: null, level: null }),
    );
  });

  it('checks the unit on the first day of the seat, not today', () => {
    expect(refused(when(null, grant({ unitId: 'XA-AN-KHANH', from: '2025-06-30' }), ctx())).code).toBe(
      'UNIT_NOT_ACTIVE',
    );
    expect(granted(when(null, grant({ unitId: 'XA-AN-KHANH', from: '2025-07-01' }))).data.seat.unitId).toBe(
      'XA-AN-KHANH',
    );
  });
});

describe('ending a seat', () => {
  const p = () => given<PersonState>([grant(), office({ from: '2026-02-01' })]);
  const officer = 'UNIT_OFFICER:SO-GD:2026-01-01';

  it('sets the last day of that seat only, and records nothing when it already ends that day', () => {
    const [e] = accepted(when(p(), end(officer, '2026-06-30')));
    expect(e).toEqual({
      type: 'PersonSeatEnded',
      data: {
        subject: 'cb-so-gd',
        seatId: officer,
        to: '2026-06-30',
        reason: WHY,
        changes: [{ field: `seats.${officer}.to`, from: null, to: '2026-06-30' }],
      },
    });
    const after = evolve(p(), e!)!;
    expect(after.seats.map((s) => s.to)).toEqual(['2026-06-30', null]);
    expect(after.name).toBe('Trần Văn Bình');
    expect(when(after, end(officer, '2026-06-30'))).toEqual([]);
    expect(accepted(when(p(), end(officer, '2026-01-01')))).toHaveLength(1);
  });

  it.each<[string, boolean, PersonCommand, string, string | undefined]>([
    ['a person not in the directory', false, end('X', '2026-06-30'), 'DIRECTORY_RECORD_NOT_FOUND', undefined],
    ['an unknown seat', true, end('X', '2026-06-30'), 'SEAT_NOT_FOUND', undefined],
    ['an end that is no date', true, end(officer, '2026-13-01'), 'INVALID_VALUE', 'to'],
    ['an end before the start', true, end(officer, '2025-12-31'), 'INVALID_PERIOD', 'to'],
    ['no reason', true, end(officer, '2026-06-30', { reason: '' }), 'FIELD_REQUIRED', 'reason'],
  ])('refuses %s', (_, known, cmd, code, field) => {
    const r = refused(when(known ? p() : null, cmd));
    expect(r.code).toBe(code);
    if (field) expect(r.field).toBe(field);
  });

  it('names the person not found, and leaves a missing person missing', () => {
    expect(refused(when(null, end('X', '2026-06-30'))).messageVi).toBe(
      'Người dùng mã "cb-so-gd" không có trong danh mục.',
    );
    expect(
      evolve(null, {
        type: 'PersonSeatEnded',
        data: accepted(when(p(), end(officer, '2026-06-30')))[0]!.data,
      } as PersonEvent),
    ).toBeNull();
  });
});
