import type { BoardReport as DomainBoardReport } from '@khen/domain';

export type { Durations, Share } from '@khen/domain';

/** The board's report as GET /reports/board answers it (docs/reports.md): the domain's, with its instant and filter. */
export type BoardReport = DomainBoardReport & {
  asOf: string;
  filter: { year: number | null; campaign: string | null; level: string | null; unit: string | null };
};

export type ReportQuery = { year?: string; campaign?: string; level?: string; unit?: string; asOf?: string };

/** The honour roll's search (GET /public/awards). */
export type HonourRollQuery = { q?: string; year?: string; limit?: string; offset?: string };
