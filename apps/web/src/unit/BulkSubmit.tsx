import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { BulkProgress } from '../api/types';
import { useDirectory } from '../app/directory';
import { useI18n } from '../i18n/i18n';
import { DocumentsEditor, readyDocuments, type DocRow } from '../ui/DocumentsEditor';
import { ErrorBox, useAction } from '../ui/ui';
import { requiredDocuments } from './requiredDocuments';

/** The list's filed cases submitted in one step with the dossier they share; each case's outcome after. */
export function BulkSubmit({ progress }: { progress: BulkProgress }) {
  const { t, pick } = useI18n();
  const dir = useDirectory();
  const count = progress.rows.filter((r) => r.nominationId && !r.errors?.length).length;
  const [rows, setRows] = useState<DocRow[] | null>(null);
  const current =
    rows ??
    requiredDocuments(dir.rules, '', 'CONG_TRANG').map((code) => ({
      code,
      title: dir.documentTitle(code),
      sha256: '',
    }));
  const send = useAction(() => Api.bulkSubmit(progress.bulkId, readyDocuments(current)));
  const result = send.result;
  return (
    <section class="card" data-testid="bulk-submit">
      <h2>{t('bulk.submitAll.title')}</h2>
      <p class="small">{t('bulk.submitAll.intro')}</p>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void send.run();
        }}
      >
        <DocumentsEditor rows={current} onChange={setRows} idPrefix="bulk-sub" />
        <ErrorBox error={send.error} />
        <button type="submit" class="primary" disabled={send.busy || count === 0}>
          {send.busy ? t('bulk.submitAll.busy', { count }) : t('bulk.submitAll.submit', { count })}
        </button>
      </Form>
      <div aria-live="polite">
        {result && (
          <>
            <p class="ok" role="status">
              {t('bulk.submitAll.result', {
                submitted: result.submitted,
                skipped: result.skipped,
                refused: result.refused,
              })}
            </p>
            <table class="responsive">
              <thead>
                <tr>
                  <th scope="col">{t('bulk.row')}</th>
                  <th scope="col">{t('inbox.col.nominee')}</th>
                  <th scope="col">{t('cases.status')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.row} data-row={r.row} data-status={r.status}>
                    <td data-label={t('bulk.row')}>{r.row}</td>
                    <td data-label={t('inbox.col.nominee')}>{r.name ?? '—'}</td>
                    <td data-label={t('cases.status')}>
                      {t(`bulk.submitAll.status.${r.status}`)}
                      {r.detail && ` — ${pick(r.detail, r.detailEn ?? r.detail)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
