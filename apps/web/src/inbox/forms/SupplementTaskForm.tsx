import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useDirectory } from '../../app/directory';
import { useI18n } from '../../i18n/i18n';
import { DocumentsEditor, readyDocuments, type DocRow } from '../../ui/DocumentsEditor';
import { ErrorBox, useAction } from '../../ui/ui';
import type { TaskFormProps } from './task-form';

/** The unit answers a supplement request: the missing documents, attached and stored. */
export function SupplementTaskForm({
  task,
  nomination,
  onDone,
}: Omit<TaskFormProps, 'task'> & {
  /** None on the case page: the unit supplements without opening the task. */
  task?: Task;
}) {
  const { t } = useI18n();
  const dir = useDirectory();
  const req = nomination.state.supplement;
  const [rows, setRows] = useState<DocRow[]>(
    (req?.missing ?? []).map((code) => ({ code, title: dir.documentTitle(code), sha256: '' })),
  );
  const send = useAction(() => {
    const documents = readyDocuments(rows);
    return task ? Api.complete(task.taskId, { documents }) : Api.supplement(nomination.nominationId, documents);
  });
  return (
    <Form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await send.run()) onDone(t('supplement.done'));
      }}
    >
      {req && (
        <div class="callout" role="note">
          <strong>{t('supplement.requested')}</strong>
          <p>{req.note}</p>
          <p class="small">
            {t('supplement.missing')}: {req.missing.map((c) => dir.documentName(c)).join(', ')}
          </p>
        </div>
      )}
      <DocumentsEditor rows={rows} onChange={setRows} idPrefix="sup" />
      <ErrorBox error={send.error} />
      <button type="submit" class="primary" disabled={send.busy || readyDocuments(rows).length === 0}>
        {t('supplement.submit')}
      </button>
    </Form>
  );
}
