import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useFieldError } from './Form';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A field's reason without the API's "field.path: " prefix (the page shows it at the field, by its label). */
const withoutPath = (field: string, text: string | undefined) =>
  (text ?? '').startsWith(`${field}: `) ? (text ?? '').slice(field.length + 2) : (text ?? '');

/** The reasons a refusal gives per field (the API's field path → Vietnamese and English), if any. */
export function problemFields(error: unknown): Map<string, { vi: string; en: string }> {
  const out = new Map<string, { vi: string; en: string }>();
  if (!(error instanceof ApiError)) return out;
  const p = error.problem;
  for (const e of p.errors ?? [])
    if (!out.has(e.field))
      out.set(e.field, {
        vi: withoutPath(e.field, e.reason ?? e.messageVi),
        en: withoutPath(e.field, e.reasonEn ?? e.messageEn),
      });
  if (p.field && !out.has(p.field)) out.set(p.field, { vi: p.detail, en: p.detailEn ?? p.detail });
  return out;
}

/**
 * A refusal as the API worded it: `detail` in Vietnamese, `detailEn` in English, other field errors
 * listed by reason. `atFields` are the API fields the form shows at the field itself: a refusal about
 * those only is summarised here ("correct the marked fields"), its reasons being next to the fields.
 */
export function ErrorBox({
  error,
  atFields,
  labels,
}: {
  error: unknown;
  atFields?: string[];
  /** The form's labels of the API's fields, to name a field in words (never its path). */
  labels?: Record<string, string>;
}) {
  const { pick, t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError) {
    const p = error.problem;
    const fields = problemFields(error);
    const shown = atFields ?? [];
    const elsewhere = [...fields.keys()].filter((f) => !shown.includes(f));
    if (fields.size > 0 && elsewhere.length === 0)
      return (
        <div class="error" role="alert">
          <strong>{t('error.atFields')}</strong>
        </div>
      );
    return (
      <div class="error" role="alert">
        <strong>{p.errors?.length ? t('error.invalid') : pick(p.detail, p.detailEn)}</strong>
        {p.errors && p.errors.length > 0 && (
          <ul>
            {p.errors
              .filter((e) => !shown.includes(e.field))
              .map((e, i) => (
                <li key={i}>
                  {labels?.[e.field] ? `${labels[e.field]}: ` : ''}
                  {withoutPath(e.field, pick(e.reason ?? e.messageVi, e.reasonEn ?? e.messageEn))}
                </li>
              ))}
          </ul>
        )}
        {p.rule?.article && (
          <div class="muted">
            {t('error.rule')}: {[p.rule.article, p.rule.legalBasis].filter(Boolean).join(', ')}
          </div>
        )}
        <div class="muted small">
          {t('error.code')}: {p.code}
          {p.correlationId ? ` · ${p.correlationId}` : ''}
        </div>
      </div>
    );
  }
  return (
    <div class="error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Loads once per `deps`; `reload()` loads again. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const seq = useRef(0);
  const run = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (mine === seq.current) setState({ data, loading: false });
      },
      (error) => {
        if (mine === seq.current) setState({ error, loading: false });
      },
    );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  children: ComponentChildren;
  required?: boolean;
  /** The reason this field is refused, shown under it (its input names `${id}-error` in aria-describedby). */
  error?: string | null;
}) {
  const error = useFieldError(props.id, props.error);
  return (
    <div class={error ? 'field invalid' : 'field'} data-field={props.id}>
      <label for={props.id}>
        {props.label}
        {props.required && (
          <span aria-hidden="true" class="req">
            {' '}
            *
          </span>
        )}
      </label>
      {props.children}
      {props.hint && (
        <div class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      )}
      {error && (
        <div class="field-error" id={`${props.id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

export function Badge({ kind, children }: { kind: string; children: ComponentChildren }) {
  return <span class={`badge badge-${kind}`}>{children}</span>;
}

/** A modal confirmation on the native <dialog> (focus is trapped and Esc cancels). */
export function Confirm(props: {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-title">{props.title}</h2>
      <div>{props.children}</div>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" class="primary" onClick={props.onConfirm} disabled={props.busy} autofocus>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** A case's number for people (HS-2026-000123), beside its name; nothing for a case filed before numbers. */
export function CaseNumber({ n }: { n: string | null | undefined }) {
  const { t } = useI18n();
  if (!n) return null;
  return (
    <span class="case-number" data-testid="case-number" title={t('case.number')}>
      {n}
    </span>
  );
}

export function PageTitle({ children }: { children: ComponentChildren }) {
  useEffect(() => {
    const h = document.querySelector('h1');
    if (h) document.title = `${h.textContent} — Khen`;
  });
  return (
    <h1 tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

/** A form submit that tracks busy/error/done around one API call. */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const [state, setState] = useState<{ busy: boolean; error?: unknown; result?: R }>({ busy: false });
  const run = async (...args: A): Promise<R | undefined> => {
    setState({ busy: true });
    try {
      const result = await fn(...args);
      setState({ busy: false, result });
      return result;
    } catch (error) {
      setState({ busy: false, error });
      return undefined;
    }
  };
  return { ...state, run, reset: () => setState({ busy: false }) };
}

/** A real not-found page: what was not found, and the way home. */
export function NotFound({ what }: { what?: string }) {
  const { t } = useI18n();
  return (
    <section class="not-found" data-testid="not-found">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{what ?? t('notFound.page')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </section>
  );
}

/** Is this refusal "there is no such thing" (404, or an id that cannot name anything)? */
export const isNotFound = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 404 || (error.status === 400 && problemFields(error).has('id') && problemFields(error).size === 1));
