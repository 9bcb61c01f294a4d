import { seatsOfPersonAt } from './directory.queries';
import type { ClusterCommand, PersonCommand } from './directory.commands';
import type { ClusterState, CouncilState, PersonState } from './directory.types';
import { accepted, ctx, given, members, refused, when, WHY } from './testing/fixtures';

const cluster: ClusterCommand = {
  type: 'RegisterCluster',
  clusterId: 'CUM-VHXH',
  name: 'Cụm thi đua các sở văn hóa – xã hội',
  kind: 'CLUSTER',
  councilId: 'HD-TP',
  reason: WHY,
};
const year = (over: Partial<Extract<ClusterCommand, { type: 'SetClusterYear' }>> = {}): ClusterCommand => ({
  type: 'SetClusterYear',
  clusterId: 'CUM-VHXH',
  year: 2026,
  members: ['SO-GD', 'SO-YT'],
  leaderId: 'SO-GD',
  reason: WHY,
  ...over,
});

describe('clusters and blocs: members and leader per year', () => {
  it('records a year, and nothing when the same year is set again', () => {
    const c = given<ClusterState>([cluster, year()]);
    expect(c.years).toEqual([{ year: 2026, members: ['SO-GD', 'SO-YT'], leaderId: 'SO-GD' }]);
    expect(when(c, year({ members: ['SO-YT', 'SO-GD'] }))).toEqual([]);
    const [e] = accepted(when(c, year({ leaderId: 'SO-YT' })));
    expect(e!.data.changes).toEqual([{ field: '2026.leaderId', from: 'SO-GD', to: 'SO-YT' }]);
  });

  it('refuses a leader who is not a member, a member closed that year, and a unit in another cluster', () => {
    const c = given<ClusterState>([cluster]);
    expect(refused(when(c, year({ leaderId: 'UBND-TP' }))).code).toBe('LEADER_NOT_MEMBER');
    expect(refused(when(c, year({ members: ['SO-GD', 'HUYEN-CU'] }))).code).toBe('UNIT_NOT_ACTIVE');
    expect(refused(when(c, year(), ctx({ clusterOf: { 'SO-YT': 'CUM-KHAC' } })))).toMatchObject({
      code: 'UNIT_IN_OTHER_CLUSTER',
      kind: 'CONFLICT',
    });
    expect(refused(when(null, { ...cluster, councilId: 'HD-MA' })).code).toBe('COUNCIL_UNKNOWN');
  });
});

const grant = (over: Partial<Extract<PersonCommand, { type: 'GrantSeat' }>> = {}): PersonCommand => ({
  type: 'GrantSeat',
  subject: 'cb-so-gd',
  name: 'Trần Văn Bình',
  role: 'UNIT_OFFICER',
  unitId: 'SO-GD',
  from: '2026-01-01',
  reason: WHY,
  ...over,
});

describe('people on seats', () => {
  const council = given<CouncilState>([
    {
      type: 'RegisterCouncil',
      councilId: 'HD-TP',
      name: 'HĐ',
      unitId: 'UBND-TP',
      authorityName: 'Chủ tịch',
      reason: WHY,
    },
    {
      type: 'OpenTerm',
      councilId: 'HD-TP',
      termId: 'NK-1',
      from: '2026-01-01',
      to: '2030-12-31',
      members: members(5),
      reason: WHY,
    },
  ]);

  it('holds several seats at once: officer, office lead, and the council seat derived from the council', () => {
    const p = given<PersonState>([
      grant({ subject: 'tv-1' }),
      grant({ subject: 'tv-1', role: 'TDKT_OFFICE', unitId: undefined, councilId: 'HD-TP', lead: true }),
      grant({ subject: 'tv-1', role: 'AUTHORITY', unitId: 'UBND-TP', from: '2026-02-01', to: '2026-02-28' }),
    ]);
    const seats = seatsOfPersonAt(p, [council], 'tv-1', '2026-03-01');
    expect(seats.map((s) => s.role)).toEqual(['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER']);
    expect(seats[1]).toMatchObject({ councilId: 'HD-TP', lead: true });
    expect(seats[2]).toMatchObject({ councilId: 'HD-TP', unitId: 'SO-GD', lead: true });
    expect(seatsOfPersonAt(p, [council], 'tv-1', '2026-02-10').find((s) => s.role === 'AUTHORITY')).toMatchObject({
      authorityId: 'UBND-TP',
      level: 'PROVINCE',
    });
  });

  it('ends a seat on a date, old → new', () => {
    const p = given<PersonState>([grant()]);
    const [e] = accepted(
      when(p, { type: 'EndSeat', subject: 'cb-so-gd', seatId: p.seats[0]!.seatId, to: '2026-06-30', reason: WHY }),
    );
    expect(e!.data.changes).toEqual([{ field: `seats.${p.seats[0]!.seatId}.to`, from: null, to: '2026-06-30' }]);
    expect(
      seatsOfPersonAt(
        given<PersonState>([
          grant(),
          { type: 'EndSeat', subject: 'cb-so-gd', seatId: p.seats[0]!.seatId, to: '2026-06-30', reason: WHY },
        ]),
        [],
        'cb-so-gd',
        '2026-07-01',
      ),
    ).toEqual([]);
  });

  it('refuses a council seat granted by hand, an overlapping grant, an unknown seat, and an officer of no unit', () => {
    expect(refused(when(null, grant({ role: 'COUNCIL_MEMBER' as never }))).code).toBe('SEAT_FROM_COUNCIL');
    expect(refused(when(given([grant()]), grant({ from: '2026-05-01' }))).code).toBe('SEAT_OVERLAPS');
    expect(
      refused(
        when(given([grant()]), { type: 'EndSeat', subject: 'cb-so-gd', seatId: 'X', to: '2026-06-30', reason: WHY }),
      ).code,
    ).toBe('SEAT_NOT_FOUND');
    expect(refused(when(null, grant({ unitId: 'SO-MA' })))).toMatchObject({ code: 'UNIT_NOT_ACTIVE', field: 'unitId' });
  });
});
