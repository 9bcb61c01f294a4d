import { Form } from '../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Disclosure } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Link } from '../app/router';
import { ErrorBox, Field, problemFields, useAction } from '../ui/ui';
import { uuid4 } from './uuid';

/** A citizen's objection to a case under disclosure; re-sending after an error reuses the same id. */
export function ObjectionForm({ item, onClose }: { item: Disclosure; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [objectionId] = useState(uuid4);
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [contactError, setContactError] = useState<string | null>(null);
  const send = useAction(() =>
    Api.object(item.nominationId, {
      objectionId,
      content: content.trim(),
      ...(name.trim() ? { submitterName: name.trim() } : {}),
      ...(contact.trim() ? { contact: contact.trim() } : {}),
    }),
  );
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
        if (contact.trim() && !CONTACT.test(contact)) return setContactError(t('public.contactInvalid'));
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
          error={contactError ?? (problemFields(send.error).has('contact') ? t('public.contactInvalid') : null)}
        >
          <input
            id={`ob-contact-${id}`}
            value={contact}
            aria-invalid={contactError ? 'true' : 'false'}
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
      <p class="small muted">{t('public.privacy')}</p>
      <ErrorBox error={send.error} atFields={['contact']} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="primary" disabled={send.busy || !content.trim()}>
          {t('public.send')}
        </button>
      </div>
    </Form>
  );
}

/** A phone number (0912345678, +84 912 345 678) or an e-mail address, as the API takes them. */
const CONTACT = /^\s*(?:(?:\+84|0)(?:[\s.-]?\d){9,10}|[^\s@]+@[^\s@]+\.[^\s@]{2,})\s*$/;
