import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { download } from '../api/client';
import { Api } from '../api/endpoints';
import type { ReportQuery } from '../api/report-types';
import { useDirectory } from '../app/directory';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { DateInput } from '../ui/DateInput';
import { ErrorBox, Field, Loading, PageTitle, useAsync } from '../ui/ui';
import { AwardsSection, RefusalsSection, SharesSection, TimelinessSection } from './ReportSections';

const LEVELS = ['UNIT', 'COMMUNE', 'DEPARTMENT', 'PROVINCE', 'MINISTRY', 'GOVERNMENT', 'PRESIDENT'] as const;

/** The end of a civil day in Việt Nam: a report "as of 31/12/2026" counts that whole day. */
const endOfDayVn = (day: string) => `${day}T23:59:59.999+07:00`;

/** The board's reports: filters, the figures with their charts and data tables, CSV and XLSX export. */
export function ReportsPage() {
  const { t, label } = useI18n();
  const dir = useDirectory();
  const [form, setForm] = useState({ year: '', campaign: '', level: '', unit: '', asOf: '' });
  const [query, setQuery] = useState<ReportQuery>({});
  const report = useAsync(() => Api.boardReport(query), [JSON.stringify(query)]);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const setValue = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const toQuery = (): ReportQuery =>
    Object.fromEntries(
      Object.entries({ ...form, asOf: form.asOf ? endOfDayVn(form.asOf) : '' }).filter(([, v]) => v !== ''),
    );
  const r = report.data;
  const exportAs = (format: 'csv' | 'xlsx') =>
    download('/reports/board/export', `bao-cao-khen-thuong.${format}`, { ...query, format });
  return (
    <section>
      <PageTitle>{t('reports.title')}</PageTitle>
      <Form
        class="filters"
        aria-label={t('reports.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(toQuery());
        }}
      >
        <Field id="r-year" label={t('reports.year')}>
          <input id="r-year" inputMode="numeric" value={form.year} onInput={set('year')} placeholder="2026" />
        </Field>
        {(
          [
            ['campaign', dir.campaigns.map((c) => [c.campaignId, c.name] as const)],
            ['level', LEVELS.map((l) => [l, label('reports.level', l)] as const)],
            ['unit', dir.units.map((u) => [u.unitId, u.name] as const)],
          ] as const
        ).map(([key, options]) => (
          <SelectField
            key={key}
            id={`r-${key}`}
            label={t(`reports.${key}`)}
            value={form[key]}
            onChange={setValue(key)}
            empty={t('common.any')}
            options={options}
          />
        ))}
        <Field id="r-asof" label={t('reports.asOf')} hint={t('reports.asOfHint')}>
          <DateInput id="r-asof" value={form.asOf} onChange={(asOf) => setForm({ ...form, asOf })} />
        </Field>
        <div class="field buttons">
          <button type="submit">{t('reports.show')}</button>{' '}
          <button type="button" class="secondary" onClick={() => void exportAs('xlsx')}>
            {t('reports.exportXlsx')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
            {t('reports.exportCsv')}
          </button>
        </div>
      </Form>
      {report.loading && !r && <Loading />}
      <ErrorBox error={report.error} />
      {r && (
        <>
          <p class="muted" role="status" data-testid="report-as-of">
            {t('reports.asOfShown', {
              at: formatDateTime(r.asOf),
              filed: r.cases.filed,
              decided: r.cases.decided,
              open: r.cases.open,
            })}
          </p>
          <SharesSection r={r} />
          <div class="columns">
            <AwardsSection r={r} />
            <TimelinessSection r={r} />
          </div>
          <RefusalsSection r={r} />
        </>
      )}
    </section>
  );
}
