import { addCivilDays, isCivilDate, type CivilDate } from '../calendar/civil-date';
import { refuse } from '../nomination/nomination.refusals';
import type { Refusal } from '../refusal';
import { refuseDir } from './directory.refusals';
import type { FieldChange } from './directory.types';

/** A record's code: upper-case letters, digits and single hyphens, at most 64 characters. */
export const RECORD_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const CODE = RECORD_CODE;
export const isRecordCode = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && CODE.test(value);

export function checkCode(value: unknown, field: string, labelVi: string, labelEn: string): Refusal | undefined {
  return isRecordCode(value) ? undefined : refuseDir.invalidCode(field, labelVi, labelEn);
}

export function checkText(value: unknown, field: string, vi: string, en: string, max = 300): Refusal | undefined {
  if (typeof value !== 'string' || value.trim() === '') return refuse.emptyField(field, vi, en);
  if (value.length > max) return refuseDir.invalidValue(field, vi, en, `${value.slice(0, 20)}…`);
  return undefined;
}

export const checkReason = (reason: unknown) => checkText(reason, 'reason', 'lý do thay đổi', 'reason', 2000);

export function checkDate(value: unknown, field: string, vi: string, en: string): Refusal | undefined {
  return typeof value === 'string' && isCivilDate(value) ? undefined : refuseDir.invalidDate(field, vi, en);
}

export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  vi: string,
  en: string,
): Refusal | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? undefined
    : refuseDir.invalidValue(field, vi, en, value);
}

/** The first refusal of a list of checks, run in order. */
export function firstRefusal(...checks: (() => Refusal | undefined)[]): Refusal | undefined {
  for (const check of checks) {
    const r = check();
    if (r) return r;
  }
  return undefined;
}

/** A period with both days inclusive; `to` null is open-ended. */
export interface Period {
  from: CivilDate;
  to: CivilDate | null;
}

export const within = (date: CivilDate, p: Period): boolean => p.from <= date && (p.to === null || date <= p.to);
export const overlaps = (a: Period, b: Period): boolean =>
  (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
export const dayBefore = (date: CivilDate): CivilDate => addCivilDays(date, -1);
export const dayAfter = (date: CivilDate): CivilDate => addCivilDays(date, 1);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each field whose value differs: old → new, in the order given. */
export function diffFields<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: (keyof T)[]) {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (!same(from, to)) changes.push({ field: String(field), from, to });
  }
  return changes;
}

/** The fields of `after` that differ from `before` (undefined ones ignored): what a change sets. */
export function changedSet<T extends object>(before: T, after: Partial<T>, fields: (keyof T)[]): Partial<T> {
  const set: Partial<T> = {};
  for (const field of fields) {
    const value = after[field];
    if (value !== undefined && !same(before[field], value)) set[field] = value;
  }
  return set;
}

/**
 * Text folded for search: lower case, Vietnamese diacritics removed (đ → d), spaces collapsed, so
 * that "So Giao duc" finds "Sở Giáo dục". The read model stores it, the query folds its words alike.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
