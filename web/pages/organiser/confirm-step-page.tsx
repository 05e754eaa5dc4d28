import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface ConfirmStepPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  title: string;
  /** What will happen, a sentence each, before the organiser chooses. */
  consequences: readonly string[];
  /** Where the form posts `confirm=yes`. */
  action: string;
  confirm: string;
  /** The other choice: a plain link back, so nothing is sent. */
  keep: { label: string; href: string };
  /** Why the step is shown again: the action was refused. */
  refusal?: string;
  /** The action cannot be taken until something else changes (the refusal says what): no button to take it. */
  blocked?: boolean;
}

/**
 * The second step before an organiser's action that cannot be taken back (publishing, deciding a working group
 * early), as participants' cancel step is: what will happen, in words, then the choice. The form sends
 * `confirm=yes`, which the server requires; a post without it comes back here.
 */
export function ConfirmStepPage(props: ConfirmStepPageProps) {
  const { event } = props;
  return (
    <OrganiserLayout {...props} title={props.title}>
      <p class="kind">
        <a href={`/organiser/events/${event.id}`}>{event.title}</a>
      </p>
      <h1>{props.title}</h1>
      {props.refusal && <ActionNotice refused>{props.refusal}</ActionNotice>}
      {props.consequences.map((consequence) => (
        <p>{consequence}</p>
      ))}
      <form method="post" action={props.action} class="actions">
        <input type="hidden" name="confirm" value="yes" />
        {!props.blocked && (
          <button type="submit" class="button">
            {props.confirm}
          </button>
        )}
        <a class="button button-secondary" href={props.keep.href}>
          {props.keep.label}
        </a>
      </form>
    </OrganiserLayout>
  );
}
