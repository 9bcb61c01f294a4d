/** The board's report as GET /reports/board answers it (docs/reports.md). */
export interface Share {
  count: number;
  of: number;
  percent: number;
}

export interface Durations {
  count: number;
  p50WorkingDays: number | null;
  p90WorkingDays: number | null;
  breachedCases: number;
}

export interface BoardReport {
  asOf: string;
  filter: { year: number | null; campaign: string | null; level: string | null; unit: string | null };
  cases: { filed: number; decided: number; open: number };
  awards: {
    total: number;
    individuals: number;
    collectives: number;
    byAward: { awardCode: string; awardName: string; count: number; byKind: Record<string, number> }[];
    byKind: { kind: string; kindName: string; count: number }[];
    byLevel: { level: string; levelName: string; count: number }[];
    byUnit: { unitId: string; unitName: string; count: number }[];
  };
  shares: { directWorkers: Share; women: Share; smallCollectives: Share; extraordinary: Share };
  timeliness: {
    overall: Durations;
    byLevel: (Durations & { level: string; levelName: string })[];
    byAward: (Durations & { awardCode: string; awardName: string })[];
  };
  sla: { breachedCases: number; breaches: number; byStage: Record<string, number> };
  refusals: { total: number; byReason: { reasonCode: string; reasonName: string; count: number }[] };
}

export type ReportQuery = { year?: string; campaign?: string; level?: string; unit?: string; asOf?: string };

/** The honour roll's search (GET /public/awards). */
export type HonourRollQuery = { q?: string; year?: string; limit?: string; offset?: string };
