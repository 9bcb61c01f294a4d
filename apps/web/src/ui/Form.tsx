import { createContext, type ComponentChildren, type FormHTMLAttributes, type TargetedSubmitEvent } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/** What a form tells its fields: the reasons it gives itself, its submits so far, the fields edited since. */
interface FormState {
  /** The reasons the form itself gives per field id (an empty required field). */
  errors: Record<string, string>;
  /** How many times it was submitted (0: never). */
  submits: number;
  /** The fields (by `Field` id) the person edited since the last submit. */
  edited: ReadonlySet<string>;
}
const FormContext = createContext<FormState>({ errors: {}, submits: 0, edited: new Set() });

/** The field a control belongs to: its `Field`'s id (a list or a group of controls), else its own id. */
const fieldOf = (el: Element) => el.closest<HTMLElement>('[data-field]')?.dataset.field ?? el.id;

/**
 * The reason a field shows: the one its page gives (`given`: the API's refusal of the field, a check of the
 * page's), else the form's own (an empty required field). A reason that came with a submit (the answer to
 * it, or the page's check on it) is gone once the person edits the field, until the next submit; a reason
 * the page gives as the value is typed (before any submit, or appearing while editing) stays as given.
 */
export function useFieldError(id: string, given: string | null | undefined): string | undefined {
  const { errors } = useContext(FormContext);
  return useGivenReason(id, given) ?? errors[id];
}

/** The reason the page gives at a field, gone once the field is edited if it came with a submit (as above). */
export function useGivenReason(id: string, given: string | null | undefined): string | undefined {
  const { submits, edited } = useContext(FormContext);
  const text = given || undefined;
  // When the text last came: at which submit, whether the field was being edited then, whether it was hidden
  // since (a hidden reason given again by a later submit is that submit's answer).
  const seen = useRef<{ text?: string; submits: number; whileEditing: boolean; hidden?: boolean }>({
    submits,
    whileEditing: false,
  });
  if (text !== seen.current.text || (seen.current.hidden && seen.current.submits !== submits))
    seen.current = { text, submits, whileEditing: edited.has(id) };
  const answered = submits > 0 && seen.current.submits === submits && !seen.current.whileEditing;
  const hidden = answered && text !== undefined && edited.has(id);
  if (hidden) seen.current.hidden = true;
  return hidden ? undefined : text;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isControl = (el: Element): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
const isEmpty = (el: Control) =>
  el instanceof HTMLInputElement && el.type === 'file' ? !el.files?.length : !el.value.trim();
const isRequired = (el: Control) => el.required || el.getAttribute('aria-required') === 'true';

/**
 * Every form of the pages: the browser's own validation off (its bubbles speak the browser's language
 * and vanish), an empty required field marked beside it in the page's language by its label, the form's
 * `onSubmit` run only when none is empty, and a field's mark gone as soon as it is filled in; a reason the
 * page shows at a field after a submit (the API's) gone as soon as that field is edited (`useFieldError`).
 */
export function Form(
  props: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
    onSubmit: (e: TargetedSubmitEvent<HTMLFormElement>) => unknown;
    children: ComponentChildren;
  },
) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submits, setSubmits] = useState(0);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const { onSubmit, children, ...rest } = props;
  const clear = (e: Event) => {
    const el = e.target as Element;
    if (!isControl(el)) return;
    if (errors[el.id] && !isEmpty(el)) setErrors(({ [el.id]: _gone, ...others }) => others);
    const field = fieldOf(el);
    if (field && !edited.has(field)) setEdited((before) => new Set(before).add(field));
  };
  return (
    <form
      {...rest}
      noValidate
      onInput={clear}
      onChange={clear}
      onSubmit={(e) => {
        const found: Record<string, string> = {};
        const form = e.currentTarget;
        for (const el of Array.from(form.elements).filter(isControl))
          if (el.id && !el.disabled && isRequired(el) && isEmpty(el)) {
            const label = form.querySelector(`label[for="${el.id}"]`)?.firstChild?.textContent?.trim();
            found[el.id] = label
              ? t('field.required', { label: label.toLocaleLowerCase('vi') })
              : t('field.requiredThis');
          }
        setErrors(found);
        setSubmits((n) => n + 1);
        setEdited(new Set());
        const first = Object.keys(found)[0];
        if (first) {
          e.preventDefault();
          (form.querySelector(`[id="${first}"]`) as HTMLElement | null)?.focus();
          return;
        }
        void onSubmit(e);
      }}
    >
      <FormContext.Provider value={{ errors, submits, edited }}>{children}</FormContext.Provider>
    </form>
  );
}
