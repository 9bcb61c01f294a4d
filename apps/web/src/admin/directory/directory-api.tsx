import { api, ApiError, download } from '../../api/client';

/** The directory's administration as the pages call it (docs/api-contracts.md, "Directory"). */

export interface UnitItem {
  unitId: string;
  name: string;
  kind: string;
  level: string;
  parentId: string | null;
  activeFrom: string;
  activeTo: string | null;
  successorId: string | null;
  version: number;
}

export interface RecordView<S> {
  kind: string;
  id: string;
  version: number;
  state: S;
}

export interface UnitState {
  unitId: string;
  name: string;
  kind: string;
  level: string;
  parentId: string | null;
  signingUnitId: string;
  activeFrom: string;
  activeTo: string | null;
  successorId: string | null;
}

export interface SeatRow {
  memberId: string;
  name: string;
  seat: string;
  unitId: string;
}

export interface CouncilState {
  councilId: string;
  name: string;
  level: string;
  unitId: string;
  authorityName: string;
  terms: { termId: string; from: string; to: string }[];
  seats: (SeatRow & { seatId: string; termId: string; from: string; to: string | null })[];
}

export interface CampaignState {
  campaignId: string;
  name: string;
  unitId: string;
  level: string;
  kind: string;
  year: number;
  filingOpensOn: string;
  filingClosesOn: string;
  awards: string[];
  councilId: string;
  status: 'OPEN' | 'CLOSED';
  // Cluster and bloc scoring's criteria (absent in campaigns recorded before them).
  criteria?: { criterionId: string; name: string; weight: number; maxPoints: number; evidence?: string }[];
  // Lifecycle windows (docs/campaigns.md), absent on campaigns without them.
  registrationOpensOn?: string;
  registrationClosesOn?: string;
  evaluationOpensOn?: string;
  evaluationClosesOn?: string;
}

export interface ClusterItem {
  clusterId: string;
  name: string;
  kind: 'CLUSTER' | 'BLOC';
  councilId: string;
  version: number;
  years: { year: number; members: string[]; leaderId: string }[] | null;
}

