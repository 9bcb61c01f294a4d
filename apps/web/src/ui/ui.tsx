import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** A refusal as the API worded it: `detail` in Vietnamese, `detailEn` in English, field errors listed. */
export function ErrorBox({ error }: { error: unknown }) {
  const { pick, t } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError) {
    const p = error.problem;
    return (
      <div class="error" role="alert">
        <strong>{pick(p.detail, p.detailEn)}</strong>
        {p.errors && p.errors.length > 1 && (
          <ul>
            {p.errors.map((e, i) => (
              <li key={i}>
                <code>{e.field}</code> {pick(e.reason ?? e.messageVi, e.reasonEn ?? e.messageEn)}
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
}) {
  return (
    <div class="field">
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
