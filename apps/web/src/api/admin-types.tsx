// The API's answers for administrators and monitors: rule versions, the calendar, history, SLA.
import type { Stage, YearSchedule } from './domain-types';

export interface RuleVersion {
  version: number;
  id?: string;
  legalBasis?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  publishedAt?: string;
  publishedBy?: string;
  [k: string]: unknown;
}

export interface CalendarYear {
  year: number;
  inEffect: YearSchedule & { origin: 'PUBLISHED' | 'BUILT_IN' | 'COMPUTED' };
  computedDefault: YearSchedule;
  history: YearSchedule[];
}

export interface TimelineEntry {
  version: number;
  type: string;
  labelVi: string;
  labelEn: string;
  at: string;
  actor: { id: string; role: string; name?: string; unitId?: string };
  domain: boolean;
  stage: Stage;
  reasonCode?: string;
  changes: { field: string; from: unknown; to: unknown }[];
  summaryVi?: string;
  summaryEn?: string;
}

export interface StageDuration {
  stage: Stage;
  from: string;
  to: string | null;
  workingDays: number;
  calendarDays: number;
}

export interface Timeline {
  nominationId: string;
  workflowId: string;
  runIds: string[];
  temporalUiUrl?: string;
  entries: TimelineEntry[];
  stageDurations: StageDuration[];
}

export interface Integrity {
  ok: boolean;
  events: number;
  firstBroken?: { streamId: string; streamVersion: number; reason: string };
}

export interface SlaItem {
  nominationId: string;
  nomineeName: string;
  caseNumber: string | null;
  awardCode: string;
  unitId: string;
  campaignId: string;
  stage: Stage;
  status: string;
  deadline: string | null;
  warningAt: string | null;
  breached: boolean;
  state?: 'BREACHED' | 'WARNED' | 'ON_TRACK';
  workingDaysToBreach: number | null;
  hoursToBreach: number | null;
  escalations: number;
}

export interface SlaCounts {
  atRisk: number;
  breached: number;
  onTrack?: number;
}

export interface SlaBoard {
  items: SlaItem[];
  total: number;
  offset: number;
  limit: number;
  counts: { byStage: Record<string, SlaCounts>; byUnit: Record<string, SlaCounts> };
}

export interface BreachWeek {
  week: string;
  start: string;
  warnings: number;
  breaches: number;
}

export interface StageDurationStats {
  stage: Stage;
  count: number;
  p50WorkingDays: number;
  p90WorkingDays: number;
  buckets: { upTo: number; count: number }[];
}
