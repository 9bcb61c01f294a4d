import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { HonourRollQuery } from '../api/report-types';
import { Link } from '../app/router';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, Loading, useAsync } from '../ui/ui';

const PAGE = 20;

/**
 * The honour roll (no sign-in): who, which unit, which award, by which decision, the short achievement
 * text, and the signed PDF when there is one; searchable by name, unit, award and year, a page at a time.
 */
export function AwardsList() {
  const { t, lang } = useI18n();
  const [form, setForm] = useState({ q: '', year: '' });
  const [query, setQuery] = useState<HonourRollQuery>({});
  const [offset, setOffset] = useState(0);
  const list = useAsync(
    () => Api.awards({ ...query, limit: String(PAGE), ...(offset ? { offset: String(offset) } : {}) }),
    [JSON.stringify(query), offset],
  );
  const page = list.data;
  const searched = !!(query.q || query.year);
  return (
    <section aria-labelledby="awards-title">
      <h2 id="awards-title">{t('awards.title')}</h2>
      <Form
        class="filters"
        role="search"
        aria-label={t('awards.searchForm')}
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setQuery(Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== '')));
        }}
      >
        <Field id="aw-q" label={t('awards.search')} hint={t('awards.searchHint')}>
          <input
            id="aw-q"
            type="search"
            value={form.q}
            maxLength={100}
            onInput={(e) => setForm({ ...form, q: e.currentTarget.value })}
          />
        </Field>
        <Field id="aw-year" label={t('awards.year')}>
          <input
            id="aw-year"
            inputMode="numeric"
            size={6}
            value={form.year}
            onInput={(e) => setForm({ ...form, year: e.currentTarget.value })}
          />
        </Field>
        <div class="field buttons">
          <button type="submit" class="secondary">
            {t('awards.find')}
          </button>
        </div>
      </Form>
      {list.loading && !page && <Loading />}
      <ErrorBox error={list.error} />
      {page && page.items.length === 0 && <p class="empty">{t(searched ? 'awards.noMatch' : 'awards.empty')}</p>}
      <ul class="awards">
        {page?.items.map((a) => (
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
            {' · '}
            <span data-verify={a.certificateCode}>
              <Link href={a.verifyUrl}>
                {t('awards.verify')} {a.certificateCode}
              </Link>
            </span>
            {a.achievementSummary && <p class="muted small">{a.achievementSummary}</p>}
          </li>
        ))}
      </ul>
      {page && page.total > PAGE && (
        <nav class="pager" aria-label={t('awards.pages')}>
          <span role="status" data-testid="awards-range">
            {t('awards.range', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total })}
          </span>{' '}
          <button
            type="button"
            class="secondary"
            disabled={page.offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t('sla.prev')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            disabled={page.offset + page.items.length >= page.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('sla.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
