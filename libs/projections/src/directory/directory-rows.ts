import {
  CAMPAIGN_NOMINATION_KIND,
  currentComposition,
  searchKey,
  seatEnd,
  type CampaignState,
  type ClusterState,
  type CouncilState,
  type DirectoryRecord,
  type DirectoryRecordKind,
  type PersonState,
  type UnitState,
} from '@khen/domain';

/** A record folded by the projection: its state, version and the event that last changed it. */
export interface Folded {
  id: string;
  state: DirectoryRecord;
  version: number;
  updatedAt: string;
  lastPosition: string;
}

type Row = Record<string, unknown>;
const record = (f: Folded) => ({
  version: f.version,
  state: f.state,
  updated_at: f.updatedAt,
  last_position: f.lastPosition,
});

/** The rows of each table for a batch of folded records of one kind. */
export function rowsOf(kind: DirectoryRecordKind, folded: readonly Folded[]): Record<string, Row[]> {
  switch (kind) {
    case 'unit':
      return {
        units: folded.map((f) => {
          const u = f.state as UnitState;
          return {
            unit_id: u.unitId,
            name: u.name,
            parent_id: u.parentId,
            level: u.level,
            kind: u.kind,
            signing_unit_id: u.signingUnitId,
            active_from: u.activeFrom,
            active_to: u.activeTo,
            successor_id: u.successorId,
            search: searchKey(`${u.unitId} ${u.name}`),
            ...record(f),
          };
        }),
      };
    case 'council': {
      const councils = folded.map((f) => f.state as CouncilState);
      return {
        councils: folded.map((f) => {
          const c = f.state as CouncilState;
          return {
            council_id: c.councilId,
            name: c.name,
            level: c.level,
            authority_id: c.unitId,
            authority_name: c.authorityName,
            // The latest composition, as the ballot's loader reads it (name and chair for escalations).
            members: currentComposition(c).map((s) => ({
              memberId: s.memberId,
              unitId: s.unitId,
              name: s.name,
              seat: s.seat,
              chair: s.seat === 'CHAIR',
            })),
            unit_id: c.unitId,
            search: searchKey(`${c.councilId} ${c.name}`),
            ...record(f),
          };
        }),
        council_terms: councils.flatMap((c) =>
          c.terms.map((t) => ({ council_id: c.councilId, term_id: t.termId, from_date: t.from, to_date: t.to })),
        ),
        council_seats: councils.flatMap((c) =>
          c.seats.map((s) => {
            const term = c.terms.find((t) => t.termId === s.termId)!;
            return {
              council_id: c.councilId,
              seat_id: s.seatId,
              term_id: s.termId,
              member_id: s.memberId,
              name: s.name,
              seat: s.seat,
              unit_id: s.unitId,
              from_date: s.from,
              to_date: seatEnd(s, term),
            };
          }),
        ),
      };
    }
    case 'campaign':
      return {
        campaigns: folded.map((f) => {
          const c = f.state as CampaignState;
          return {
            campaign_id: c.campaignId,
            name: c.name,
            year: c.year,
            kind: CAMPAIGN_NOMINATION_KIND[c.kind],
            campaign_kind: c.kind,
            unit_id: c.unitId,
            level: c.level,
            filing_opens_on: c.filingOpensOn,
            filing_closes_on: c.filingClosesOn,
            awards: c.awards,
            council_id: c.councilId,
            status: c.status,
            search: searchKey(`${c.campaignId} ${c.name}`),
            ...record(f),
          };
        }),
      };
    case 'cluster': {
      const clusters = folded.map((f) => f.state as ClusterState);
      return {
        clusters: folded.map((f) => {
          const c = f.state as ClusterState;
          return { cluster_id: c.clusterId, name: c.name, kind: c.kind, council_id: c.councilId, ...record(f) };
        }),
        cluster_members: clusters.flatMap((c) =>
          c.years.flatMap((y) =>
            y.members.map((unitId) => ({
              cluster_id: c.clusterId,
              year: y.year,
              unit_id: unitId,
              leader: unitId === y.leaderId,
            })),
          ),
        ),
      };
    }
    case 'person': {
      const persons = folded.map((f) => f.state as PersonState);
      return {
        persons: folded.map((f) => ({
          subject: (f.state as PersonState).subject,
          name: (f.state as PersonState).name,
          ...record(f),
        })),
        person_seats: persons.flatMap((p) =>
          p.seats.map((s) => ({
            subject: p.subject,
            seat_id: s.seatId,
            role: s.role,
            unit_id: s.unitId,
            council_id: s.councilId,
            level: s.level,
            lead: s.lead,
            from_date: s.from,
            to_date: s.to,
          })),
        ),
      };
    }
  }
}

/** Each kind's main table, its key, its detail tables (rewritten whole for a changed record) and their columns. */
export const DIRECTORY_TABLES: Record<
  DirectoryRecordKind,
  { table: string; key: string; columns: string; details: Record<string, string> }
> = {
  unit: {
    table: 'units',
    key: 'unit_id',
    columns: `unit_id text, name text, parent_id text, level text, kind text, signing_unit_id text, active_from date, active_to date,
      successor_id text, search text, version int, state jsonb, updated_at timestamptz, last_position bigint`,
    details: {},
  },
  council: {
    table: 'councils',
    key: 'council_id',
    columns: `council_id text, name text, level text, authority_id text, authority_name text, members jsonb, unit_id text, search text,
      version int, state jsonb, updated_at timestamptz, last_position bigint`,
    details: {
      council_terms: 'council_id text, term_id text, from_date date, to_date date',
      council_seats:
        'council_id text, seat_id text, term_id text, member_id text, name text, seat text, unit_id text, from_date date, to_date date',
    },
  },
  campaign: {
    table: 'campaigns',
    key: 'campaign_id',
    columns: `campaign_id text, name text, year int, kind text, campaign_kind text, unit_id text, level text, filing_opens_on date,
      filing_closes_on date, awards text[], council_id text, status text, search text, version int, state jsonb, updated_at timestamptz,
      last_position bigint`,
    details: {},
  },
  cluster: {
    table: 'clusters',
    key: 'cluster_id',
    columns:
      'cluster_id text, name text, kind text, council_id text, version int, state jsonb, updated_at timestamptz, last_position bigint',
    details: { cluster_members: 'cluster_id text, year int, unit_id text, leader boolean' },
  },
  person: {
    table: 'persons',
    key: 'subject',
    columns: 'subject text, name text, version int, state jsonb, updated_at timestamptz, last_position bigint',
    details: {
      person_seats:
        'subject text, seat_id text, role text, unit_id text, council_id text, level text, lead boolean, from_date date, to_date date',
    },
  },
};

/** Every table the directory's projection writes (what a rebuild replaces). */
export const DIRECTORY_READ_MODEL_TABLES = [
  ...Object.values(DIRECTORY_TABLES).flatMap((spec) => [spec.table, ...Object.keys(spec.details)]),
  'directory_audit',
] as const;
