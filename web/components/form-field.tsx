import type { Child } from 'hono/jsx';

interface FrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: Child;
}

/** The label, hint and error around one control; the control points back at them with `fieldAria`. */
function FieldFrame({ id, label, hint, error, children }: FrameProps) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What ties a control to its hint and error for screen readers (aria-describedby, aria-invalid). */
export function fieldAria(id: string, hint?: string, error?: string) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy };
}

export interface FieldProps {
  name: string;
  label: string;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'number' | 'datetime-local' | 'date' | 'time';
  min?: number;
  max?: number;
  autocomplete?: string;
  multiline?: boolean;
  readonly?: boolean;
}

/** A labelled input or text area. */
export function FormField(props: FieldProps) {
  const id = `field-${props.name}`;
  const common = {
    id,
    name: props.name,
    required: props.required,
    readonly: props.readonly,
    ...fieldAria(id, props.hint, props.error),
  };
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      {props.multiline ? (
        <textarea {...common} rows={3}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          min={props.min}
          max={props.max}
          autocomplete={props.autocomplete}
        />
      )}
    </FieldFrame>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** A labelled select over `options` (a plain string is its own label), or over `groups` shown as optgroups. */
export function ChoiceField(props: {
  name: string;
  label: string;
  options?: (string | ChoiceOption)[];
  groups?: { label: string; options: ChoiceOption[] }[];
  value?: string;
  error?: string;
  hint?: string;
  required: boolean;
  choose: string;
}) {
  const id = `field-${props.name}`;
  const optionsOf = (options: (string | ChoiceOption)[]) =>
    options.map((option) => {
      const { value, label } = typeof option === 'string' ? { value: option, label: option } : option;
      return (
        <option value={value} selected={props.value === value}>
          {label}
        </option>
      );
    });
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <select id={id} name={props.name} required={props.required} {...fieldAria(id, props.hint, props.error)}>
        <option value="">{props.choose}</option>
        {optionsOf(props.options ?? [])}
        {(props.groups ?? []).map((group) => (
          <optgroup label={group.label}>{optionsOf(group.options)}</optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }): Child {
  return (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
