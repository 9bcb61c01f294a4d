import type { NominationView } from '../api/types';
import { formatDate, formatPercent } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

/**
 * The council's tally and the public disclosure of a case, as terms of a `<dl>` (the case page; the
 * decision form, without the verdict: the signer reads the figures), each only once the case has it.
 */
export function TallyFacts({ s, verdict = false }: { s: NominationView['state']; verdict?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <>
      {s.tally && (
        <>
          <dt>{t('case.tally')}</dt>
          <dd>
            {t('case.tallyText', {
              approve: s.tally.approve,
              eligible: s.tally.denominator ?? s.tally.eligible,
              percent: formatPercent(s.tally.approvePercent, lang),
            })}
            {verdict && <> — {s.tally.passed ? t('case.passed') : t('case.failed')}</>}
          </dd>
        </>
      )}
      {s.disclosure && (
        <>
          <dt>{t('case.disclosure')}</dt>
          <dd>
            {formatDate(s.disclosure.opensAt)} – {formatDate(s.disclosure.endsAt)}
          </dd>
        </>
      )}
    </>
  );
}
