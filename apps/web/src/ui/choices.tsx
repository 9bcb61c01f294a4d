import { Field } from './ui';

/** One choice among a few, as radio buttons under a legend (an outcome, an action). */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  onChange: (value: T) => void;
  options: { value: T; id: string; label: string }[];
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <div class="radio" key={o.id}>
          <input
            type="radio"
            id={o.id}
            name={props.name}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <label for={o.id}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A required text written in a few lines (an opinion, a note), marked beside it when left empty. */
export function NoteField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  maxLength: number;
  error?: string | null;
}) {
  return (
    <Field id={props.id} label={props.label} required error={props.error}>
      <textarea
        id={props.id}
        rows={3}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        required
        maxLength={props.maxLength}
      />
    </Field>
  );
}

/** A list to choose from, labelled, with an optional first entry for "any" / "unspecified" (a filter, a form). */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [value: string, label: string])[];
  /** The entry with the empty value, first, when the choice may be left open. */
  empty?: string;
  required?: boolean;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
}) {
  return (
    <Field id={props.id} label={props.label} required={props.required} hint={props.hint} error={props.error}>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
}
