import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api, storeEvidence, type StoredFile } from '../api/endpoints';
import type { Disclosure } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../app/router';
import { ApiError } from '../api/client';
import { ErrorBox, Field, problemFields, useAction } from '../ui/ui';
import { uuid4 } from './uuid';

const MAX_EVIDENCE = 3;

/**
 * A citizen's objection to a case under disclosure; re-sending after an error reuses the same id. The
 * contact is required (phone or e-mail); evidence files (at most 3) are uploaded as they are chosen and
 * the objection names them by hash.
 */
export function ObjectionForm({ item, onClose }: { item: Disclosure; onClose: () => void }) {
  const { t, lang, pick } = useI18n();
  const [objectionId] = useState(uuid4);
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [contactError, setContactError] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<StoredFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const send = useAction(() =>
    Api.object(item.nominationId, {
      objectionId,
      content: content.trim(),
      ...(name.trim() ? { submitterName: name.trim() } : {}),
      contact: contact.trim(),
      ...(evidence.length ? { evidence: evidence.map((f) => ({ sha256: f.sha256 })) } : {}),
    }),
  );
  const attach = async (files: File[]) => {
    setEvidenceError(null);
    send.reset();
    if (evidence.length + files.length > MAX_EVIDENCE) return setEvidenceError(t('public.evidenceTooMany'));
    setUploading(true);
    try {
      for (const file of files) {
        const stored = await storeEvidence(item.nominationId, file);
        setEvidence((list) => (list.some((f) => f.sha256 === stored.sha256) ? list : [...list, stored]));
      }
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : null;
      setEvidenceError(p ? pick(p.detail, p.detailEn) : String(e));
    } finally {
      setUploading(false);
    }
  };
  const id = item.nominationId.slice(0, 8);
  if (send.result) {
    return (
      <div class="ok" role="status" data-testid="objection-received">
        <p>
          <strong>{lang === 'en' ? t('public.received') : send.result.messageVi}</strong>
        </p>
        <p>
          {t('public.trackingCode')}: <strong data-testid="tracking-code">{send.result.trackingCode}</strong>
        </p>
        <p class="small">
          {t('public.trackingHint')}{' '}
          <Link href={`/cong-khai/y-kien/${send.result.trackingCode}`}>{t('public.trackLink')}</Link>
        </p>
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    );
  }
  return (
    <Form
      class="objection-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!CONTACT.test(contact)) return setContactError(t('public.contactInvalid'));
        void send.run();
      }}
      aria-label={t('public.formFor', { name: item.nomineeName })}
    >
      <Field id={`ob-content-${id}`} label={t('public.content')} required hint={t('public.contentHint')}>
        <textarea
          id={`ob-content-${id}`}
          rows={5}
          value={content}
          onInput={(e) => setContent(e.currentTarget.value)}
          required
          maxLength={4000}
          aria-describedby={`ob-content-${id}-hint`}
        />
      </Field>
      <div class="grid2">
        <Field id={`ob-name-${id}`} label={t('public.name')}>
          <input
            id={`ob-name-${id}`}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            autocomplete="name"
          />
        </Field>
        <Field
          id={`ob-contact-${id}`}
          label={t('public.contact')}
          required
          hint={t('public.contactHint')}
          error={contactError ?? (problemFields(send.error).has('contact') ? t('public.contactInvalid') : null)}
        >
          <input
            id={`ob-contact-${id}`}
            value={contact}
            // Checked by the form itself, empty included: one message says what a contact must be.
            aria-describedby={`ob-contact-${id}-hint`}
            aria-invalid={contactError || problemFields(send.error).has('contact') ? 'true' : 'false'}
            onInput={(e) => {
              setContact(e.currentTarget.value);
              setContactError(null);
              send.reset();
            }}
            maxLength={200}
            autocomplete="email"
          />
        </Field>
      </div>
      <Field
        id={`ob-evidence-${id}`}
        label={t('public.evidence')}
        hint={t('public.evidenceHint')}
        error={evidenceError ?? problemFields(send.error).get('evidence')?.[lang === 'en' ? 'en' : 'vi'] ?? null}
      >
        <input
          id={`ob-evidence-${id}`}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          disabled={uploading || evidence.length >= MAX_EVIDENCE}
          aria-describedby={`ob-evidence-${id}-hint`}
          aria-invalid={evidenceError ? 'true' : 'false'}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) void attach(files);
          }}
        />
      </Field>
      {uploading && <p class="small muted">{t('public.evidenceUploading')}</p>}
      {evidence.length > 0 && (
        <ul class="evidence-list" data-testid="evidence-list">
          {evidence.map((f) => (
            <li key={f.sha256}>
              {f.fileName}{' '}
              <button
                type="button"
                class="link"
                aria-label={t('public.evidenceRemove', { name: f.fileName })}
                onClick={() => setEvidence((list) => list.filter((x) => x.sha256 !== f.sha256))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="small muted">{t('public.privacy')}</p>
      <ErrorBox error={send.error} atFields={['contact', 'evidence']} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="primary" disabled={send.busy || uploading || !content.trim()}>
          {t('public.send')}
        </button>
      </div>
    </Form>
  );
}

/** A phone number (0912345678, +84 912 345 678) or an e-mail address, as the API takes them (ObjectionDto). */
const CONTACT =
  /^[ \t]*(?:(?:0|\+84)(?:[ .-]?[0-9]){9}|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})[ \t]*$/;
