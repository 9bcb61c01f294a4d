import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { navigate } from '../app/router';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { CaseNumber, ErrorBox, Field, Loading, PageTitle, useAsync } from '../ui/ui';

/** Public (no sign-in): where a citizen's objection stands, by the tracking code on its receipt. */
export function ObjectionStatusPage({ code }: { code?: string }) {
  const { t, label } = useI18n();
  const [typed, setTyped] = useState(code ?? '');
  const status = useAsync(async () => (code ? Api.objectionStatus(code) : null), [code]);
  const s = status.data;
  return (
    <section>
      <PageTitle>{t('track.title')}</PageTitle>
      <Form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) navigate(`/cong-khai/y-kien/${encodeURIComponent(typed.trim().toUpperCase())}`);
        }}
      >
        <Field id="track-code" label={t('public.trackingCode')} hint={t('track.hint')}>
          <input id="track-code" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} maxLength={32} />
        </Field>
        <button type="submit" class="primary">
          {t('track.show')}
        </button>
      </Form>
      {code && status.loading && !s && <Loading />}
      <ErrorBox error={status.error} atFields={[]} />
      {s && (
        <dl class="facts card" data-testid="objection-status">
          <dt>{t('public.trackingCode')}</dt>
          <dd>{s.trackingCode}</dd>
          <dt>{t('track.about')}</dt>
          <dd>
            {s.nomineeName} <CaseNumber n={s.caseNumber} />
          </dd>
          <dt>{t('track.filed')}</dt>
          <dd>{formatDateTime(s.filedAt)}</dd>
          <dt>{t('track.status')}</dt>
          <dd>
            <strong>{s.status === 'OPEN' ? t('track.open') : label('objection', s.status)}</strong>
          </dd>
          {s.note && (
            <>
              <dt>{t('objection.note')}</dt>
              <dd>{s.note}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