export interface AuditRow {
  position: string;
  recordKind: string;
  recordId: string;
  version: number;
  type: string;
  recordedAt: string;
  actorId: string | null;
  actorName: string | null;
  reason: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

export interface PersonState {
  subject: string;
  name?: string;
  seats: {
    seatId: string;
    role: string;
    unitId?: string | null;
    councilId?: string | null;
    from: string;
    to?: string | null;
  }[];
}

const ifMatch = (version?: number): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${version}"` };

export const DirectoryApi = {
  roots: async () => (await api<UnitItem[]>('/directory/units')).filter((u) => u.parentId === null),
  allUnits: () => api<UnitItem[]>('/directory/units'),
  children: (unitId: string) =>
    api<{ items: UnitItem[] }>(`/directory/units/${encodeURIComponent(unitId)}/children`).then((r) => r.items),
  unit: (unitId: string) =>
    api<RecordView<UnitState> & { path: { unitId: string; name: string }[] }>(
      `/directory/units/${encodeURIComponent(unitId)}`,
    ),
  registerUnit: (body: object) => api<RecordView<UnitState>>('/directory/units', { body }),
  changeUnit: (unitId: string, version: number, body: object) =>
    api<RecordView<UnitState>>(`/directory/units/${encodeURIComponent(unitId)}`, {
      method: 'PATCH',
      body,
      headers: ifMatch(version),
    }),
  unitAction: (unitId: string, action: 'move' | 'close' | 'merge', version: number, body: object) =>
    api<RecordView<UnitState>>(`/directory/units/${encodeURIComponent(unitId)}/${action}`, {
      body,
      headers: ifMatch(version),
    }),

  councils: () => api<{ councilId: string; name: string; level: string; members: unknown[] }[]>('/directory/councils'),
  council: (councilId: string) => api<RecordView<CouncilState>>(`/directory/councils/${encodeURIComponent(councilId)}`),
  membersOn: (councilId: string, on?: string) =>
    api<{ on: string; members: (SeatRow & { termId: string; from: string; to: string })[] }>(
      `/directory/councils/${encodeURIComponent(councilId)}/members`,
      { query: { on } },
    ),
  registerCouncil: (body: object) => api<RecordView<CouncilState>>('/directory/councils', { body }),
  openTerm: (councilId: string, version: number, body: object) =>
    api<RecordView<CouncilState>>(`/directory/councils/${encodeURIComponent(councilId)}/terms`, {
      body,
      headers: ifMatch(version),
    }),
  changeMembership: (councilId: string, termId: string, version: number, body: object) =>
    api<RecordView<CouncilState>>(
      `/directory/councils/${encodeURIComponent(councilId)}/terms/${encodeURIComponent(termId)}/membership`,
      { body, headers: ifMatch(version) },
    ),

  campaigns: () => api<{ campaignId: string; name: string; year: number; kind: string }[]>('/directory/campaigns'),
  campaign: (campaignId: string) =>
    api<RecordView<CampaignState>>(`/directory/campaigns/${encodeURIComponent(campaignId)}`),
  launchCampaign: (body: object) => api<RecordView<CampaignState>>('/directory/campaigns', { body }),
  campaignAction: (campaignId: string, action: 'close' | 'reopen', version: number, reason: string) =>
    api<RecordView<CampaignState>>(`/directory/campaigns/${encodeURIComponent(campaignId)}/${action}`, {
      body: { reason },
      headers: ifMatch(version),
    }),

  changeCampaign: (campaignId: string, version: number, body: object) =>
    api<RecordView<CampaignState>>(`/directory/campaigns/${encodeURIComponent(campaignId)}`, {
      method: 'PATCH',
      body,
      headers: ifMatch(version),
    }),

  clusters: () => api<ClusterItem[]>('/directory/clusters'),
  registerCluster: (body: object) => api<RecordView<ClusterItem>>('/directory/clusters', { body }),
  changeCluster: (clusterId: string, version: number, body: object) =>
    api<RecordView<ClusterItem>>(`/directory/clusters/${encodeURIComponent(clusterId)}`, {
      method: 'PATCH',
      body,
      headers: ifMatch(version),
    }),
  clusterYear: (clusterId: string, year: number, version: number, body: object) =>
    api<RecordView<ClusterItem>>(`/directory/clusters/${encodeURIComponent(clusterId)}/years/${year}`, {
      method: 'PUT',
      body,
      headers: ifMatch(version),
    }),

  person: (subject: string) => api<RecordView<PersonState>>(`/directory/people/${encodeURIComponent(subject)}`),
  grantSeat: (subject: string, body: object) =>
    api<RecordView<PersonState>>(`/directory/people/${encodeURIComponent(subject)}/seats`, { body }),
  endSeat: (subject: string, seatId: string, version: number, body: object) =>
    api<RecordView<PersonState>>(
      `/directory/people/${encodeURIComponent(subject)}/seats/${encodeURIComponent(seatId)}/end`,
      { body, headers: ifMatch(version) },
    ),

  audit: (query: Record<string, string | undefined>) => api<AuditRow[]>('/directory/audit', { query }),
  exportAudit: (query: Record<string, string | undefined>) =>
    download('/directory/audit/export', `nhat-ky-danh-muc.csv`, query),
};

/** The API's reason for one field of a form (the refusal names it), or undefined. */
export function fieldError(error: unknown, field: string, pick: (vi?: string, en?: string) => string) {
  if (!(error instanceof ApiError)) return undefined;
  const p = error.problem;
  if (p.field === field) return pick(p.detail, p.detailEn);
  const e = p.errors?.find((x) => x.field === field);
  return e ? pick(e.reason ?? e.messageVi, e.reasonEn ?? e.messageEn).replace(`${field}: `, '') : undefined;
}

/** Whether a refusal names a field the form shows (then it is shown there, not only at the top). */
export const namesField = (error: unknown, fields: string[]) =>
  error instanceof ApiError &&
  (fields.includes(error.problem.field ?? '') || (error.problem.errors ?? []).some((e) => fields.includes(e.field)));
