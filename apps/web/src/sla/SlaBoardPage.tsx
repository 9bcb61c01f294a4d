import type { ComponentChildren } from 'preact';
import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { STAGES, type SlaCounts, type SlaItem, type Stage } from '../api/types';
import { useDirectory } from '../app/directory';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, PageTitle, useAsync } from '../ui/ui';
import { CaseCells, CaseHeadCells } from '../case/CaseCells';
import { BarChart } from './BarChart';
import { DataTable } from '../ui/DataTable';

/** SLA board: cases at risk and breached, counts per stage and unit, breaches per week, stage durations. */
export function SlaBoardPage() {
  const { t, label } = useI18n();
  const dir = useDirectory();
  const [status, setStatus] = useState<'' | 'at-risk' | 'breached' | 'all'>('');
  const [stage, setStage] = useState('');
  const [unit, setUnit] = useState('');
  const [sort, setSort] = useState<'breach' | 'stage' | 'unit'>('breach');
  const [offset, setOffset] = useState(0);
  const board = useAsync(
    () =>
      Api.slaBoard({
        status: status || undefined,
        stage: stage || undefined,
        unit: unit || undefined,
        sort,
        limit: String(PAGE),
        offset: offset ? String(offset) : undefined,
      }),
    [status, stage, unit, sort, offset],
  );
  const weeks = useAsync(() => Api.breachesPerWeek(12), []);
  const durations = useAsync(() => Api.stageDurations(), []);
  const b = board.data;
  /** A filter's change: the list starts again at its first page. */
  const filter = (set: (v: string) => void) => (v: string) => {
    setOffset(0);
    set(v);
  };
  return (
    <section>
      <PageTitle>{t('sla.title')}</PageTitle>
      <Form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          board.reload();
        }}
        aria-label={t('inbox.filters')}
      >
        <SelectField
          id="s-status"
          label={t('sla.status')}
          value={status}
          onChange={filter((v) => setStatus(v as typeof status))}
          options={[
            ['', t('sla.status.stalled')],
            ['at-risk', t('sla.status.atRisk')],
            ['breached', t('sla.status.breached')],
            ['all', t('sla.status.all')],
          ]}
        />
        <SelectField
          id="s-stage"
          label={t('inbox.stage')}
          value={stage}
          onChange={filter(setStage)}
          empty={t('common.any')}
          options={STAGES.filter((s) => s !== 'CLOSED').map((s) => [s, label('stage', s)] as const)}
        />
        <SelectField
          id="s-unit"
          label={t('inbox.unit')}
          value={unit}
          onChange={filter(setUnit)}
          empty={t('common.any')}
          options={dir.units.map((u) => [u.unitId, u.name] as const)}
        />
        <SelectField
          id="s-sort"
          label={t('inbox.sort')}
          value={sort}
          onChange={(v) => setSort(v as typeof sort)}
          options={[
            ['breach', t('sla.sort.breach')],
            ['stage', t('sla.sort.stage')],
            ['unit', t('sla.sort.unit')],
          ]}
        />
        <div class="field buttons">
          <button type="submit" class="secondary">
            {t('common.refresh')}
          </button>
        </div>
      </Form>
      {board.loading && !b && <Loading />}
      <ErrorBox error={board.error} />
      {b && (
        <>
          <div class="columns">
            <CountsTable
              title={t('sla.byStage')}
              rows={Object.entries(b.counts.byStage)
                .sort(([x], [y]) => STAGES.indexOf(x as Stage) - STAGES.indexOf(y as Stage))
                .map(([k, v]) => [label('stage', k), v])}
              first={t('inbox.stage')}
            />
            <CountsTable
              title={t('sla.byUnit')}
              rows={Object.entries(b.counts.byUnit).map(([k, v]) => [dir.unitName(k), v])}
              first={t('inbox.unit')}
            />
          </div>
          <h2>{t('sla.cases')}</h2>
          {b.items.length === 0 ? <p class="empty">{t('sla.empty')}</p> : <SlaTable items={b.items} />}
          {b.total > 0 && (
            <nav class="pager" aria-label={t('sla.pages')}>
              <span role="status" data-testid="sla-range">
                {t('sla.range', {
                  from: b.offset + 1,
                  to: b.offset + b.items.length,
                  total: b.total,
                })}
              </span>{' '}
              <button
                type="button"
                class="secondary"
                disabled={b.offset === 0}
                onClick={() => setOffset(Math.max(0, b.offset - PAGE))}
              >
                {t('sla.prev')}
              </button>{' '}
              <button
                type="button"
                class="secondary"
                disabled={b.offset + b.items.length >= b.total}
                onClick={() => setOffset(b.offset + PAGE)}
              >
                {t('sla.next')}
              </button>
            </nav>
          )}
        </>
      )}
      <div class="columns">
        <ChartCard
          title={t('sla.perWeek')}
          state={weeks}
          chart={(d) => (
            <BarChart
              title={t('sla.perWeek')}
              stacked
              labels={d.weeks.map((w) => weekLabel(w.start))}
              yTitle={t('sla.count')}
              series={[
                { label: t('sla.warnings'), data: d.weeks.map((w) => w.warnings), color: '#d97706' },
                { label: t('sla.breaches'), data: d.weeks.map((w) => w.breaches), color: '#b91c1c' },
              ]}
            />
          )}
          head={[t('sla.week'), t('sla.warnings'), t('sla.breaches')]}
          rows={(d) => d.weeks.map((w) => [weekLabel(w.start), w.warnings, w.breaches])}
        />
        <ChartCard
          title={t('sla.durations')}
          state={durations}
          chart={(d) => (
            <BarChart
              title={t('sla.durations')}
              labels={inOrder(d.stages).map((s) => label('stage', s.stage))}
              yTitle={t('history.workingDays')}
              series={[
                { label: t('sla.p50'), data: inOrder(d.stages).map((s) => s.p50WorkingDays), color: '#2563eb' },
                { label: t('sla.p90'), data: inOrder(d.stages).map((s) => s.p90WorkingDays), color: '#7c3aed' },
              ]}
            />
          )}
          head={[t('inbox.stage'), t('sla.countCases'), t('sla.p50'), t('sla.p90')]}
          rows={(d) =>
            inOrder(d.stages).map((s) => [label('stage', s.stage), s.count, s.p50WorkingDays, s.p90WorkingDays])
          }
        />
      </div>
    </section>
  );
}

