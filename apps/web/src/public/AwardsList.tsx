import { Api } from '../api/endpoints';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, useAsync } from '../ui/ui';

/** The awards decided (no sign-in): who, which award, by which decision, and its signed PDF when there is one. */
export function AwardsList() {
  const { t, lang } = useI18n();
  const list = useAsync(() => Api.awards(), []);
  return (
    <section aria-labelledby="awards-title">
      <h2 id="awards-title">{t('awards.title')}</h2>
      {list.loading && !list.data && <Loading />}
      <ErrorBox error={list.error} />
      {list.data && list.data.items.length === 0 && <p class="empty">{t('awards.empty')}</p>}
      <ul class="awards">
        {list.data?.items.map((a) => (
          <li key={a.nominationId} data-nomination={a.nominationId}>
            <strong>{a.nomineeName}</strong> ({a.unitName}) — {(lang === 'en' ? null : a.awardName) ?? a.awardCode},{' '}
            {t('awards.decision', { number: a.decisionNumber, date: formatDate(a.decisionDate) })}
            {a.decisionUrl && (
              <>
                {' · '}
                <a href={a.decisionUrl} target="_blank" rel="noopener noreferrer">
                  {t('awards.open')}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
