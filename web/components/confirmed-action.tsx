import type { Child } from 'hono/jsx';
import { FieldNotes, fieldAria } from './form-field.tsx';

/**
 * A form for an action that cannot be undone: it runs only with its box ticked (`confirm=yes`), which the browser
 * asks for and the server checks again, showing `error` beside the box when the form came back without it.
 * `children` are the form's hidden fields.
 */
export function ConfirmedAction(props: {
  action: string;
  id: string;
  confirmation: string;
  button: string;
  error?: string;
  children?: Child;
}) {
  const { id, error } = props;
  return (
    <form method="post" action={props.action}>
      {props.children}
      <div class={error ? 'field field-error choice' : 'choice'}>
        <FieldNotes id={id} error={error} />
        <input
          type="checkbox"
          id={id}
          name="confirm"
          value="yes"
          required
          {...fieldAria(id, undefined, error)}
        />
        <label for={id}>{props.confirmation}</label>
      </div>
      <button type="submit" class="button button-danger">
        {props.button}
      </button>
    </form>
  );
}
