import { SelectField } from '../ui/choices';
import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { download } from '../api/client';
import { Api } from '../api/endpoints';
import { HISTORY_ROLES } from '../app/routes';
import { STAGES, type CaseRow } from '../api/types';
import { Link } from '../app/router';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { CaseCells, CaseHeadCells } from './CaseCells';
import { ErrorBox, Loading, PageTitle, useAction, useAsync } from '../ui/ui';

/** Cases in the user's scope, newest change first. */
export function CaseListPage() {
  const { t, label } = useI18n();
  const { me } = useSession();
  const [nominee, setNominee] = useState('');
  const [stage, setStage] = useState('');
  const [q, setQ] = useState<Record<string, string | undefined>>({});
  const [extra, setExtra] = useState<CaseRow[]>([]);
  const list = useAsync(async () => {
    setExtra([]);
    return Api.cases({ ...q, limit: 50 });
  }, [JSON.stringify(q)]);
  const more = useAction(async (cursor: string) => {
    const p = await Api.cases({ ...q, limit: 50, cursor });
    setExtra((x) => [...x, ...p.items]);
    return p.nextCursor;
  });
  const items = [...(list.data?.items ?? []), ...extra];
  const auditor = me && HISTORY_ROLES.includes(me.role);
  const exportAs = useAction((format: 'csv' | 'xlsx') =>
    download('/nominations/export', `ho-so-${new Date().toISOString().slice(0, 10)}.${format}`, { ...q, format }),
  );
  const next = more.result !== undefined ? more.result : list.data?.nextCursor;
  return (
    <section>
      <PageTitle>{t('cases.title')}</PageTitle>
      {me?.role === 'UNIT_OFFICER' && (
        <p>
          <Link href="/ho-so/moi" class="button primary">
            {t('nav.newCase')}
          </Link>{' '}
          <Link href="/tai-len" class="button secondary">
            {t('nav.bulk')}
          </Link>
        </p>
      )}
      {auditor && (
        <p class="actions">
          <button type="button" class="secondary" disabled={exportAs.busy} onClick={() => void exportAs.run('csv')}>
            {t('cases.exportCsv')}
          </button>{' '}
          <button type="button" class="secondary" disabled={exportAs.busy} onClick={() => void exportAs.run('xlsx')}>
            {t('cases.exportXlsx')}
          </button>
        </p>
      )}
      <ErrorBox error={exportAs.error} />
      <Form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQ({ nominee: nominee || undefined, stage: stage || undefined });
        }}
      >
        <div class="field">
          <label for="c-nominee">{t('cases.nominee')}</label>
          <input id="c-nominee" value={nominee} onInput={(e) => setNominee(e.currentTarget.value)} />
        </div>
        <SelectField
          id="c-stage"
          label={t('inbox.stage')}
          value={stage}
          onChange={setStage}
          empty={t('common.any')}
          options={STAGES.map((s) => [s, label('stage', s)] as const)}
        />
        <div class="field buttons">
          <button type="submit" class="primary">
            {t('common.search')}
          </button>
        </div>
      </Form>
      {list.loading && !list.data ? <Loading /> : <ErrorBox error={list.error} />}
      {list.data && items.length === 0 && <p class="empty">{t('cases.empty')}</p>}
      {items.length > 0 && (
        <table class="responsive">
          <thead>
            <tr>
              <CaseHeadCells />
              <th scope="col">{t('cases.status')}</th>
              <th scope="col">{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.nominationId}>
                <CaseCells c={c} />
                <td data-label={t('cases.status')}>{label('status', c.status)}</td>
                <td data-label={t('cases.updated')}>{formatDate(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorBox error={more.error} />
      {next && (
        <button type="button" class="secondary" onClick={() => void more.run(next)} disabled={more.busy}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