/** A chart in a card, its figures in a table under it (read aloud, printed): loading, refused, or shown. */
function ChartCard<T>(props: {
  title: string;
  state: { data?: T; error?: unknown; loading: boolean };
  chart: (data: T) => ComponentChildren;
  head: string[];
  /** Each row's cells, the first naming the row. */
  rows: (data: T) => (string | number | null)[][];
}) {
  const { data, error, loading } = props.state;
  return (
    <section class="card">
      <h2>{props.title}</h2>
      {loading && !data && <Loading />}
      <ErrorBox error={error} />
      {data && (
        <>
          {props.chart(data)}
          <DataTable head={props.head} rows={props.rows(data)} />
        </>
      )}
    </section>
  );
}

function CountsTable({ title, rows, first }: { title: string; rows: [string, SlaCounts][]; first: string }) {
  const { t } = useI18n();
  // Listing every running case: the on-track ones are counted too, so the panel adds up to the list.
  const withOnTrack = rows.some(([, c]) => (c.onTrack ?? 0) > 0);
  return (
    <section class="card">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('case.none')}</p>
      ) : (
        <table class="counts">
          <thead>
            <tr>
              <th scope="col">{first}</th>
              <th scope="col">{t('sla.status.atRisk')}</th>
              <th scope="col">{t('sla.status.breached')}</th>
              {withOnTrack && <th scope="col">{t('sla.onTrack')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, c]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{c.atRisk}</td>
                <td class={c.breached ? 'bad' : ''}>{c.breached}</td>
                {withOnTrack && <td>{c.onTrack ?? 0}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SlaTable({ items }: { items: SlaItem[] }) {
  const { t } = useI18n();
  return (
    <table class="responsive sla-items">
      <thead>
        <tr>
          <CaseHeadCells />
          <th scope="col">{t('sla.deadline')}</th>
          <th scope="col">{t('sla.state')}</th>
          <th scope="col">{t('sla.escalations')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.nominationId} data-nomination={i.nominationId} class={`row-${stateOf(i)}`} data-state={stateOf(i)}>
            <CaseCells c={i} />
            <td data-label={t('sla.deadline')}>{formatDateTime(i.deadline)}</td>
            <td data-label={t('sla.state')}>
              {stateOf(i) === 'breached' ? (
                <span class="badge badge-breached" data-urgency="breached">
                  {t('sla.breachedBadge')}
                </span>
              ) : stateOf(i) === 'at-risk' ? (
                <span class="badge badge-at-risk" data-urgency="at-risk">
                  {t('sla.atRiskBadge', { days: i.workingDaysToBreach ?? '?' })}
                </span>
              ) : (
                <span class="badge badge-ok" data-urgency="ok">
                  {t('sla.onTrackBadge', { days: i.workingDaysToBreach ?? '?' })}
                </span>
              )}
            </td>
            <td data-label={t('sla.escalations')}>{i.escalations}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PAGE = 50;

/** A week by its dates (Monday–Sunday, dd/MM), not by its ISO number. */
function weekLabel(start: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  const end = new Date(d.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
  return `${formatDate(start).slice(0, 5)}–${formatDate(end)}`;
}

/** Stages in the order the process goes through them. */
const inOrder = <T extends { stage: string }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => STAGES.indexOf(a.stage as Stage) - STAGES.indexOf(b.stage as Stage));

/** Breached (red), warned past the rule's share of the budget (amber), or on track (green). */
function stateOf(i: SlaItem): 'breached' | 'at-risk' | 'ok' {
  if (i.state) return i.state === 'BREACHED' ? 'breached' : i.state === 'WARNED' ? 'at-risk' : 'ok';
  if (i.breached) return 'breached';
  return i.warningAt && Date.parse(i.warningAt) <= Date.now() ? 'at-risk' : 'ok';
}
