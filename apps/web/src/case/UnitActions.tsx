import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { NominationView } from '../api/types';
import { useDirectory } from '../app/directory';
import { SupplementTaskForm } from '../inbox/forms/SupplementTaskForm';
import { useI18n } from '../i18n/i18n';
import { DocumentsEditor, readyDocuments, type DocRow } from '../ui/DocumentsEditor';
import { ErrorBox, useAction } from '../ui/ui';
import { requiredDocuments } from '../unit/requiredDocuments';

/** What the unit officer can do on their case: submit a draft, answer a supplement request. */
export function UnitActions({ nomination, onChanged }: { nomination: NominationView; onChanged: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const done = (m: string) => {
    setMessage(m);
    onChanged();
  };
  return (
    <>
      <div aria-live="polite">
        {message && (
          <p class="ok" role="status">
            {message}
          </p>
        )}
      </div>
      {nomination.status === 'DRAFT' && <SubmitForm nomination={nomination} onDone={done} />}
      {nomination.status === 'SUPPLEMENT_REQUESTED' && (
        <section class="card">
          <h2>{t('supplement.title')}</h2>
          <SupplementTaskForm nomination={nomination} onDone={done} />
        </section>
      )}
    </>
  );
}

function SubmitForm({ nomination, onDone }: { nomination: NominationView; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const needed = requiredDocuments(dir.rules, nomination.awardCode, nomination.kind);
  const [rows, setRows] = useState<DocRow[] | null>(null);
  const current = rows ?? needed.map((code) => ({ code, title: dir.documentTitle(code), sha256: '' }));
  const send = useAction(() => Api.submit(nomination.nominationId, readyDocuments(current)));
  return (
    <section class="card">
      <h2>{t('submit.title')}</h2>
      <p class="small">{t('submit.intro')}</p>
      <Form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await send.run()) onDone(t('submit.done'));
        }}
      >
        <DocumentsEditor rows={current} onChange={setRows} idPrefix="sub" />
        <ErrorBox error={send.error} />
        <button type="submit" class="primary" disabled={send.busy}>
          {t('submit.submit')}
        </button>
      </Form>
    </section>
  );
}
