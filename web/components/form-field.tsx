import type { Child } from 'hono/jsx';

export interface FieldProps {
  name: string;
  label: string;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  multiline?: boolean;
  readonly?: boolean;
}

/** A labelled input whose hint and error are tied to it for screen readers (aria-describedby, aria-invalid). */
export function FormField(props: FieldProps) {
  const id = `field-${props.name}`;
  const describedBy =
    [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    readonly: props.readonly,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={id}>{props.label}</label>
      <FieldNotes id={id} hint={props.hint} error={props.error} />
      {props.multiline ? (
        <textarea {...common} rows={3}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          autocomplete={props.autocomplete}
        />
      )}
    </div>
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
