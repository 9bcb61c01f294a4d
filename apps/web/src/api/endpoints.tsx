import { api, conditional, upload } from './client';
import type { BoardReport, HonourRollQuery, ReportQuery } from './report-types';
import type {
  Ballot,
  BreachWeek,
  BulkProgress,
  BulkSubmitted,
  CalendarYear,
  CaseRow,
  Campaign,
  CommandAccepted,
  Council,
  Disclosure,
  DocumentRef,
  Integrity,
  Me,
  NominationView,
  Page,
  RuleSet,
  RuleVersion,
  SlaBoard,
  StageDurationStats,
  Task,
  TaskQuery,
  Timeline,
  Unit,
} from './types';

/** An initiative of the registry (sổ sáng kiến), as GET /api/initiatives answers it. */
export interface Initiative {
  initiativeId: string;
  title: string;
  unitId: string;
  year: number;
  authors: { key: string; name: string; userId?: string }[];
  status: 'FILED' | 'RECOGNISED' | 'NOT_RECOGNISED';
  filedBy: string;
  filedOn: string;
  version: number;
  assessment?: { recognised: boolean; scope?: string; decidedOn: string; reason?: string; decisionNumber?: string };
}

/** A registration (đăng ký thi đua, docs/campaigns.md), as GET /api/campaigns/{campaignId}/registrations answers it. */
export interface Registration {
  registrationId: string;
  campaignId: string;
  unitId: string;
  awardCode: string;
  nominee: { subject: 'INDIVIDUAL' | 'COLLECTIVE'; key: string; name: string };
  registeredOn: string;
  registeredBy: string;
  status: 'REGISTERED' | 'WITHDRAWN';
  withdrawnOn?: string;
  withdrawalReason?: string;
  version: number;
}

const registrationsOf = (campaignId: string) => `/campaigns/${encodeURIComponent(campaignId)}/registrations`;
/** The unit's registrations version the page read, sent back as If-Match (412 if another officer changed them). */
const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${version}"` };

