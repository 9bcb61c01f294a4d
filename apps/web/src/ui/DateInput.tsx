import { useState } from 'preact/hooks';
import { formatDate } from '../i18n/format';

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
 */
export function DateInput(props: {
  id: string;
  value: string;
  onChange: (iso: string) => void;
  required?: boolean;
  describedBy?: string;
}) {
  const [text, setText] = useState(props.value ? formatDate(props.value) : '');
  const invalid = text.trim() !== '' && parseVnDate(text) === null;
  return (
    <input
      id={props.id}
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autocomplete="off"
      value={text}
      required={props.required}
      pattern="\s*\d{1,2}/\d{1,2}/\d{4}\s*"
      aria-invalid={invalid ? 'true' : 'false'}
      aria-describedby={props.describedBy}
      onInput={(e) => {
        const v = e.currentTarget.value;
        setText(v);
        props.onChange(parseVnDate(v) ?? '');
      }}
    />
  );
}
