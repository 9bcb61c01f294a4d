import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Task, TaskQuery } from '../api/types';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, PageTitle, useAction, useAsync } from '../ui/ui';
import { BreachBadge } from './BreachBadge';
import { InboxFilters } from './InboxFilters';
import { HandOver } from './HandOver';
import { SavedViews } from './SavedViews';
import { TaskAction } from './TaskAction';

/** The reviewers' inbox: my tasks and my groups' tasks; claim, release, and act on each. */
export function InboxPage() {
  const { t, pick, label } = useI18n();
  const { me } = useSession();
  const dir = useDirectory();
  const [query, setQuery] = useState<TaskQuery>({ scope: 'all', sort: 'due' });
  const [pages, setPages] = useState<Task[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [handing, setHanding] = useState<{ taskId: string; mode: 'reassign' | 'delegate' } | null>(null);
  const lead = me?.role === 'ADMIN' || (me?.role === 'TDKT_OFFICE' && me.lead === true);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useAsync(async () => {
    const p = await Api.tasks({ ...query, limit: 50 });
    setPages([]);
    more.reset();
    return p;
  }, [JSON.stringify(query)]);
  const more = useAction(async (cursor: string) => {
    const p = await Api.tasks({ ...query, limit: 50, cursor });
    setPages((x) => [...x, ...p.items]);
    return p.nextCursor;
  });
  const claim = useAction(async (task: Task, how: 'claim' | 'release') => {
    await (how === 'claim' ? Api.claim(task.taskId) : Api.release(task.taskId));
    setNotice(t(how === 'claim' ? 'inbox.claimed' : 'inbox.released', { name: task.nomineeName }));
    if (how === 'claim') setOpen(task.taskId);
    else setOpen(null);
    list.reload();
  });
  const readOnly = me?.role === 'SLA_MONITOR';
  const items = [...(list.data?.items ?? []), ...pages];
  const nextCursor = more.result !== undefined ? more.result : list.data?.nextCursor;

  return (
    <section>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <InboxFilters
        key={JSON.stringify(query)}
        value={query}
        onApply={(q) => {
          setOpen(null);
          setQuery(q);
        }}
      />
      <SavedViews
        current={query}
        onPick={(q) => {
          setOpen(null);
          setQuery(q);
        }}
      />
      <div aria-live="polite" class="notice">
        {notice && (
          <p class="ok" role="status">
            {notice}
          </p>
        )}
      </div>
      <ErrorBox error={claim.error} />
      {list.loading && !list.data ? <Loading /> : <ErrorBox error={list.error} />}
      {list.data && items.length === 0 && <p class="empty">{t('inbox.empty')}</p>}
      {items.length > 0 && (
        <table class="tasks responsive">
          <caption class="sr-only">{t('inbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.col.task')}</th>
              <th scope="col">{t('inbox.col.nominee')}</th>
              <th scope="col">{t('inbox.col.award')}</th>
              <th scope="col">{t('inbox.col.unit')}</th>
              <th scope="col">{t('inbox.col.due')}</th>
              <th scope="col">{t('inbox.col.breach')}</th>
              <th scope="col">{t('inbox.col.holder')}</th>
              <th scope="col">{t('inbox.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((task) => {
              const mineClaimed = task.claimedBy === me?.userId;
              return [
                <tr
                  key={task.taskId}
                  data-task={task.taskId}
                  data-type={task.type}
                  class={open === task.taskId ? 'selected' : ''}
                >
                  <td data-label={t('inbox.col.task')}>
                    <strong>{pick(task.typeNameVi, task.typeNameEn)}</strong>
                    {task.priority === 1 && <span class="badge badge-breached">{t('inbox.urgent')}</span>}
                    <div class="muted small">{label('stage', task.stage)}</div>
                  </td>
                  <td data-label={t('inbox.col.nominee')}>
                    <Link href={`/ho-so/${task.nominationId}`}>{task.nomineeName}</Link>
                  </td>
                  <td data-label={t('inbox.col.award')}>{dir.awardName(task.awardCode)}</td>
                  <td data-label={t('inbox.col.unit')}>{dir.unitName(task.unitId)}</td>
                  <td data-label={t('inbox.col.due')}>{formatDate(task.dueAt)}</td>
                  <td data-label={t('inbox.col.breach')}>
                    <BreachBadge msToBreach={task.msToBreach} breachAt={task.breachAt} />
                  </td>
                  <td data-label={t('inbox.col.holder')}>
                    {task.claimedBy ? (mineClaimed ? t('inbox.me') : task.claimedBy) : t('inbox.unclaimed')}
                  </td>
                  <td data-label={t('inbox.col.actions')} class="row-actions">
                    {!readOnly && !task.claimedBy && (
                      <button
                        type="button"
                        class="primary"
                        disabled={claim.busy}
                        onClick={() => void claim.run(task, 'claim')}
                      >
                        {t('inbox.claim')}
                      </button>
                    )}
                    {!readOnly && mineClaimed && task.type !== 'ESCALATION' && (
                      <button
                        type="button"
                        class="primary"
                        aria-expanded={open === task.taskId}
                        onClick={() => setOpen(open === task.taskId ? null : task.taskId)}
                      >
                        {t('inbox.act')}
                      </button>
                    )}
                    {!readOnly && mineClaimed && (
                      <button
                        type="button"
                        class="secondary"
                        disabled={claim.busy}
                        onClick={() => void claim.run(task, 'release')}
                      >
                        {t('inbox.release')}
                      </button>
                    )}
                    {!readOnly && task.type !== 'CAST_VOTE' && (lead || mineClaimed) && (
                      <button
                        type="button"
                        class="secondary"
                        onClick={() =>
                          setHanding(
                            handing?.taskId === task.taskId
                              ? null
                              : { taskId: task.taskId, mode: lead ? 'reassign' : 'delegate' },
                          )
                        }
                      >
                        {t(lead ? 'handover.reassign' : 'handover.delegate')}
                      </button>
                    )}
                  </td>
                </tr>,
                handing?.taskId === task.taskId && (
                  <tr key={`${task.taskId}-handover`} class="action-row">
                    <td colSpan={8}>
                      <HandOver
                        task={task}
                        mode={handing.mode}
                        onDone={(msg) => {
                          setHanding(null);
                          setNotice(msg);
                          list.reload();
                        }}
                      />
                    </td>
                  </tr>
                ),
                open === task.taskId && (
                  <tr key={`${task.taskId}-form`} class="action-row">
                    <td colSpan={8}>
                      <TaskAction
                        task={task}
                        onDone={(msg) => {
                          setOpen(null);
                          setNotice(msg);
                          list.reload();
                        }}
                      />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      <ErrorBox error={more.error} />
      {nextCursor && (
        <button type="button" class="secondary" disabled={more.busy} onClick={() => void more.run(nextCursor)}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
