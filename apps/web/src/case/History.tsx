import { api, ApiError, download } from '../api/client';
import { Api } from '../api/endpoints';
import type { Timeline } from '../api/types';
import { useSession } from '../auth/session';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, useAction, useAsync } from '../ui/ui';
import { AsOf } from './AsOf';
import { temporalUiUrl } from './CasePage';

interface StoredEvent {
  streamVersion: number;
  type: string;
  recordedAt: string;
  metadata: { actorId?: string; actorRole?: string; actorName?: string };
}

/**
 * Who did what, when and why (GET /timeline), the time spent in each stage, the hash-chain
 * check, and for operators the workflow in the Temporal UI. Until /timeline exists, the raw events.
 */
export function History({ id }: { id: string }) {
  const { t, pick, label } = useI18n();
  const { me } = useSession();
  const timeline = useAsync(() => Api.timeline(id), [id]);
  const integrity = useAsync(() => Api.integrity(id), [id]);
  const missing = timeline.error instanceof ApiError && timeline.error.status === 404;
  const events = useAsync(
    async () => (missing ? api<StoredEvent[]>(`/nominations/${id}/events`) : null),
    [id, missing],
  );
  const operator = me && ['ADMIN', 'SLA_MONITOR', 'TDKT_OFFICE'].includes(me.role);
  const tl: Timeline | undefined = timeline.data;
  const exporting = useAction(() => download(`/nominations/${id}/signed-export`, `ho-so-${id}.khen.json`));
  const exporter = me && ['ADMIN', 'TDKT_OFFICE'].includes(me.role);
  return (
    <section class="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <div class="history-tools">
        <Integrity state={integrity} />
        {operator && (
          <a href={tl?.temporalUiUrl ?? temporalUiUrl(id)} target="_blank" rel="noopener" class="button secondary">
            {t('history.temporal')}
          </a>
        )}
        {exporter && (
          <button type="button" class="secondary" disabled={exporting.busy} onClick={() => void exporting.run()}>
            {t('history.export')}
          </button>
        )}
      </div>
      <ErrorBox error={exporting.error} />
      {timeline.loading && !tl && <Loading />}
      {timeline.error && !missing && <ErrorBox error={timeline.error} />}
      {tl && (
        <>
          <h3>{t('history.durations')}</h3>
          {tl.stageDurations.length === 0 ? (
            <p class="muted">{t('case.none')}</p>
          ) : (
            <table class="responsive durations">
              <thead>
                <tr>
                  <th scope="col">{t('inbox.stage')}</th>
                  <th scope="col">{t('history.from')}</th>
                  <th scope="col">{t('history.to')}</th>
                  <th scope="col">{t('history.workingDays')}</th>
                  <th scope="col">{t('history.calendarDays')}</th>
                </tr>
              </thead>
              <tbody>
                {tl.stageDurations.map((d, i) => (
                  <tr key={i}>
                    <td data-label={t('inbox.stage')}>{label('stage', d.stage)}</td>
                    <td data-label={t('history.from')}>{formatDateTime(d.from)}</td>
                    <td data-label={t('history.to')}>{d.to ? formatDateTime(d.to) : t('history.ongoing')}</td>
                    <td data-label={t('history.workingDays')}>{d.workingDays}</td>
                    <td data-label={t('history.calendarDays')}>{d.calendarDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('history.timeline')}</h3>
          <ol class="timeline" data-testid="timeline">
            {tl.entries.map((e) => (
              <li key={e.version}>
                <div class="when">
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {label('stage', e.stage)}
                </div>
                <div class="what">
                  <strong>{pick(e.labelVi, e.labelEn)}</strong>
                  {e.reasonCode && <span class="badge">{label('reason', e.reasonCode)}</span>}
                </div>
                <div class="who small">
                  {t('history.by')}: {e.actor.name ?? e.actor.id} ({label('role', e.actor.role)})
                </div>
                {(e.summaryVi || e.summaryEn) && <div class="why small">{pick(e.summaryVi, e.summaryEn)}</div>}
                {e.changes.length > 0 && (
                  <ul class="changes small">
                    {e.changes.map((c, i) => (
                      <li key={i}>
                        <code>{c.field}</code>: {fmt(c.from)} → {fmt(c.to)}
                      </li>
                    ))}
                  </ul>
                )}
                {e.domain && <AsOf id={id} version={e.version} />}
              </li>
            ))}
          </ol>
        </>
      )}
      {missing && (
        <>
          <p class="muted small">{t('history.fallback')}</p>
          <ErrorBox error={events.error} />
          {events.data && (
            <ol class="timeline" data-testid="events">
              {events.data.map((e) => (
                <li key={e.streamVersion}>
                  <div class="when">
                    <time dateTime={e.recordedAt}>{formatDateTime(e.recordedAt)}</time>
                  </div>
                  <div class="what">
                    <strong>{label('event', e.type)}</strong>
                  </div>
                  <div class="who small">
                    {t('history.by')}: {e.metadata.actorName ?? e.metadata.actorId ?? '—'} (
                    {label('role', e.metadata.actorRole)})
                  </div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

const fmt = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function Integrity({
  state,
}: {
  state: {
    data?: { ok: boolean; events: number; firstBroken?: { streamVersion: number; reason: string } };
    error?: unknown;
    loading: boolean;
  };
}) {
  const { t } = useI18n();
  if (state.loading && !state.data) return <span class="muted small">{t('history.integrityChecking')}</span>;
  if (state.error) {
    const notYet = state.error instanceof ApiError && state.error.status === 404;
    return (
      <span class="badge badge-none" data-testid="integrity">
        {notYet ? t('history.integrityUnavailable') : t('history.integrityError')}
      </span>
    );
  }
  const r = state.data!;
  return r.ok ? (
    <span class="badge badge-ok" data-testid="integrity">
      ✓ {t('history.integrityOk', { n: r.events })}
    </span>
  ) : (
    <span class="badge badge-breached" data-testid="integrity">
      ✗{' '}
      {t('history.integrityBroken', {
        version: r.firstBroken?.streamVersion ?? '?',
        reason: r.firstBroken?.reason ?? '',
      })}
    </span>
  );
}
