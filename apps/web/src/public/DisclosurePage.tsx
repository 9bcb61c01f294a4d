import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { CaseNumber, ErrorBox, Loading, PageTitle, useAsync } from '../ui/ui';
import { AwardsList } from './AwardsList';
import { ObjectionForm } from './ObjectionForm';

/** Public disclosure (no sign-in): who is proposed for which award, until when, and a form to object. */
export function DisclosurePage() {
  const { t, lang } = useI18n();
  const list = useAsync(() => Api.disclosures(), []);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section>
      <PageTitle>{t('public.title')}</PageTitle>
      <p>{t('public.intro')}</p>
      {list.loading && !list.data && <Loading />}
      <ErrorBox error={list.error} />
      {list.data && list.data.items.length === 0 && <p class="empty">{t('public.empty')}</p>}
      <ul class="disclosures">
        {list.data?.items.map((d) => (
          <li key={d.nominationId} class="card" data-nomination={d.nominationId}>
            <h2>
              {d.nomineeName} <CaseNumber n={d.caseNumber} />
            </h2>
            <dl class="facts">
              {d.position && (
                <>
                  <dt>{t('new.position')}</dt>
                  <dd>{d.position}</dd>
                </>
              )}
              <dt>{t('case.award')}</dt>
              <dd>
                {(lang === 'en' ? null : d.awardName) ?? d.awardCode}
                {lang === 'en' && d.awardName ? ` (${d.awardName})` : ''}
              </dd>
              <dt>{t('case.unit')}</dt>
              <dd>{d.unitName}</dd>
              <dt>{t('case.year')}</dt>
              <dd>{d.year}</dd>
              <dt>{t('public.period')}</dt>
              <dd>
                {formatDate(d.opensAt)} – <strong data-testid="ends-at">{formatDate(d.endsAt)}</strong>
              </dd>
            </dl>
            {open === d.nominationId ? (
              <ObjectionForm item={d} onClose={() => setOpen(null)} />
            ) : (
              <button
                type="button"
                class="secondary"
                onClick={() => setOpen(d.nominationId)}
                aria-label={t('public.objectTo', { name: d.nomineeName })}
              >
                {t('public.object')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <AwardsList />
    </section>
  );
}
