import { api, upload } from './client';
import type {
  Ballot,
  BreachWeek,
  BulkProgress,
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

/** Typed calls of docs/api-contracts.md, one per endpoint the pages use. */
export const Api = {
  me: () => api<Me>('/me'),
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
  claim: (taskId: string) => api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/claim`, { method: 'POST' }),
  release: (taskId: string) => api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/release`, { method: 'POST' }),
  complete: (taskId: string, body: object) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/complete`, { body }),
  reassign: (taskId: string, assignee: string) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/reassign`, { body: { assignee } }),
  delegate: (taskId: string, to: string) =>
    api<CommandAccepted>(`/tasks/${encodeURIComponent(taskId)}/delegate`, { body: { to } }),
  views: () => api<{ name: string; query: TaskQuery }[]>('/tasks/views'),
  saveView: (name: string, query: TaskQuery) =>
    api<void>(`/tasks/views/${encodeURIComponent(name)}`, { method: 'PUT', body: query }),
  deleteView: (name: string) => api<void>(`/tasks/views/${encodeURIComponent(name)}`, { method: 'DELETE' }),

  disclosures: () => api<{ items: Disclosure[] }>('/public/disclosures', { anonymous: true }),
  object: (id: string, body: { content: string; submitterName?: string; contact?: string; objectionId: string }) =>
    api<{ objectionId: string; messageVi: string }>(`/public/disclosures/${id}/objections`, { body, anonymous: true }),

  bulkUpload: (file: File, campaignId: string, councilId: string, onProgress: (f: number) => void) =>
    upload<{ bulkId: string; total: number; valid: number; rejected: number }>(
      '/bulk-filings',
      file,
      { campaignId, councilId },
      onProgress,
    ),
  bulkProgress: (bulkId: string) => api<BulkProgress>(`/bulk-filings/${bulkId}`),

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
  asOfVersion: (id: string, version: number) =>
    api<{ version: number; state: NominationView['state'] }>(`/nominations/${id}/as-of`, { query: { version } }),

  // SLA
  slaBoard: (q: Record<string, string | undefined>) => api<SlaBoard>('/sla/board', { query: q }),
  breachesPerWeek: (weeks = 12) => api<{ weeks: BreachWeek[] }>('/sla/breaches-per-week', { query: { weeks } }),
  stageDurations: () => api<{ stages: StageDurationStats[] }>('/sla/stage-durations'),
};

/** Stores a document's content (POST /api/documents) and answers its SHA-256 for the dossier. */
export const storeDocument = (file: File) =>
  api<{ sha256: string; size: number }>('/documents', {
    method: 'POST',
    raw: file,
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
  });