/** Typed calls of docs/api-contracts.md, one per endpoint the pages use. */
export const Api = {
  me: () => api<Me>('/me'),
  initiatives: (q: Record<string, string | undefined>) => api<{ items: Initiative[] }>('/initiatives', { query: q }),
  fileInitiative: (body: object) => api<Initiative>('/initiatives', { body }),
  assessInitiative: (id: string, body: object) => api<Initiative>(`/initiatives/${id}/assessment`, { body }),
  registrations: (campaignId: string, unitId?: string) =>
    api<{ items: Registration[]; version?: number }>(registrationsOf(campaignId), { query: { unitId } }),
  register: (campaignId: string, body: object, version?: number) =>
    api<Registration>(registrationsOf(campaignId), { body, headers: ifMatch(version) }),
  withdrawRegistration: (campaignId: string, registrationId: string, reason: string, version?: number) =>
    api<Registration>(`${registrationsOf(campaignId)}/${registrationId}/withdrawal`, {
      body: { reason },
      headers: ifMatch(version),
    }),
  units: () => api<Unit[]>('/directory/units'),
  campaigns: () => api<Campaign[]>('/directory/campaigns'),
  councils: () => api<Council[]>('/directory/councils'),

  cases: (q: Record<string, string | number | undefined>) => api<Page<CaseRow>>('/nominations', { query: q }),
  nomination: (id: string) => api<NominationView>(`/nominations/${id}`),
  ballot: (id: string) => api<Ballot>(`/nominations/${id}/ballot`),
  create: (body: object) => api<CommandAccepted>('/nominations', { body }),
  submit: (id: string, documents: DocumentRef[]) =>
    api<CommandAccepted>(`/nominations/${id}/submit`, { body: { documents } }),
  supplement: (id: string, documents: DocumentRef[]) =>
    api<CommandAccepted>(`/nominations/${id}/supplements`, { body: { documents } }),
  closeBallot: (id: string) => api<CommandAccepted>(`/nominations/${id}/ballot/close`, { method: 'POST' }),

  tasks: (q: TaskQuery) =>
    api<Page<Task>>('/tasks', { query: q as Record<string, string | number | boolean | undefined> }),
  /** The inbox's first page, or null when it is unchanged since `etag` (304: the self-refresh). */
  tasksIfChanged: (q: TaskQuery, etag?: string) =>
    conditional<Page<Task>>('/tasks', q as Record<string, string | number | boolean | undefined>, etag),
  claim: (taskId: string) => api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/claim`, { method: 'POST' }),
  release: (taskId: string) => api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/release`, { method: 'POST' }),
  complete: (taskId: string, body: object) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/complete`, { body }),
  reassign: (taskId: string, assignee: string) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/reassign`, { body: { assignee } }),
  holders: (taskId: string) =>
    api<{ taskId: string; candidateGroup: string; people: { userId: string; displayName: string }[] }>(
      `/tasks/${encodeURIComponent(taskId)}/holders`,
    ),
  delegate: (taskId: string, to: string) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/delegate`, { body: { to } }),
  views: () => api<{ name: string; query: TaskQuery }[]>('/tasks/views'),
  saveView: (name: string, query: TaskQuery) =>
    api<void>(`/tasks/views/${encodeURIComponent(name)}`, { method: 'PUT', body: query }),
  deleteView: (name: string) => api<void>(`/tasks/views/${encodeURIComponent(name)}`, { method: 'DELETE' }),

  disclosures: () => api<{ items: Disclosure[] }>('/public/disclosures', { anonymous: true }),
  awards: (q: HonourRollQuery = {}) =>
    api<{ items: PublicAward[]; total: number; limit: number; offset: number }>('/public/awards', {
      anonymous: true,
      query: q,
    }),
  boardReport: (q: ReportQuery) => api<BoardReport>('/reports/board', { query: q }),
  object: (
    id: string,
    body: {
      content: string;
      submitterName?: string;
      contact: string;
      objectionId: string;
      evidence?: { sha256: string }[];
    },
  ) =>
    api<{ objectionId: string; trackingCode: string; messageVi: string }>(`/public/disclosures/${id}/objections`, {
      body,
      anonymous: true,
    }),
  objectionStatus: (code: string) =>
    api<{
      trackingCode: string;
      nomineeName: string;
      caseNumber: string | null;
      filedAt: string | null;
      status: 'OPEN' | 'UPHELD' | 'DISMISSED';
      note: string | null;
    }>(`/public/objections/${encodeURIComponent(code)}`, { anonymous: true }),
  /** What a certificate's verification code stands for (404 CERTIFICATE_CODE_UNKNOWN otherwise). */
  certificate: (code: string) =>
    api<CertificateFacts>(`/public/certificates/${encodeURIComponent(code)}`, { anonymous: true }),

  bulkUpload: (file: File, campaignId: string, councilId: string, onProgress: (f: number) => void) =>
    upload<{ bulkId: string; total: number; valid: number; rejected: number }>(
      '/bulk-filings',
      file,
      { campaignId, councilId },
      onProgress,
    ),
  bulkProgress: (bulkId: string) => api<BulkProgress>(`/bulk-filings/${bulkId}`),
  bulkSubmit: (bulkId: string, documents: DocumentRef[]) =>
    api<BulkSubmitted>(`/bulk-filings/${bulkId}/submission`, { body: { documents } }),

  rulesCurrent: () => api<RuleSet>('/rules/current'),
  ruleVersions: () => api<RuleVersion[]>('/rules'),
  ruleVersion: (v: number) => api<RuleSet>(`/rules/${v}`),
  publishRules: (doc: unknown) => api<RuleSet>('/rules', { body: doc }),
  calendar: (year: number) => api<CalendarYear>(`/calendar/${year}`),
  publishCalendar: (year: number, body: { daysOff: string[]; workingWeekendDays: string[]; source: string }) =>
    api<unknown>(`/calendar/${year}`, { body }),

  // History
  timeline: (id: string) => api<Timeline>(`/nominations/${id}/timeline`),
  integrity: (id: string) => api<Integrity>(`/nominations/${id}/integrity`),
  asOfAt: (id: string, at: string) =>
    api<{ version: number; state: NominationView['state'] }>(`/nominations/${id}/as-of`, { query: { at } }),
  asOfVersion: (id: string, version: number) =>
    api<{ version: number; state: NominationView['state'] }>(`/nominations/${id}/as-of`, { query: { version } }),

  // SLA
  slaBoard: (q: Record<string, string | undefined>) => api<SlaBoard>('/sla/board', { query: q }),
  breachesPerWeek: (weeks = 12) => api<{ weeks: BreachWeek[] }>('/sla/breaches-per-week', { query: { weeks } }),
  stageDurations: () => api<{ stages: StageDurationStats[] }>('/sla/stage-durations'),
};

/** An award decided in Khen, as the public list shows it; `decisionUrl` opens the signed decision PDF. */
export interface PublicAward {
  nominationId: string;
  nomineeName: string;
  position: string | null;
  awardCode: string;
  awardName: string | null;
  unitName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  signerName: string | null;
  /** The short achievement text filed with the dossier (public), at most 600 characters. */
  achievementSummary: string | null;
  decisionUrl: string | null;
  /** The code printed on the award's certificate, and the public page that verifies it (its QR code). */
  certificateCode: string;
  verifyUrl: string;
}

/** A certificate as its public verification shows it. */
export interface CertificateFacts {
  code: string;
  nominationId: string;
  nomineeName: string;
  position: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
}

/** A stored file as the API answers an upload. */
export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  duplicate: boolean;
}

/** The file's SHA-256, computed here and sent with it: a content that differs on the way is refused (422). */
async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Uploads one dossier file (POST /api/documents, multipart: field `sha256`, then `file`); the API tells
 * the type from the content and answers the hash to put in the dossier.
 */
export async function storeDocument(file: File): Promise<StoredFile> {
  const form = new FormData();
  form.append('sha256', await sha256Hex(file));
  form.append('file', file, file.name);
  return api<StoredFile>('/documents', { method: 'POST', raw: form });
}

/**
 * Uploads one evidence file for a citizen's objection (POST /api/public/disclosures/{id}/evidence, no token,
 * the same multipart form as a dossier file); the answer's hash goes into the objection.
 */
export async function storeEvidence(nominationId: string, file: File): Promise<StoredFile> {
  const form = new FormData();
  form.append('sha256', await sha256Hex(file));
  form.append('file', file, file.name);
  return api<StoredFile>(`/public/disclosures/${nominationId}/evidence`, {
    method: 'POST',
    raw: form,
    anonymous: true,
  });
}

/** A link that opens a file for 5 minutes without a bearer header (a new tab, an <iframe>, an <img>). */
export const fileLink = (sha256: string, nominationId?: string) =>
  api<{ url: string; expiresAt: string; fileName: string; mediaType: string; size: number }>(
    `/documents/${sha256}/links`,
    { method: 'POST', body: nominationId ? { nominationId } : {} },
  );
