import type { ComponentChildren } from 'preact';
import type { BoardReport, Share } from '../api/report-types';
import { formatPercent } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { BarChart } from '../sla/BarChart';
import { DataTable } from '../ui/DataTable';

function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const SHARES: [keyof BoardReport['shares'], MessageKey][] = [
  ['directWorkers', 'reports.share.directWorkers'],
  ['women', 'reports.share.women'],
  ['smallCollectives', 'reports.share.smallCollectives'],
  ['extraordinary', 'reports.share.extraordinary'],
];

/** The priorities of Law art. 5: each share as a figure, its count and its whole. */
export function SharesSection({ r }: { r: BoardReport }) {
  const { t, lang } = useI18n();
  return (
    <Card id="report-shares" title={t('reports.shares', { total: r.awards.total })}>
      <dl class="figures">
        {SHARES.map(([k, key]) => {
          const s: Share = r.shares[k];
          return (
            <div key={k} data-share={k}>
              <dt>{t(key)}</dt>
              <dd>
                <strong>{formatPercent(s.percent, lang)}</strong> {t('reports.countOf', { count: s.count, of: s.of })}
              </dd>
            </div>
          );
        })}
      </dl>
    </Card>
  );
}

export function AwardsSection({ r }: { r: BoardReport }) {
  const { t, label } = useI18n();
  const kinds = r.awards.byKind.map((k) => k.kind);
  const colours = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#b91c1c', '#0891b2'];
  return (
    <Card id="report-awards" title={t('reports.awards')}>
      <BarChart
        title={t('reports.awards')}
        stacked
        labels={r.awards.byAward.map((a) => a.awardName)}
        yTitle={t('reports.count')}
        series={kinds.map((k, i) => ({
          label: label('kind', k),
          data: r.awards.byAward.map((a) => a.byKind[k] ?? 0),
          color: colours[i % colours.length]!,
        }))}
      />
      <DataTable
        head={[t('reports.award'), ...kinds.map((k) => label('kind', k)), t('reports.count')]}
        rows={r.awards.byAward.map((a) => [a.awardName, ...kinds.map((k) => a.byKind[k] ?? 0), a.count])}
      />
    </Card>
  );
}

export function TimelinessSection({ r }: { r: BoardReport }) {
  const { t, label } = useI18n();
  const rows = r.timeliness.byLevel;
  return (
    <Card id="report-timeliness" title={t('reports.timeliness')}>
      <p class="muted">
        {t('reports.timelinessOverall', {
          p50: r.timeliness.overall.p50WorkingDays ?? '—',
          p90: r.timeliness.overall.p90WorkingDays ?? '—',
          breached: r.sla.breachedCases,
        })}
      </p>
      <BarChart
        title={t('reports.timeliness')}
        labels={rows.map((l) => label('reports.level', l.level))}
        yTitle={t('history.workingDays')}
        series={[
          { label: t('sla.p50'), data: rows.map((l) => l.p50WorkingDays ?? 0), color: '#2563eb' },
          { label: t('sla.p90'), data: rows.map((l) => l.p90WorkingDays ?? 0), color: '#7c3aed' },
        ]}
      />
      <DataTable
        head={[t('reports.group'), t('sla.countCases'), t('sla.p50'), t('sla.p90'), t('reports.breachedCases')]}
        rows={[
          ...rows.map((l) => [
            label('reports.level', l.level),
            l.count,
            l.p50WorkingDays,
            l.p90WorkingDays,
            l.breachedCases,
          ]),
          ...r.timeliness.byAward.map((a) => [
            a.awardName,
            a.count,
            a.p50WorkingDays,
            a.p90WorkingDays,
            a.breachedCases,
          ]),
        ]}
      />
    </Card>
  );
}

export function RefusalsSection({ r }: { r: BoardReport }) {
  const { t, label } = useI18n();
  return (
    <Card id="report-refusals" title={t('reports.refusals', { total: r.refusals.total })}>
      {r.refusals.total === 0 ? (
        <p class="muted">{t('reports.noRefusals')}</p>
      ) : (
        <>
          <BarChart
            title={t('reports.refusals', { total: r.refusals.total })}
            labels={r.refusals.byReason.map((x) => label('reason', x.reasonCode))}
            yTitle={t('reports.count')}
            series={[{ label: t('reports.count'), data: r.refusals.byReason.map((x) => x.count), color: '#b91c1c' }]}
          />
          <DataTable
            head={[t('reports.reason'), t('reports.count')]}
            rows={r.refusals.byReason.map((x) => [label('reason', x.reasonCode), x.count])}
          />
        </>
      )}
    </Card>
  );
}
