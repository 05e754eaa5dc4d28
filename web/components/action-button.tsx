/**
 * One action as a button that posts to `action`: works without JavaScript and is reached with the keyboard. A
 * `subject` (what a row's button acts on, already shown in the row) is read after the label but not drawn: a long
 * address drawn in the button made it wider than its column.
 */
export function ActionButton({
  action,
  label,
  subject,
  kind = 'primary',
}: {
  action: string;
  label: string;
  subject?: string;
  kind?: 'primary' | 'secondary' | 'danger';
}) {
  return (
    <form method="post" action={action}>
      <button type="submit" class={kind === 'primary' ? 'button' : `button button-${kind}`}>
        {label}
        {subject && <span class="visually-hidden"> {subject}</span>}
      </button>
    </form>
  );
}
