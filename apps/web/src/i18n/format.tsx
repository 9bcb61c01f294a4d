import type { Lang } from './i18n';

const TZ = 'Asia/Ho_Chi_Minh';

const dateFmt = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd/MM/yyyy in Asia/Ho_Chi_Minh, in both languages. A civil date (yyyy-MM-dd) is shown as is. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (civil) return `${civil[3]}/${civil[2]}/${civil[1]}`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateFmt.format(d);
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${dateFmt.format(d)} ${timeFmt.format(d)}`;
}

/** "3 ngày 4 giờ" / "3 d 4 h" for a span of milliseconds (sign ignored). */
export function formatSpan(ms: number, lang: Lang): string {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const [d, h, m] = lang === 'en' ? ['d', 'h', 'min'] : ['ngày', 'giờ', 'phút'];
  if (days > 0) return `${days} ${d}${hours ? ` ${hours} ${h}` : ''}`;
  if (hours > 0) return `${hours} ${h}${minutes ? ` ${minutes} ${m}` : ''}`;
  return `${minutes} ${m}`;
}

/** The level of urgency a time-to-breach gets: colours and words go with it. */
export type Urgency = 'breached' | 'at-risk' | 'ok' | 'none';
export const AT_RISK_MS = 3 * 86_400_000;

export function urgencyOf(msToBreach: number | null | undefined): Urgency {
  if (msToBreach === null || msToBreach === undefined) return 'none';
  if (msToBreach <= 0) return 'breached';
  return msToBreach <= AT_RISK_MS ? 'at-risk' : 'ok';
}

export const shortId = (id: string) => id.slice(0, 8);

/** A number the way each language writes it: "66,67" in Vietnamese (decimal comma), "66.67" in English. */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits }).format(n);
}

/** "66,67 %" / "66.67 %". */
export const formatPercent = (n: number, lang: Lang) => `${formatNumber(n, lang)} %`;

const secondsFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** dd/MM/yyyy HH:mm:ss in Asia/Ho_Chi_Minh: a history's times, to the second. */
export function formatDateTimeSeconds(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${dateFmt.format(d)} ${secondsFmt.format(d)}`;
}
