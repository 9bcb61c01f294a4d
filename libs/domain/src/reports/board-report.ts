import type { CivilDate } from '../calendar/civil-date';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { KIND_NAMES_VI, type NominationKind } from '../organisation/kinds';
import { LEVEL_NAMES_VI, type AuthorityLevel } from '../organisation/levels';
import type { RejectionReason } from '../nomination/nomination.events';
import type { CaseFacts } from './case-facts';

/** What a board report covers; every member is optional (absent = all). */
export interface ReportFilter {
  year?: number;
  campaignId?: string;
  level?: AuthorityLevel;
  unitId?: string;
}

export const REJECTION_REASON_NAMES_VI: Record<RejectionReason, string> = {
  WRONG_SUBJECT: 'Không đúng đối tượng',
  CRITERIA_NOT_MET: 'Chưa đủ tiêu chuẩn',
  INCOMPLETE_DOSSIER: 'Hồ sơ không đầy đủ',
  LAW_VIOLATION: 'Vi phạm pháp luật',
  BALLOT_FAILED: 'Không đủ tỷ lệ phiếu đồng ý',
};

/** A count out of a whole, with its share in percent (one decimal; 0 when the whole is empty). */
export interface Share {
  count: number;
  of: number;
  percent: number;
}

export interface Durations {
  count: number;
  p50WorkingDays: number | null;
  p90WorkingDays: number | null;
  /** Cases of the group whose clock ran past a deadline at least once. */
  breachedCases: number;
}

const share = (count: number, of: number): Share => ({
  count,
  of,
  percent: of === 0 ? 0 : Math.round((count / of) * 1000) / 10,
});

/** Nearest-rank percentile of sorted values (as the SLA board's stage durations count them). */
export const percentile = (sorted: readonly number[], p: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export const matchesFilter = (c: CaseFacts, f: ReportFilter) =>
  (f.year === undefined || c.year === f.year) &&
  (f.campaignId === undefined || c.campaignId === f.campaignId) &&
  (f.level === undefined || c.level === f.level) &&
  (f.unitId === undefined || c.unitId === f.unitId);

function countBy<K extends string>(cases: readonly CaseFacts[], key: (c: CaseFacts) => K) {
  const counts = new Map<K, number>();
  for (const c of cases) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Working days between two civil dates; cases share their dates, so each pair is counted once per report. */
type DaysBetween = (from: CivilDate, to: CivilDate) => number;

function daysBetween(calendar: WorkingCalendar): DaysBetween {
  const known = new Map<string, number>();
  return (from, to) => {
    const key = `${from}/${to}`;
    let n = known.get(key);
    // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same number
    if (n === undefined) known.set(key, (n = workingDaysBetween(calendar, from, to)));
    return n;
  };
}

function durations(cases: readonly CaseFacts[], days: DaysBetween): Durations {
  const sorted = cases
    .filter((c) => c.completeOn && c.decidedOn)
    .map((c) => days(c.completeOn!, c.decidedOn!))
    .sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50WorkingDays: percentile(sorted, 50),
    p90WorkingDays: percentile(sorted, 90),
    breachedCases: cases.filter((c) => c.breaches.length > 0).length,
  };
}

function groupDurations<K extends string>(cases: readonly CaseFacts[], key: (c: CaseFacts) => K, days: DaysBetween) {
  const groups = new Map<K, CaseFacts[]>();
  for (const c of cases) {
    const list = groups.get(key(c)) ?? [];
    list.push(c);
    groups.set(key(c), list);
  }
  return [...groups]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, list]) => ({ key: k, ...durations(list, days) }));
}

/**
 * The board's year in figures (docs/reports.md): awards by title and kind, the shares of Law art. 5's
 * priorities, timeliness from a complete dossier to the outcome, SLA breaches, refusals by reason.
 */
export function boardReport(all: readonly CaseFacts[], filter: ReportFilter, calendar: WorkingCalendar) {
  const cases = all.filter((c) => matchesFilter(c, filter));
  const awarded = cases.filter((c) => c.outcome === 'AWARDED');
  const individuals = awarded.filter((c) => c.subject === 'INDIVIDUAL');
  const collectives = awarded.filter((c) => c.subject === 'COLLECTIVE');
  const names = new Map(cases.filter((c) => c.awardName).map((c) => [c.awardCode, c.awardName!]));
  const decided = cases.filter((c) => c.outcome === 'AWARDED' || c.outcome === 'REJECTED');
  const rejected = cases.filter((c) => c.outcome === 'REJECTED');
  const breaches = cases.flatMap((c) => c.breaches);
  const days = daysBetween(calendar);
  return {
    cases: { filed: cases.length, decided: decided.length, open: cases.filter((c) => !c.outcome).length },
    awards: {
      total: awarded.length,
      individuals: individuals.length,
      collectives: collectives.length,
      byAward: countBy(awarded, (c) => c.awardCode).map(([awardCode, count]) => ({
        awardCode,
        awardName: names.get(awardCode) ?? awardCode,
        count,
        byKind: Object.fromEntries(
          countBy(
            awarded.filter((c) => c.awardCode === awardCode),
            (c) => c.kind,
          ),
        ),
      })),
      byKind: countBy(awarded, (c) => c.kind).map(([kind, count]) => ({
        kind,
        kindName: KIND_NAMES_VI[kind as NominationKind] ?? kind,
        count,
      })),
      byLevel: countBy(awarded, (c) => c.level).map(([level, count]) => ({
        level,
        levelName: LEVEL_NAMES_VI[level] ?? level,
        count,
      })),
      byUnit: countBy(awarded, (c) => c.unitId).map(([unitId, count]) => ({ unitId, count })),
    },
    shares: {
      directWorkers: share(individuals.filter((c) => c.directWorker === true).length, individuals.length),
      women: share(individuals.filter((c) => c.gender === 'FEMALE').length, individuals.length),
      smallCollectives: share(collectives.filter((c) => c.smallCollective === true).length, collectives.length),
      extraordinary: share(awarded.filter((c) => c.kind === 'DOT_XUAT').length, awarded.length),
    },
    timeliness: {
      overall: durations(decided, days),
      byLevel: groupDurations(decided, (c) => c.level, days).map(({ key, ...d }) => ({
        level: key,
        levelName: LEVEL_NAMES_VI[key] ?? key,
        ...d,
      })),
      byAward: groupDurations(decided, (c) => c.awardCode, days).map(({ key, ...d }) => ({
        awardCode: key,
        awardName: names.get(key) ?? key,
        ...d,
      })),
    },
    sla: {
      breachedCases: cases.filter((c) => c.breaches.length > 0).length,
      breaches: breaches.length,
      byStage: Object.fromEntries(
        [...new Set(breaches)].sort().map((s) => [s, breaches.filter((b) => b === s).length]),
      ),
    },
    refusals: {
      total: rejected.length,
      byReason: countBy(rejected, (c) => c.reasonCode ?? 'CRITERIA_NOT_MET').map(([reasonCode, count]) => ({
        reasonCode,
        reasonName: REJECTION_REASON_NAMES_VI[reasonCode as RejectionReason] ?? reasonCode,
        count,
      })),
    },
  };
}

export type BoardReport = ReturnType<typeof boardReport>;
