import type { CivilDate } from '../calendar/civil-date';
import type { NominationKind } from '../organisation/kinds';
import type { AuthorityLevel } from '../organisation/levels';
import type { ScoringCriterion } from '../cluster-scoring/criteria';

/** Kinds of unit (docs/domain.md §2). DISTRICT_LEGACY: a district, only for history before 1/7/2025. */
export const UNIT_KINDS = [
  'PROVINCE',
  'MINISTRY',
  'DEPARTMENT',
  'COMMUNE',
  'DISTRICT_LEGACY',
  'PUBLIC_SERVICE',
  'ENTERPRISE',
  'SUB_UNIT',
  'OTHER',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_NAMES_VI: Record<UnitKind, string> = {
  PROVINCE: 'Tỉnh, thành phố',
  MINISTRY: 'Bộ, ngành trung ương',
  DEPARTMENT: 'Sở, ban, ngành',
  COMMUNE: 'Xã, phường, đặc khu',
  DISTRICT_LEGACY: 'Quận, huyện (trước 01/7/2025)',
  PUBLIC_SERVICE: 'Đơn vị sự nghiệp công lập',
  ENTERPRISE: 'Doanh nghiệp',
  SUB_UNIT: 'Đơn vị trực thuộc',
  OTHER: 'Cơ quan, tổ chức khác',
};

/** A unit of the organisation tree: its head signs for its people unless `signingUnitId` says otherwise. */
export interface UnitState {
  /** The code: stable, upper-case letters, digits and "-". */
  unitId: string;
  name: string;
  kind: UnitKind;
  level: AuthorityLevel;
  /** Null only for a root (a province or a ministry). */
  parentId: string | null;
  /** The unit whose head proposes and decides for this unit's people (Law art. 83). */
  signingUnitId: string;
  activeFrom: CivilDate;
  /** The last day the unit exists (inclusive); null while it is active. */
  activeTo: CivilDate | null;
  /** Who takes over its open cases once it is closed or merged. */
  successorId: string | null;
}

/** Seats of a council (Hội đồng Thi đua – Khen thưởng). */
export const COUNCIL_SEATS = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'SECRETARY', 'MEMBER'] as const;
export type CouncilSeatKind = (typeof COUNCIL_SEATS)[number];
/** Seats one person holds at a time; the others may have several holders. */
export const SINGLE_HOLDER_SEATS: readonly CouncilSeatKind[] = ['CHAIR', 'SECRETARY'];

export const SEAT_NAMES_VI: Record<CouncilSeatKind, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  STANDING_MEMBER: 'Ủy viên thường trực',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Ủy viên',
};
export const SEAT_NAMES_EN: Record<CouncilSeatKind, string> = {
  CHAIR: 'chair',
  VICE_CHAIR: 'vice-chair',
  STANDING_MEMBER: 'standing member',
  SECRETARY: 'secretary',
  MEMBER: 'member',
};

/** A term (nhiệm kỳ): both days inclusive; the terms of one council never overlap. */
export interface CouncilTerm {
  termId: string;
  from: CivilDate;
  to: CivilDate;
}

/** One person in one seat for a period within a term (both days inclusive; open-ended = to the term's end). */
export interface CouncilSeat {
  seatId: string;
  termId: string;
  /** The person's subject at the identity provider. */
  memberId: string;
  name: string;
  seat: CouncilSeatKind;
  /** The member's own unit: they never vote on a nominee of it. */
  unitId: string;
  from: CivilDate;
  to: CivilDate | null;
}

export interface CouncilState {
  councilId: string;
  name: string;
  level: AuthorityLevel;
  /** The unit whose council it is: its head is the authority the council advises. */
  unitId: string;
  authorityName: string;
  terms: CouncilTerm[];
  seats: CouncilSeat[];
}

export const CAMPAIGN_KINDS = ['ANNUAL', 'THEMATIC', 'EXTRAORDINARY'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
/** The kind of nomination a campaign's filings are. */
export const CAMPAIGN_NOMINATION_KIND: Record<CampaignKind, NominationKind> = {
  ANNUAL: 'CONG_TRANG',
  THEMATIC: 'THEO_DOT',
  EXTRAORDINARY: 'DOT_XUAT',
};

/** A campaign (phong trào, đợt thi đua): the level that launches it awards within its competence. */
export interface CampaignState {
  campaignId: string;
  name: string;
  /** The launching unit; `level` is its level at the launch, the awarding level. */
  unitId: string;
  level: AuthorityLevel;
  kind: CampaignKind;
  year: number;
  filingOpensOn: CivilDate;
  filingClosesOn: CivilDate;
  awards: string[];
  /** The council that reviews its filings (the launching unit's). */
  councilId: string;
  status: 'OPEN' | 'CLOSED';
  // Cluster and bloc scoring (docs/cluster-scoring.md): absent in campaigns recorded before it.
  /** The scoring criteria its clusters and blocs score by (tiêu chí chấm điểm thi đua). */
  criteria?: ScoringCriterion[];
  // Lifecycle windows (docs/campaigns.md): optional, so campaigns recorded before them still fold.
  registrationOpensOn?: CivilDate;
  registrationClosesOn?: CivilDate;
  evaluationOpensOn?: CivilDate;
  evaluationClosesOn?: CivilDate;
}

export const CLUSTER_KINDS = ['CLUSTER', 'BLOC'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

export interface ClusterYear {
  year: number;
  members: string[];
  leaderId: string;
}

/** An emulation cluster or bloc (cụm, khối thi đua), organised by a council; members per year. */
export interface ClusterState {
  clusterId: string;
  name: string;
  kind: ClusterKind;
  councilId: string;
  years: ClusterYear[];
}

/** Seats a person is given directly; council seats come from the councils (never entered twice). */
export const GRANTED_ROLES = ['UNIT_OFFICER', 'TDKT_OFFICE', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];

export interface PersonSeat {
  seatId: string;
  role: GrantedRole;
  /** UNIT_OFFICER: the unit; AUTHORITY: the unit whose head signs. */
  unitId: string | null;
  /** TDKT_OFFICE: the council whose office it is. */
  councilId: string | null;
  /** AUTHORITY: the level it decides at. */
  level: AuthorityLevel | null;
  /** Head of the office. */
  lead: boolean;
  from: CivilDate;
  to: CivilDate | null;
}

export interface PersonState {
  subject: string;
  name: string;
  seats: PersonSeat[];
}

/** One field's old and new value, as an audit shows it. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}
