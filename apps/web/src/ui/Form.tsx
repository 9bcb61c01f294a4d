import { createContext, type ComponentChildren, type FormHTMLAttributes, type TargetedSubmitEvent } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/** The reasons the form itself gives per field id (an empty required field), read by `Field`. */
export const FormErrors = createContext<Record<string, string>>({});

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isControl = (el: Element): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
const isEmpty = (el: Control) =>
  el instanceof HTMLInputElement && el.type === 'file' ? !el.files?.length : !el.value.trim();
const isRequired = (el: Control) => el.required || el.getAttribute('aria-required') === 'true';

/**
 * Every form of the pages: the browser's own validation off (its bubbles speak the browser's language
 * and vanish), an empty required field marked beside it in the page's language by its label, the form's
 * `onSubmit` run only when none is empty, and a field's mark gone as soon as it is filled in.
 */
export function Form(
  props: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
    onSubmit: (e: TargetedSubmitEvent<HTMLFormElement>) => unknown;
    children: ComponentChildren;
  },
) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { onSubmit, children, ...rest } = props;
  const clear = (e: Event) => {
    const el = e.target as Element;
    if (isControl(el) && errors[el.id] && !isEmpty(el)) setErrors(({ [el.id]: _gone, ...others }) => others);
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
        const first = Object.keys(found)[0];
        if (first) {
          e.preventDefault();
          (form.querySelector(`[id="${first}"]`) as HTMLElement | null)?.focus();
          return;
        }
        void onSubmit(e);
      }}
    >
      <FormErrors.Provider value={errors}>{children}</FormErrors.Provider>
    </form>
  );
}
