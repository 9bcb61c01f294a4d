import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Task } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, useAction, useAsync } from '../ui/ui';

/**
 * Hand a task over: the head of the office (or an admin) reassigns it; its holder delegates it and
 * stays its owner. The person is picked from those who may hold the task (the API refuses anybody
 * else); a vote is never handed over.
 */
export function HandOver({
  task,
  mode,
  onDone,
}: {
  task: Task;
  mode: 'reassign' | 'delegate';
  onDone: (msg: string) => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const [to, setTo] = useState('');
  const holders = useAsync(() => Api.holders(task.taskId), [task.taskId]);
  const people = (holders.data?.people ?? []).filter(
    (p) => p.userId !== (task.claimedBy ?? task.assignee ?? me?.userId),
  );
  const send = useAction(async () => {
    await (mode === 'reassign' ? Api.reassign(task.taskId, to) : Api.delegate(task.taskId, to));
    const name = people.find((p) => p.userId === to)?.displayName ?? to;
    onDone(t(mode === 'reassign' ? 'handover.reassigned' : 'handover.delegated', { name: task.nomineeName, to: name }));
  });
  const id = `handover-${mode}-${task.taskId.replace(/\W/g, '')}`;
  if (holders.loading && !holders.data) return <Loading />;
  return (
    <Form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (to) void send.run();
      }}
    >
      <label for={id}>{t(mode === 'reassign' ? 'handover.reassignTo' : 'handover.delegateTo')}</label>
      <select id={id} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
        <option value="">{t('handover.pick')}</option>
        {people.map((p) => (
          <option key={p.userId} value={p.userId}>
            {p.displayName}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary" disabled={send.busy || !to}>
        {t(mode === 'reassign' ? 'handover.reassign' : 'handover.delegate')}
      </button>
      {holders.data && people.length === 0 && <p class="muted small">{t('handover.nobody')}</p>}
      <ErrorBox error={send.error ?? holders.error} />
    </Form>
  );
}
