import { useEffect, useRef, useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Task, TaskQuery } from '../api/types';
import { useDirectory } from '../app/directory';
import { Link } from '../app/router';
import { useSession } from '../auth/session';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { CaseNumber, ErrorBox, Loading, PageTitle, useAction, useAsync } from '../ui/ui';
import { BatchSign } from './BatchSign';
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
  const [picked, setPicked] = useState<string[]>([]);
  const etag = useRef<string | undefined>(undefined);
  const [fresh, setFresh] = useState<Task[] | null>(null);
  const list = useAsync(async () => {
    const r = await Api.tasksIfChanged({ ...query, limit: 50 });
    etag.current = r?.etag;
    setPages([]);
    setFresh(null);
    more.reset();
    return r!.page;
  }, [JSON.stringify(query)]);
  // Self-refresh: the first page asked again every POLL_MS with its ETag; 304 while nothing changed.
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible' || !etag.current) return;
      Api.tasksIfChanged({ ...query, limit: 50 }, etag.current).then(
        (r) => {
          if (!r) return;
          etag.current = r.etag;
          setFresh(r.page.items);
        },
        () => undefined,
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [JSON.stringify(query)]);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Focus follows the work: to the form of a task just claimed, to the message once it is done.
  useEffect(() => {
    if (!open) return;
    setTimeout(() => document.querySelector<HTMLElement>('.task-action h2')?.focus(), 0);
  }, [open]);
  const announce = (msg: string) => {
    setNotice(msg);
    setTimeout(() => noticeRef.current?.querySelector<HTMLElement>('p')?.focus(), 0);
  };
  const more = useAction(async (cursor: string) => {
    const p = await Api.tasks({ ...query, limit: 50, cursor });
    setPages((x) => [...x, ...p.items]);
    return p.nextCursor;
  });
  const claim = useAction(async (task: Task, how: 'claim' | 'release') => {
    await (how === 'claim' ? Api.claim(task.taskId) : Api.release(task.taskId));
    setNotice(t(how === 'claim' ? 'inbox.claimed' : 'inbox.released', { name: task.nomineeName }));
    if (how === 'release') setTimeout(() => noticeRef.current?.querySelector<HTMLElement>('p')?.focus(), 0);
    if (how === 'claim') setOpen(task.taskId);
    else setOpen(null);
    list.reload();
  });
  const readOnly = me?.role === 'SLA_MONITOR';
  const first = fresh ?? list.data?.items ?? [];
  const arrived = fresh && list.data ? fresh.filter((x) => !list.data!.items.some((y) => y.taskId === x.taskId)) : [];
  const items = [...first, ...pages.filter((x) => !first.some((y) => y.taskId === x.taskId))];
  const signer = me?.role === 'AUTHORITY';
  const pickedTasks = items.filter((x) => picked.includes(x.taskId) && x.type === 'SIGN_DECISION');
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
      <div aria-live="polite" class="notice" ref={noticeRef}>
        {notice && (
          <p class="ok" role="status" tabIndex={-1}>
            {notice}
          </p>
        )}
        {arrived.length > 0 && (
          <p class="small" role="status" data-testid="inbox-arrived">
            {t('inbox.arrived', { n: arrived.length })}
          </p>
        )}
      </div>
      {signer && pickedTasks.length > 0 && (
        <BatchSign
          tasks={pickedTasks}
          onDone={(msg) => {
            setPicked([]);
            setOpen(null);
            announce(msg);
            list.reload();
          }}
        />
      )}
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
              <th scope="col">{t('inbox.col.deadline')}</th>
              <th scope="col">{t('inbox.col.holder')}</th>
              <th scope="col">{t('inbox.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((task) => {
              // A task assigned to me (my vote, a task handed to me) is mine without a claim.
              const mineClaimed =
                task.claimedBy === me?.userId || (!task.claimedBy && !!me && task.assignee === me.userId);
              return [
                <tr
                  key={task.taskId}
                  data-task={task.taskId}
                  data-type={task.type}
                  class={open === task.taskId ? 'selected' : ''}
                >
                  <td data-label={t('inbox.col.task')}>
                    {signer && task.type === 'SIGN_DECISION' && (
                      <input
                        type="checkbox"
                        class="pick"
                        aria-label={t('batch.pick', { name: task.nomineeName })}
                        checked={picked.includes(task.taskId)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          setPicked((p) => (on ? [...p, task.taskId] : p.filter((x) => x !== task.taskId)));
                        }}
                      />
                    )}
                    <strong>{pick(task.typeNameVi, task.typeNameEn)}</strong>
                    {task.priority === 1 && <span class="badge badge-breached">{t('inbox.urgent')}</span>}
                    <div class="muted small">{label('stage', task.stage)}</div>
                  </td>
                  <td data-label={t('inbox.col.nominee')}>
                    <Link href={`/ho-so/${task.nominationId}`}>{task.nomineeName}</Link>{' '}
                    <CaseNumber n={task.caseNumber} />
                  </td>
                  <td data-label={t('inbox.col.award')}>{dir.awardName(task.awardCode)}</td>
                  <td data-label={t('inbox.col.unit')}>{dir.unitName(task.unitId)}</td>
                  <td data-label={t('inbox.col.deadline')} data-testid="deadline">
                    <Deadline task={task} />
                  </td>
                  <td data-label={t('inbox.col.holder')}>
                    {mineClaimed
                      ? t(task.claimedBy ? 'inbox.me' : 'inbox.assignedToMe')
                      : (task.claimedBy ?? task.assignee ?? t('inbox.unclaimed'))}
                  </td>
                  <td data-label={t('inbox.col.actions')} class="row-actions">
                    {!readOnly && !task.claimedBy && !mineClaimed && !task.assignee && (
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
                    {!readOnly && task.claimedBy === me?.userId && (
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
                    <td colSpan={7}>
                      <HandOver
                        task={task}
                        mode={handing.mode}
                        onDone={(msg) => {
                          setHanding(null);
                          announce(msg);
                          list.reload();
                        }}
                      />
                    </td>
                  </tr>
                ),
                open === task.taskId && (
                  <tr key={`${task.taskId}-form`} class="action-row">
                    <td colSpan={7}>
                      <TaskAction
                        task={task}
                        onDone={(msg) => {
                          setOpen(null);
                          announce(msg);
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

const POLL_MS = 10_000;

/**
 * One deadline per row, said which it is: the task's own due time when it has one (a ballot's close,
 * the disclosure's end), else the stage's SLA deadline; with the time left to it.
 */
function Deadline({ task }: { task: Task }) {
  const { t } = useI18n();
  const own = task.dueAt !== null;
  const at = own ? task.dueAt : task.breachAt;
  if (!at) return <span class="badge badge-none">{t('sla.noDeadline')}</span>;
  const ms = own ? task.msToDue : task.msToBreach;
  return (
    <>
      <div class="small">
        {t(own ? 'inbox.dueOwn' : 'inbox.dueStage')} {formatDateTime(at)}
      </div>
      <BreachBadge msToBreach={ms} breachAt={at} />
    </>
  );
}
