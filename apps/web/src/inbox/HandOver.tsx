import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Task } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, useAction } from '../ui/ui';

/**
 * Hand a task over: the head of the office (or an admin) reassigns it; its holder delegates it and
 * stays its owner. A vote is never handed over.
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
  const [to, setTo] = useState('');
  const send = useAction(async () => {
    await (mode === 'reassign' ? Api.reassign(task.taskId, to.trim()) : Api.delegate(task.taskId, to.trim()));
    onDone(
      t(mode === 'reassign' ? 'handover.reassigned' : 'handover.delegated', { name: task.nomineeName, to: to.trim() }),
    );
  });
  const id = `handover-${mode}-${task.taskId.replace(/\W/g, '')}`;
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (to.trim()) void send.run();
      }}
    >
      <label for={id}>{t(mode === 'reassign' ? 'handover.reassignTo' : 'handover.delegateTo')}</label>
      <input id={id} value={to} maxLength={64} placeholder="ban-tdkt-2" onInput={(e) => setTo(e.currentTarget.value)} />
      <button type="submit" class="secondary" disabled={send.busy || !to.trim()}>
        {t(mode === 'reassign' ? 'handover.reassign' : 'handover.delegate')}
      </button>
      <ErrorBox error={send.error} />
    </form>
  );
}
