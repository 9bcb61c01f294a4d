/**
 * Civil dates in Asia/Ho_Chi_Minh. Việt Nam keeps UTC+7 all year (no daylight saving), so a fixed
 * offset is exact and keeps this code pure: no Intl, no system time zone.
 */
export type CivilDate = string; // yyyy-MM-dd

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCivilDate(value: string): boolean {
  if (!CIVIL_DATE.test(value)) return false;
  // A day that does not exist (30/2) is either not parsed or rolls over into another day.
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The civil date in Việt Nam at an instant. */
export function toCivilDate(instant: Date): CivilDate {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a civil date begins in Việt Nam (00:00 ICT). */
export function startOfCivilDate(date: CivilDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - VN_OFFSET_MS);
}

export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** dd/MM/yyyy, the format every Vietnamese page and export uses. */
export function formatCivilDateVi(date: CivilDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "HH:mm dd/MM/yyyy" in Việt Nam time, for messages about an instant. */
export function formatInstantVi(instant: Date | string): string {
  const local = new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${formatCivilDateVi(local.slice(0, 10))}`;
}
