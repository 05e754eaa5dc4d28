import type { Child } from 'hono/jsx';

/**
 * The message after an action: in the success style when it went through (green, announced politely as a status),
 * in the warning style when it did not (amber, announced at once as an alert). `lines` follow the message as a list
 * in the same box, announced with it: what a change did, or what kept it from being saved.
 */
export function ActionNotice({
  refused = false,
  lines = [],
  children,
}: {
  refused?: boolean;
  lines?: readonly string[];
  children: Child;
}) {
  const style = { class: refused ? 'notice' : 'success', role: refused ? 'alert' : 'status' };
  if (lines.length === 0) return <p {...style}>{children}</p>;
  return (
    <div {...style}>
      <p>{children}</p>
      <ul>
        {lines.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </div>
  );
}
