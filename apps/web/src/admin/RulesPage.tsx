import { Api } from '../api/endpoints';
import type { AwardRule, RuleSet } from '../api/types';
import { useDirectory } from '../app/directory';
import { useSession } from '../auth/session';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, PageTitle, useAsync } from '../ui/ui';
import { RulesEditor } from './RulesEditor';

/** The rule set in force, readable (awards, ballot rules, prerequisites in words), its versions, and publishing. */
export function RulesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const current = useAsync(() => Api.rulesCurrent(), []);
  const versions = useAsync(() => Api.ruleVersions(), []);
  const dir = useDirectory();
  const rs = current.data;
  return (
    <section>
      <PageTitle>{t('rules.title')}</PageTitle>
      {current.loading && !rs && <Loading />}
      <ErrorBox error={current.error} />
      {rs && (
        <>
          <section class="card">
            <h2>{t('rules.inForce')}</h2>
            <dl class="facts">
              <dt>{t('rules.id')}</dt>
              <dd>
                {rs.id} · v{rs.version}
              </dd>
              <dt>{t('rules.legalBasis')}</dt>
              <dd>{rs.legalBasis}</dd>
              <dt>{t('rules.effective')}</dt>
              <dd>
                {formatDate(rs.effectiveFrom)}
                {rs.effectiveTo ? ` – ${formatDate(rs.effectiveTo)}` : ` – ${t('rules.open')}`}
              </dd>
              {rs.note && (
                <>
                  <dt>{t('rules.note')}</dt>
                  <dd>{rs.note}</dd>
                </>
              )}
            </dl>
          </section>
          <AwardsTable rs={rs} />
        </>
      )}
      <section class="card">
        <h2>{t('rules.versions')}</h2>
        <ErrorBox error={versions.error} />
        {versions.data && (
          <table class="responsive">
            <thead>
              <tr>
                <th scope="col">{t('rules.version')}</th>
                <th scope="col">{t('rules.id')}</th>
                <th scope="col">{t('rules.effective')}</th>
                <th scope="col">{t('rules.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.version}>
                  <td data-label={t('rules.version')}>v{v.version}</td>
                  <td data-label={t('rules.id')}>{v.id}</td>
                  <td data-label={t('rules.effective')}>
                    {formatDate(v.effectiveFrom)}
                    {v.effectiveTo ? ` – ${formatDate(v.effectiveTo)}` : ''}
                  </td>
                  <td data-label={t('rules.publishedAt')}>
                    {formatDateTime(v.publishedAt)} · {v.publishedBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {me?.role === 'ADMIN' && rs && (
        <RulesEditor
          current={rs}
          onPublished={() => {
            current.reload();
            versions.reload();
            dir.reload();
          }}
        />
      )}
    </section>
  );
}

function ballotText(a: AwardRule, t: ReturnType<typeof useI18n>['t']): string {
  const b = a.ballot;
  return t('rules.ballotText', {
    cmp: b.comparison === 'AT_LEAST' ? '≥' : '>',
    percent: b.percent,
    of: t(b.denominator === 'ALL_MEMBERS' ? 'rules.allMembers' : 'rules.membersPresent'),
    quorum: b.quorumPercent,
  });
}

function AwardsTable({ rs }: { rs: RuleSet }) {
  const { t, lang, label } = useI18n();
  return (
    <section class="card">
      <h2>{t('rules.awards')}</h2>
      <table class="responsive awards">
        <thead>
          <tr>
            <th scope="col">{t('rules.award')}</th>
            <th scope="col">{t('rules.subjects')}</th>
            <th scope="col">{t('rules.ballot')}</th>
            <th scope="col">{t('rules.disclosure')}</th>
            <th scope="col">{t('rules.sla')}</th>
            <th scope="col">{t('rules.prerequisites')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.values(rs.awards).map((a) => (
            <tr key={a.code}>
              <td data-label={t('rules.award')}>
                <strong>{lang === 'en' ? a.nameEn : a.nameVi}</strong>
                <div class="small muted">
                  {a.code} · {a.legalBasis?.article ?? ''}
                </div>
              </td>
              <td data-label={t('rules.subjects')}>{a.subjects.map((s) => label('subject', s)).join(', ')}</td>
              <td data-label={t('rules.ballot')}>{ballotText(a, t)}</td>
              <td data-label={t('rules.disclosure')}>{t('rules.workingDays', { n: a.disclosure.workingDays })}</td>
              <td data-label={t('rules.sla')} class="small">
                {Object.entries(a.slaWorkingDays)
                  .map(([s, n]) => `${label('stage', s)}: ${n}`)
                  .join('; ')}
              </td>
              <td data-label={t('rules.prerequisites')}>
                {a.prerequisiteTexts && a.prerequisiteTexts.length > 0 ? (
                  <ul class="small">
                    {a.prerequisiteTexts.map((p, i) => (
                      <li key={i}>{typeof p === 'string' ? p : lang === 'en' ? p.en : p.vi}</li>
                    ))}
                  </ul>
                ) : (
                  <span class="muted">{t('rules.noPrerequisites')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
