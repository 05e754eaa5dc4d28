/** One action as a button that posts to `action`: works without JavaScript and is reached with the keyboard. */
export function ActionButton({
  action,
  label,
  kind = 'primary',
}: {
  action: string;
  label: string;
  kind?: 'primary' | 'secondary' | 'danger';
}) {
  return (
    <form method="post" action={action}>
      <button type="submit" class={kind === 'primary' ? 'button' : `button button-${kind}`}>
        {label}
      </button>
    </form>
  );
}
