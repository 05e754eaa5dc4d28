import type { ChoiceOption } from './form-field.tsx';
import { FieldNotes } from './form-field.tsx';

/** A labelled set of radio buttons, one choice among `options`, with its hint and error tied to the group. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: ChoiceOption[];
  value?: string;
  hint?: string;
  error?: string;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      class={props.error ? 'field field-error' : 'field'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      <FieldNotes id={id} hint={props.hint} error={props.error} />
      {props.options.map((option) => (
        <div class="choice">
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
