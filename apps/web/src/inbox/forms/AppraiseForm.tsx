import { NoteField, RadioGroup } from '../../ui/choices';
import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../../api/endpoints';
import { useDirectory } from '../../app/directory';
import { useI18n } from '../../i18n/i18n';
import { InitiativeCounts } from '../../case/InitiativeCounts';
import { FileLink } from '../../ui/FileLink';
import { ErrorBox, useAction } from '../../ui/ui';
import type { TaskFormProps } from './task-form';

/** Appraise the dossier (opens the next step) or send it back with what to supplement. */
export function AppraiseForm({ task, nomination, onDone }: TaskFormProps) {
  const { t } = useI18n();
  const dir = useDirectory();
  const s = nomination.state;
  const [action, setAction] = useState<'APPRAISE' | 'REQUEST_SUPPLEMENT'>('APPRAISE');
  const [opinion, setOpinion] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const send = useAction(() =>
    Api.complete(task.taskId, action === 'APPRAISE' ? { opinion } : { action: 'REQUEST_SUPPLEMENT', missing, note }),
  );
  const codes = [
    ...new Set([
      ...(s.rules?.requiredDocuments ?? []),
      ...s.documents.map((d) => d.code),
      ...Object.keys(dir.rules?.documentTypes ?? {}),
    ]),
  ];
  return (
    <Form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await send.run())
          onDone(t(action === 'APPRAISE' ? 'appraise.done' : 'appraise.supplementDone', { name: task.nomineeName }));
      }}
    >
      <h3>{t('appraise.documents')}</h3>
      <ul class="small">
        {s.documents.map((d) => (
          <li key={d.code}>
            {dir.documentName(d.code)}: {d.title} <FileLink doc={d} nominationId={nomination.nominationId} />
          </li>
        ))}
      </ul>
      {s.initiativeCounts && (
        <>
          <h3>{t('case.initiatives')}</h3>
          <InitiativeCounts counts={s.initiativeCounts} />
        </>
      )}
      <RadioGroup
        name="ap"
        legend={t('appraise.choose')}
        value={action}
        onChange={setAction}
        options={[
          { value: 'APPRAISE', id: 'ap-ok', label: t('appraise.ok') },
          { value: 'REQUEST_SUPPLEMENT', id: 'ap-sup', label: t('appraise.requestSupplement') },
        ]}
      />
      {action === 'APPRAISE' ? (
        <NoteField
          id="ap-opinion"
          label={t('appraise.opinion')}
          value={opinion}
          onInput={setOpinion}
          maxLength={4000}
        />
      ) : (
        <>
          <fieldset>
            <legend>{t('appraise.missing')}</legend>
            {codes.map((c) => (
              <div class="checkbox" key={c}>
                <input
                  type="checkbox"
                  id={`miss-${c}`}
                  checked={missing.includes(c)}
                  onChange={(e) =>
                    setMissing(e.currentTarget.checked ? [...missing, c] : missing.filter((x) => x !== c))
                  }
                />
                <label for={`miss-${c}`}>{dir.documentName(c)}</label>
              </div>
            ))}
          </fieldset>
          <NoteField id="ap-note" label={t('appraise.note')} value={note} onInput={setNote} maxLength={2000} />
        </>
      )}
      <ErrorBox error={send.error} />
      <button type="submit" class="primary" disabled={send.busy}>
        {t(action === 'APPRAISE' ? 'appraise.submit' : 'appraise.submitSupplement')}
      </button>
    </Form>
  );
}
