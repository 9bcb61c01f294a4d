import { useState } from 'preact/hooks';
import { storeDocument, type StoredFile } from '../api/endpoints';
import { useI18n } from '../i18n/i18n';
import { formatSize } from './FileLink';
import { ErrorBox, Field, useAction } from './ui';

/** The signed decision PDF of a decision form: stored as soon as it is picked, named once stored. */
export function useSignedPdf() {
  const [signed, setSigned] = useState<StoredFile | null>(null);
  const upload = useAction(async (file: File) => setSigned(await storeDocument(file)));
  return { signed, setSigned, upload };
}

/** The field that picks it (`id`, and `${id}-state` for what became of the file). */
export function SignedPdfField({ id, pdf }: { id: string; pdf: ReturnType<typeof useSignedPdf> }) {
  const { t, lang } = useI18n();
  const { signed, setSigned, upload } = pdf;
  return (
    <Field id={id} label={t('decision.signedFile')} hint={t('decision.signedHint')}>
      <input
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={`${id}-hint ${id}-state`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          setSigned(null);
          if (file) void upload.run(file);
        }}
      />
      <div class="hint" id={`${id}-state`} aria-live="polite">
        {upload.busy
          ? t('docs.uploading')
          : signed
            ? t('docs.storedAs', { name: signed.fileName, size: formatSize(signed.size, lang) })
            : t('docs.noFile')}
      </div>
      <ErrorBox error={upload.error} />
    </Field>
  );
}
