import type { Child } from 'hono/jsx';

/**
 * The message after an action: in the success style when it went through (green, announced politely as a status),
 * in the warning style when it did not (amber, announced at once as an alert).
 */
export function ActionNotice({ refused = false, children }: { refused?: boolean; children: Child }) {
  return (
    <p class={refused ? 'notice' : 'success'} role={refused ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
