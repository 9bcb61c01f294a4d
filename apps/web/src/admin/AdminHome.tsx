import { download } from '../api/client';
import { api } from '../api/client';
import { Link } from '../app/router';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, PageTitle, useAction } from '../ui/ui';

interface StoreReport {
  ok: boolean;
  streams: number;
  events: number;
  broken: { streamId: string; streamVersion: number; reason: string }[];
}

/**
 * The administrator's landing page: what they come for (the store-wide integrity check, the exports of
 * the cases, the cases and their histories, the SLA board) and the settings pages, not a rules editor.
 */
export function AdminHome() {
  const { t, lang } = useI18n();
  const check = useAction(() => api<StoreReport>('/integrity'));
  const exportAs = useAction((format: 'csv' | 'xlsx') =>
    download('/nominations/export', `ho-so-${new Date().toISOString().slice(0, 10)}.${format}`, { format }),
  );
  const r = check.result;
  return (
    <section class="admin-home">
      <PageTitle>{t('admin.title')}</PageTitle>
      <div class="columns">
        <section class="card" aria-labelledby="admin-integrity">
          <h2 id="admin-integrity">{t('admin.integrity')}</h2>
          <p class="small">{t('admin.integrityIntro')}</p>
          <button type="button" class="primary" disabled={check.busy} onClick={() => void check.run()}>
            {check.busy ? t('admin.integrityRunning') : t('admin.integrityRun')}
          </button>
          <ErrorBox error={check.error} />
          {r && (
            <p class={r.ok ? 'ok' : 'error'} role="status" data-testid="store-integrity">
              {r.ok
                ? t('admin.integrityOk', {
                    streams: formatNumber(r.streams, lang),
                    events: formatNumber(r.events, lang),
                  })
                : t('admin.integrityBroken', {
                    n: r.broken.length,
                    first: `${r.broken[0]?.streamId ?? ''} #${r.broken[0]?.streamVersion ?? ''}`,
                  })}
            </p>
          )}
        </section>
        <section class="card" aria-labelledby="admin-export">
          <h2 id="admin-export">{t('admin.export')}</h2>
          <p class="small">{t('admin.exportIntro')}</p>
          <div class="actions">
            <button type="button" class="secondary" disabled={exportAs.busy} onClick={() => void exportAs.run('csv')}>
              {t('admin.exportCsv')}
            </button>
            <button type="button" class="secondary" disabled={exportAs.busy} onClick={() => void exportAs.run('xlsx')}>
              {t('admin.exportXlsx')}
            </button>
          </div>
          <ErrorBox error={exportAs.error} />
        </section>
      </div>
      <section class="card" aria-labelledby="admin-go">
        <h2 id="admin-go">{t('admin.goTo')}</h2>
        <ul class="admin-links">
          <li>
            <Link href="/ho-so">{t('admin.cases')}</Link>
          </li>
          <li>
            <Link href="/sla">{t('nav.sla')}</Link>
          </li>
          <li>
            <Link href="/quan-tri/quy-tac">{t('admin.rules')}</Link>
          </li>
          <li>
            <Link href="/quan-tri/lich-nghi">{t('nav.calendar')}</Link>
          </li>
          <li>
            <Link href="/quan-tri/nguoi-dung">{t('nav.users')}</Link>
          </li>
        </ul>
      </section>
    </section>
  );
}
