import { useEffect } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Campaign, Council, RuleSet, Unit } from '../api/types';
import { session } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { store, useStore } from './store';

/** Directory and rule names, loaded once per sign-in, for showing names instead of codes. */
interface Directory {
  units: Unit[];
  campaigns: Campaign[];
  councils: Council[];
  rules: RuleSet | null;
}
const EMPTY: Directory = { units: [], campaigns: [], councils: [], rules: null };
const directory = store<Directory>(EMPTY);
let loadedFor: string | null = null;

async function load(token: string): Promise<void> {
  loadedFor = token;
  const settle = <T,>(p: Promise<T>, fallback: T) => p.catch(() => fallback);
  const [units, campaigns, councils, rules] = await Promise.all([
    settle(Api.units(), []),
    settle(Api.campaigns(), []),
    settle(Api.councils(), []),
    settle(Api.rulesCurrent(), null),
  ]);
  if (loadedFor === token) directory.set({ units, campaigns, councils, rules });
}

session.subscribe((s) => {
  if (!s.token) {
    loadedFor = null;
    directory.set(EMPTY);
  } else if (s.token !== loadedFor) void load(s.token);
});

export function useDirectory() {
  const d = useStore(directory);
  const { lang } = useI18n();
  useEffect(() => {
    const token = session.get().token;
    if (token && token !== loadedFor) void load(token);
  }, []);
  const unitName = (id: string | null | undefined) => (id ? (d.units.find((u) => u.unitId === id)?.name ?? id) : '—');
  const campaignName = (id: string | null | undefined) =>
    id ? (d.campaigns.find((c) => c.campaignId === id)?.name ?? id) : '—';
  const awardName = (code: string | null | undefined) => {
    if (!code) return '—';
    const a = d.rules?.awards[code];
    return a ? (lang === 'en' ? a.nameEn : a.nameVi) : code;
  };
  const documentName = (code: string) => {
    const doc = d.rules?.documentTypes?.[code];
    return doc ? (lang === 'en' ? doc.nameEn : doc.nameVi) : code;
  };
  /** Dossier content stays Vietnamese whatever the page's language (a prefilled document title). */
  const documentTitle = (code: string) => d.rules?.documentTypes?.[code]?.nameVi ?? code;
  return {
    ...d,
    unitName,
    campaignName,
    awardName,
    documentName,
    documentTitle,
    reload: () => {
      const t = session.get().token;
      if (t) void load(t);
    },
  };
}
