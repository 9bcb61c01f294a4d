import { useState } from 'preact/hooks';
import { storeDocument } from '../api/endpoints';
import type { DocumentRef } from '../api/types';
import { useDirectory } from '../app/directory';
import { useI18n } from '../i18n/i18n';
import { formatSize } from './FileLink';
import { ErrorBox } from './ui';

export type DocRow = DocumentRef;

/**
 * The dossier's documents: each row a document type, a title and a file, uploaded as soon as it is chosen
 * (the API tells its type from the content and refuses, in Vietnamese, what it does not take).
 */
export function DocumentsEditor({
  rows,
  onChange,
  idPrefix,
}: {
  rows: DocRow[];
  onChange: (rows: DocRow[]) => void;
  idPrefix: string;
}) {
  const { t, lang } = useI18n();
  const dir = useDirectory();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const types = Object.keys(dir.rules?.documentTypes ?? {});
  const set = (i: number, change: Partial<DocRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function attach(i: number, file: File | undefined) {
    if (!file) return;
    setBusy(i);
    setError(null);
    try {
      const stored = await storeDocument(file);
      set(i, {
        sha256: stored.sha256,
        fileName: stored.fileName,
        size: stored.size,
        mediaType: stored.mediaType,
        title: rows[i].title || stored.fileName.replace(/\.[a-z]+$/i, ''),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset class="docs">
      <legend>{t('docs.legend')}</legend>
      <ErrorBox error={error} />
      {rows.map((r, i) => (
        <div class="doc-row" key={i}>
          <div class="field">
            <label for={`${idPrefix}-code-${i}`}>{t('docs.type')}</label>
            <select
              id={`${idPrefix}-code-${i}`}
              value={r.code}
              onChange={(e) => set(i, { code: e.currentTarget.value })}
            >
              {[...new Set([r.code, ...types])].filter(Boolean).map((c) => (
                <option key={c} value={c}>
                  {dir.documentName(c)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${idPrefix}-title-${i}`}>{t('docs.title')}</label>
            <input
              id={`${idPrefix}-title-${i}`}
              value={r.title}
              onInput={(e) => set(i, { title: e.currentTarget.value })}
              required
            />
          </div>
          <div class="field">
            <label for={`${idPrefix}-file-${i}`}>{t('docs.file')}</label>
            <input
              id={`${idPrefix}-file-${i}`}
              type="file"
              onChange={(e) => void attach(i, e.currentTarget.files?.[0])}
              aria-describedby={`${idPrefix}-hash-${i}`}
            />
            <div class="hint" id={`${idPrefix}-hash-${i}`} aria-live="polite">
              {busy === i
                ? t('docs.uploading')
                : r.sha256
                  ? r.fileName
                    ? t('docs.storedAs', { name: r.fileName, size: formatSize(r.size ?? 0, lang) })
                    : `${t('docs.stored')} · SHA-256 ${r.sha256.slice(0, 12)}…`
                  : t('docs.noFile')}
            </div>
          </div>
          <button
            type="button"
            class="link"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label={t('docs.removeRow', { n: i + 1 })}
          >
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => onChange([...rows, { code: types[0] ?? 'TO_TRINH', title: '', sha256: '' }])}
      >
        {t('docs.add')}
      </button>
    </fieldset>
  );
}

/** Rows ready to send: those with a stored file. */
export const readyDocuments = (rows: DocRow[]): DocumentRef[] =>
  rows.filter((r) => r.sha256).map(({ code, title, sha256 }) => ({ code, title, sha256 }));
