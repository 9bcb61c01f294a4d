import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { Api } from '../api/endpoints';
import { navigate } from '../app/router';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, Loading, PageTitle, useAsync } from '../ui/ui';

/**
 * Public (no sign-in): what a certificate's verification code stands for — the page its QR code opens
 * (/xac-minh/<code>) and the honour roll links to. A code no certificate carries is said so plainly.
 */
export function CertificateVerifyPage({ code }: { code?: string }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(code ?? '');
  const found = useAsync(async () => (code ? Api.certificate(code) : null), [code]);
  const c = found.data;
  const unknown = found.error instanceof ApiError && found.error.status === 404;
  return (
    <section>
      <PageTitle>{t('verify.title')}</PageTitle>
      <Form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) navigate(`/xac-minh/${encodeURIComponent(typed.trim().toUpperCase())}`);
        }}
      >
        <Field id="verify-code" label={t('verify.code')} hint={t('verify.hint')}>
          <input id="verify-code" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} maxLength={32} />
        </Field>
        <button type="submit" class="primary">
          {t('verify.show')}
        </button>
      </Form>
      {code && found.loading && !c && <Loading />}
      {unknown ? (
        <p class="error" role="alert" data-testid="certificate-unknown">
          {t('verify.notFound', { code: code ?? '' })}
        </p>
      ) : (
        <ErrorBox error={found.error} atFields={[]} />
      )}
      {c && (
        <div class="card" data-testid="certificate">
          <p role="status">
            <strong>{t('verify.valid')}</strong>
          </p>
          <dl class="facts">
            <dt>{t('verify.code')}</dt>
            <dd>{c.code}</dd>
            <dt>{t('verify.awardee')}</dt>
            <dd>
              <strong>{c.nomineeName}</strong>
            </dd>
            {c.position && (
              <>
                <dt>{t('verify.position')}</dt>
                <dd>{c.position}</dd>
              </>
            )}
            <dt>{t('verify.unit')}</dt>
            <dd>{c.unitName}</dd>
            <dt>{t('verify.award')}</dt>
            <dd>{c.awardName}</dd>
            <dt>{t('verify.decision')}</dt>
            <dd>{t('awards.decision', { number: c.decisionNumber, date: formatDate(c.decisionDate) })}</dd>
            <dt>{t('verify.signer')}</dt>
            <dd>{c.signerName}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
