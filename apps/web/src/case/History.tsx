import { Form } from '../ui/Form';
import { api, ApiError, download } from '../api/client';
import { Api } from '../api/endpoints';
import type { Timeline } from '../api/types';
import { useSession } from '../auth/session';
import { formatDate, formatDateTimeSeconds } from '../i18n/format';
import { useState } from 'preact/hooks';
import { DateInput } from '../ui/DateInput';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, Loading, useAction, useAsync } from '../ui/ui';
import { AsOf, AsOfState } from './AsOf';
import { temporalUiUrl } from './CasePage';
import { useDirectory } from '../app/directory';

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
  const [search, setSearch] = useState('');
  const needle = search.trim().toLocaleLowerCase('vi');
  const shown = (tl?.entries ?? []).filter(
    (e) =>
      !needle ||
      [pick(e.labelVi, e.labelEn), pick(e.summaryVi, e.summaryEn), e.actor.name, e.labelVi, e.summaryVi]
        .filter(Boolean)
        .some((x) => x!.toLocaleLowerCase('vi').includes(needle)),
  );
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
                    <td data-label={t('history.from')}>{formatDateTimeSeconds(d.from)}</td>
                    <td data-label={t('history.to')}>{d.to ? formatDateTimeSeconds(d.to) : t('history.ongoing')}</td>
                    <td data-label={t('history.workingDays')}>{d.workingDays}</td>
                    <td data-label={t('history.calendarDays')}>{d.calendarDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('history.timeline')}</h3>
          <div class="history-search">
            <div class="field">
              <label for="history-search">{t('history.search')}</label>
              <input
                id="history-search"
                type="search"
                value={search}
                placeholder={t('history.searchHint')}
                onInput={(e) => setSearch(e.currentTarget.value)}
              />
            </div>
            <p class="small muted" role="status">
              {t('history.shown', { n: shown.length, m: tl.entries.length })}
            </p>
          </div>
          <AsOfAt id={id} />
          <ol class="timeline" data-testid="timeline">
            {shown.map((e) => (
              <li key={e.version}>
                <div class="when">
                  <time dateTime={e.at}>{formatDateTimeSeconds(e.at)}</time> · {label('stage', e.stage)}
                </div>
                <div class="what">
                  <strong>{pick(e.labelVi, e.labelEn)}</strong>
                  {e.reasonCode && <span class="badge">{label('reason', e.reasonCode)}</span>}
                </div>
                <div class="who small">
                  {t('history.by')}: {e.actor.name ?? t('history.someone')} ({label('role', e.actor.role)})
                </div>
                {(e.summaryVi || e.summaryEn) && <div class="why small">{pick(e.summaryVi, e.summaryEn)}</div>}
                {e.changes.length > 0 && (
                  <ul class="changes small">
                    {e.changes.map((c, i) => (
                      <li key={i}>
                        <Change field={c.field} from={c.from} to={c.to} />
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
                    <time dateTime={e.recordedAt}>{formatDateTimeSeconds(e.recordedAt)}</time>
                  </div>
                  <div class="what">
                    <strong>{label('event', e.type)}</strong>
                  </div>
                  <div class="who small">
                    {t('history.by')}: {e.metadata.actorName ?? t('history.someone')} (
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

/** A change in words: the field by its name, codes by their labels, instants and dates as dd/MM/yyyy. */
function Change({ field, from, to }: { field: string; from: unknown; to: unknown }) {
  const { t, label, lang } = useI18n();
  const { awardName } = useDirectory();
  const family = ['status', 'stage', 'outcome', 'kind'].includes(field) ? field : null;
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('history.none');
    if (typeof v === 'string') {
      if (family) return label(family, v);
      if (field === 'awardCode') return awardName(v);
      if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDateTimeSeconds(v);
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
      return v;
    }
    if (typeof v === 'number')
      return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { useGrouping: field !== 'year' }).format(v);
    if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no');
    if (Array.isArray(v)) return t('history.items', { n: v.length });
    return t('history.changedValue');
  };
  const name = label('field', field);
  if (from === null || from === undefined || from === '')
    return <>{t('history.changeSet', { field: name === field ? t('history.aField') : name, to: value(to) })}</>;
  return (
    <>
      {t('history.changeFromTo', {
        field: name === field ? t('history.aField') : name,
        from: value(from),
        to: value(to),
      })}
    </>
  );
}

/** As-of by date and time: the case as it was at an instant typed as dd/mm/yyyy and HH:mm:ss. */
function AsOfAt({ id }: { id: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('23:59:59');
  // The reason's key, not its text: a switch of language rewords it.
  const [err, setErr] = useState<'field.dateInvalid' | 'history.timeInvalid' | null>(null);
  const load = useAction((at: string) => Api.asOfAt(id, at));
  return (
    <Form
      class="as-of-at inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const hms = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
        if (!date) return setErr('field.dateInvalid');
        if (!hms || Number(hms[1]) > 23 || Number(hms[2]) > 59 || Number(hms[3] ?? 0) > 59)
          return setErr('history.timeInvalid');
        setErr(null);
        const hh = hms[1]!.padStart(2, '0');
        void load.run(`${date}T${hh}:${hms[2]}:${hms[3] ?? '00'}+07:00`);
      }}
    >
      <Field id="asof-date" label={t('history.asOfDate')} hint={t('common.dateFormat')}>
        <DateInput id="asof-date" value={date} onChange={setDate} describedBy="asof-date-hint" />
      </Field>
      <Field id="asof-time" label={t('history.asOfTime')} hint={t('history.timeHint')} error={err && t(err)}>
        <input id="asof-time" value={time} inputMode="numeric" onInput={(e) => setTime(e.currentTarget.value)} />
      </Field>
      <button type="submit" class="secondary" disabled={load.busy}>
        {t('history.asOfShow')}
      </button>
      <ErrorBox error={load.error} />
      {load.result && <AsOfState state={load.result.state} testId="as-of-at" />}
    </Form>
  );
}

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
