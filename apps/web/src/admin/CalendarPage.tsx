import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { YearSchedule } from '../api/types';
import { useSession } from '../auth/session';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, Loading, PageTitle, useAction, useAsync } from '../ui/ui';

const WEEKDAYS_VI = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekday = (civil: string) => new Date(`${civil}T00:00:00Z`).getUTCDay();

/** "dd/MM/yyyy" or "yyyy-MM-dd", one per line or comma-separated → yyyy-MM-dd, or the bad entries. */
export function parseDates(text: string): { dates: string[]; bad: string[] } {
  const dates: string[] = [];
  const bad: string[] = [];
  for (const raw of text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
    const iso = vn ? `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` : raw;
    const d = new Date(`${iso}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso))
      dates.push(iso);
    else bad.push(raw);
  }
  return { dates, bad };
}

/** The holiday calendar of a year: the schedule in effect, its origin, versions, and publishing an official one. */
export function CalendarPage() {
  const { t, label } = useI18n();
  const { me } = useSession();
  const [year, setYear] = useState(new Date().getFullYear());
  const cal = useAsync(() => Api.calendar(year), [year]);
  const c = cal.data;
  return (
    <section>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <Form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="cal-year">{t('calendar.year')}</label>
          <input
            id="cal-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => {
              const y = Number(e.currentTarget.value);
              if (y >= 2000 && y <= 2100) setYear(y);
            }}
          />
        </div>
      </Form>
      {cal.loading && !c && <Loading />}
      <ErrorBox error={cal.error} />
      {c && (
        <div class="columns">
          <section class="card">
            <h2>{t('calendar.inEffect')}</h2>
            <p>
              <span class="badge">{label('origin', c.inEffect.origin)}</span> {c.inEffect.source}
            </p>
            <Schedule s={c.inEffect} />
          </section>
          <section class="card">
            <h2>{t('calendar.computed')}</h2>
            <Schedule s={c.computedDefault} />
            <h3>{t('calendar.history')}</h3>
            {c.history.length === 0 ? (
              <p class="muted">{t('calendar.noHistory')}</p>
            ) : (
              <ul>
                {c.history.map((h) => (
                  <li key={h.version}>
                    v{h.version} · {formatDateTime(h.publishedAt)} · {h.publishedBy} — {h.source}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
      {me?.role === 'ADMIN' && c && <PublishCalendar year={year} start={c.inEffect} onDone={cal.reload} />}
    </section>
  );
}

function Schedule({ s }: { s: YearSchedule }) {
  const { t, lang } = useI18n();
  const names = lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_VI;
  return (
    <>
      <h3>{t('calendar.daysOff', { n: s.daysOff.length })}</h3>
      <ul class="days">
        {s.daysOff.map((d) => (
          <li key={d}>
            {names[weekday(d)]} {formatDate(d)}
          </li>
        ))}
      </ul>
      <h3>{t('calendar.workingWeekend', { n: s.workingWeekendDays.length })}</h3>
      {s.workingWeekendDays.length === 0 ? (
        <p class="muted">{t('case.none')}</p>
      ) : (
        <ul class="days">
          {s.workingWeekendDays.map((d) => (
            <li key={d}>
              {names[weekday(d)]} {formatDate(d)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PublishCalendar({ year, start, onDone }: { year: number; start: YearSchedule; onDone: () => void }) {
  const { t } = useI18n();
  const [off, setOff] = useState(start.daysOff.map(formatDate).join('\n'));
  const [work, setWork] = useState(start.workingWeekendDays.map(formatDate).join('\n'));
  const [source, setSource] = useState('');
  const daysOff = parseDates(off);
  const working = parseDates(work);
  const bad = [...daysOff.bad, ...working.bad];
  const send = useAction(() =>
    Api.publishCalendar(year, { daysOff: daysOff.dates, workingWeekendDays: working.dates, source: source.trim() }),
  );
  return (
    <section class="card">
      <h2>{t('calendar.publishTitle', { year })}</h2>
      <Form
        onSubmit={async (e) => {
          e.preventDefault();
          if (bad.length === 0 && (await send.run())) onDone();
        }}
      >
        <div class="grid2">
          <Field id="cal-off" label={t('calendar.daysOffInput')} hint={t('calendar.datesHint')} required>
            <textarea
              id="cal-off"
              rows={10}
              value={off}
              onInput={(e) => setOff(e.currentTarget.value)}
              aria-describedby="cal-off-hint"
            />
          </Field>
          <Field id="cal-work" label={t('calendar.workingInput')} hint={t('calendar.datesHint')}>
            <textarea
              id="cal-work"
              rows={10}
              value={work}
              onInput={(e) => setWork(e.currentTarget.value)}
              aria-describedby="cal-work-hint"
            />
          </Field>
        </div>
        <Field id="cal-source" label={t('calendar.source')} required>
          <input
            id="cal-source"
            value={source}
            onInput={(e) => setSource(e.currentTarget.value)}
            required
            maxLength={500}
          />
        </Field>
        {bad.length > 0 && (
          <p class="error" role="alert">
            {t('calendar.badDates', { dates: bad.join(', ') })}
          </p>
        )}
        <ErrorBox error={send.error} />
        {send.result !== undefined && !send.error && !send.busy && (
          <p class="ok" role="status">
            {t('calendar.published')}
          </p>
        )}
        <button type="submit" class="primary" disabled={send.busy || bad.length > 0}>
          {t('calendar.publish')}
        </button>
      </Form>
    </section>
  );
}
