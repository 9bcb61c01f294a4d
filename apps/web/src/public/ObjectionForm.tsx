import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Disclosure } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field, useAction } from '../ui/ui';
import { uuid4 } from './uuid';

/** A citizen's objection to a case under disclosure; re-sending after an error reuses the same id. */
export function ObjectionForm({ item, onClose }: { item: Disclosure; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [objectionId] = useState(uuid4);
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
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
        <p class="small">
          {t('public.reference')}: <code>{send.result.objectionId}</code>
        </p>
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="objection-form"
      onSubmit={(e) => {
        e.preventDefault();
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
        <Field id={`ob-contact-${id}`} label={t('public.contact')}>
          <input
            id={`ob-contact-${id}`}
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
            maxLength={200}
            autocomplete="email"
          />
        </Field>
      </div>
      <p class="small muted">{t('public.privacy')}</p>
      <ErrorBox error={send.error} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="primary" disabled={send.busy || !content.trim()}>
          {t('public.send')}
        </button>
      </div>
    </form>
  );
}
