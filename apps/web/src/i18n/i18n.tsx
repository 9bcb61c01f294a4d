import { store, useStore } from '../app/store';
import { en, vi, type MessageKey } from './messages';

export type Lang = 'vi' | 'en';
const KEY = 'khen.lang';

function initial(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese by default; English switchable and remembered. */
export const language = store<Lang>(initial());
document.documentElement.lang = language.get();

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* private mode */
  }
  document.documentElement.lang = lang;
  language.set(lang);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (lang === 'en' ? en : vi)[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}

/** `t('inbox.title')` in the current language, plus `pick(vi, en)` for texts the API sends in both. */
export function useI18n() {
  const lang = useStore(language);
  const t: Translate = (key, params) => translate(lang, key, params);
  const pick = (viText: string | undefined | null, enText: string | undefined | null) =>
    (lang === 'en' ? enText || viText : viText || enText) ?? '';
  /** A key of a family (`stage.COUNCIL_REVIEW`), or the raw code when the family lacks it. */
  const label = (family: string, code: string | null | undefined) => {
    if (!code) return '';
    const k = `${family}.${code}` as MessageKey;
    return k in vi ? t(k) : code;
  };
  return { lang, t, pick, label };
}
