import { useState } from 'preact/hooks';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useGivenReason } from './Form';

/** dd/MM/yyyy → yyyy-MM-dd, or null when it is not a real date. */
export function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A date typed as dd/MM/yyyy whatever the browser's locale (a native date input follows the
 * browser's language, often MM/dd/yyyy). Holds a civil date (yyyy-MM-dd), '' when empty or invalid.
 * A text that is not a date says so under the field, in dd/mm/yyyy words, once the person leaves it
 * (no browser-native validation); `error` is a reason from elsewhere (the form, the API).
 */
export function DateInput(props: {
  id: string;
  value: string;
  onChange: (iso: string) => void;
  required?: boolean;
  describedBy?: string;
  error?: string | null;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.value ? formatDate(props.value) : '');
  const [left, setLeft] = useState(false);
  const invalid = text.trim() !== '' && parseVnDate(text) === null;
  const given = useGivenReason(props.id, props.error);
  const message = (left && invalid ? t('field.dateInvalid') : null) ?? given ?? null;
  const errorId = `${props.id}-date-error`;
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autocomplete="off"
        value={text}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={message ? 'true' : 'false'}
        aria-describedby={[props.describedBy, message ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onBlur={() => setLeft(true)}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          if (parseVnDate(v) !== null) setLeft(false);
          props.onChange(parseVnDate(v) ?? '');
        }}
      />
      {message && (
        <div class="field-error" id={errorId} role="alert">
          {message}
        </div>
      )}
    </>
  );
}
