import type { Child } from 'hono/jsx';
import { ActionNotice } from './action-notice.tsx';

export interface CredentialListProps {
  /** The secret of one just made, shown this once, and what the page says of it. */
  created?: { said: string; secret: string };
  texts: {
    shownOnce: string;
    secretLabel: string;
    heading: string;
    none: string;
    count: (count: number) => string;
  };
  notice?: string;
  refusal?: string;
  /** The id of the list's heading, which names its section. */
  headingId: string;
  columns: readonly string[];
  /** How many rows there are; with none, the page says so and shows no table. */
  count: number;
  /** The rows, one `<tr>` each. */
  children?: Child;
}

/**
 * The list of an organisation's credentials (API tokens, webhook endpoints) on an admin's page: the secret of one
 * just made, shown once, the outcome of the last action, and a table of those there are.
 */
export function CredentialList(props: CredentialListProps) {
  const { texts } = props;
  return (
    <>
      {props.created && (
        <div class="success" role="status">
          <p>{props.created.said}</p>
          <p>{texts.shownOnce}</p>
          <p>
            {texts.secretLabel}: <code class="token-secret">{props.created.secret}</code>
          </p>
        </div>
      )}
      {props.notice && <ActionNotice>{props.notice}</ActionNotice>}
      {props.refusal && <ActionNotice refused={true}>{props.refusal}</ActionNotice>}
      <section aria-labelledby={props.headingId}>
        <h2 id={props.headingId}>{texts.heading}</h2>
        <p>{props.count === 0 ? texts.none : texts.count(props.count)}</p>
        {props.count > 0 && (
          <div class="table-scroll">
            <table class="mail-list stack-on-phone">
              <thead>
                <tr>
                  {props.columns.map((column) => (
                    <th scope="col">{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>{props.children}</tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
