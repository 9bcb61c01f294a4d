import { useEffect, useState } from 'preact/hooks';
import { fileLink } from '../api/endpoints';
import type { DocumentRef } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox } from './ui';

/** Shown in the page; any other type is downloaded (the API says the same by Content-Disposition). */
const INLINE = ['application/pdf', 'image/png', 'image/jpeg'];
/** A link lives 5 minutes: one older than this is asked again before it is followed. */
const FRESH_MS = 4 * 60_000;

type Link = Awaited<ReturnType<typeof fileLink>> & { at: number };

/** "2,4 MB", "180 kB": a file's size as the page says it. */
export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  const [n, unit] = bytes >= 1048576 ? [bytes / 1048576, 'MB'] : [Math.max(bytes / 1024, 0.1), 'kB'];
  const text = (Math.round(n * 10) / 10).toString();
  return `${lang === 'vi' ? text.replace('.', ',') : text} ${unit}`;
}

/**
 * One dossier file, opened where people work: a signed link (no bearer header needed) for a new tab, and
 * for PDF and images a viewer in the page. The link is asked when the row is shown and again when it is
 * about to expire, so that it still opens after the person has read the page for a while.
 */
export function FileLink({
  doc,
  nominationId,
}: {
  doc: Pick<DocumentRef, 'sha256' | 'fileName'>;
  nominationId?: string;
}) {
  const { t, lang } = useI18n();
  const [link, setLink] = useState<Link | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);

  const refresh = async () => {
    try {
      setLink({ ...(await fileLink(doc.sha256, nominationId)), at: Date.now() });
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => void refresh(), [doc.sha256, nominationId]);
  const stale = () => !link || Date.now() - link.at > FRESH_MS;
  const keepFresh = () => void (stale() && refresh());

  if (error) return <ErrorBox error={error} />;
  if (!link) return <span class="muted">{t('common.loading')}</span>;
  const inline = INLINE.includes(link.mediaType);
  const name = doc.fileName ?? link.fileName;
  return (
    <span class="file-link">
      <a
        href={link.url}
        target="_blank"
        rel="noopener noreferrer"
        onPointerEnter={keepFresh}
        onFocus={keepFresh}
        download={inline ? undefined : name}
      >
        {inline ? t('file.open', { name }) : t('file.download', { name })}
      </a>{' '}
      <span class="small muted">({formatSize(link.size, lang)})</span>
      {inline && (
        <button
          type="button"
          class="link"
          aria-expanded={open}
          onClick={() => {
            keepFresh();
            setOpen(!open);
          }}
        >
          {open ? t('file.hide') : t('file.view')}
        </button>
      )}
      {open &&
        inline &&
        (link.mediaType === 'application/pdf' ? (
          <iframe class="file-view" src={link.url} title={name} />
        ) : (
          <img class="file-view" src={link.url} alt={name} />
        ))}
    </span>
  );
}
