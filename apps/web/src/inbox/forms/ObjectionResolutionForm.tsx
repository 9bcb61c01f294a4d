import { NoteField, RadioGroup } from '../../ui/choices';
import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../../api/endpoints';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { FileLink } from '../../ui/FileLink';
import { ErrorBox, useAction } from '../../ui/ui';
import type { TaskFormProps } from './task-form';

/** Resolve a citizen's objection: upheld (the council reconsiders) or dismissed, with a note. */
export function ObjectionResolutionForm({ task, nomination, onDone }: TaskFormProps) {
  const { t } = useI18n();
  const slot = nomination.state.tasks[task.taskId]?.slot ?? '';
  const objection =
    nomination.state.objections.find((o) => slot.endsWith(o.objectionId)) ??
    nomination.state.objections.find((o) => !o.outcome);
  const [outcome, setOutcome] = useState<'UPHELD' | 'DISMISSED'>('DISMISSED');
  const [note, setNote] = useState('');
  const send = useAction(() => Api.complete(task.taskId, { outcome, note }));
  return (
    <Form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await send.run()) onDone(t('objection.resolved'));
      }}
    >
      {objection && (
        <blockquote class="objection">
          <p>{objection.content}</p>
          <footer class="small muted">
            {objection.submitterName ?? t('objection.anonymous')} · {formatDateTime(objection.filedAt)}
            {objection.contact && (
              <>
                {' '}
                · {t('objection.contact')}: {objection.contact}
              </>
            )}
          </footer>
        </blockquote>
      )}
      {objection?.evidence?.length ? (
        <div class="small">
          {t('objection.evidence')}:
          <ul>
            {objection.evidence.map((f) => (
              <li key={f.sha256}>
                <FileLink doc={f} nominationId={nomination.nominationId} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RadioGroup
        name="ob"
        legend={t('objection.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'DISMISSED', id: 'ob-dismiss', label: t('objection.DISMISSED') },
          { value: 'UPHELD', id: 'ob-uphold', label: t('objection.UPHELD') },
        ]}
      />
      <NoteField id="ob-note" label={t('objection.note')} value={note} onInput={setNote} maxLength={4000} />
      <ErrorBox error={send.error} />
      <button type="submit" class="primary" disabled={send.busy}>
        {t('objection.submit')}
      </button>
    </Form>
  );
}
