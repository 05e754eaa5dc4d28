import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { formatClock } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * Ticking people in at the door, on a phone: one button per confirmed participant, a plain form post each (no
 * JavaScript needed), the time shown once they are in, and a search to find a name in a long list.
 */
export function CheckInPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  /** The confirmed participants the search found. */
  participants: Registration[];
  checkedIn: number;
  total: number;
  search: string;
  notice?: string;
  /** The notice tells why a tick was refused, not whom it marked present. */
  refused?: boolean;
}) {
  const { language, event } = props;
  const t = workspaceMessagesFor(language).checkIn;
  const base = `/organiser/events/${event.id}/check-in`;
  const mayCheckIn = mayChangeRegistrations(props.organiser.role);
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="check-in"
        heading={t.title(event.title)}
      />
      <p>{t.intro}</p>
      {props.notice && <ActionNotice refused={props.refused}>{props.notice}</ActionNotice>}
      <p>
        <strong>{t.progress(props.checkedIn, props.total)}</strong>
      </p>
      <p>
        <a href={`${base}/print`}>{t.printLink}</a>
      </p>
      <form method="get" action={base}>
        <FormField name="q" label={t.search} value={props.search} />
        <button type="submit" class="button button-secondary">
          {t.filter}
        </button>
      </form>
      {props.participants.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="check-in-list">
          {props.participants.map((participant) => (
            <li id={`participant-${participant.id}`}>
              <p>
                <strong>{participant.name}</strong>, {participant.organisation}
              </p>
              {participant.checkedInAt ? (
                <p>✓ {t.checkedInAt(formatClock(participant.checkedInAt, event.timeZone, language))}</p>
              ) : (
                mayCheckIn && (
                  <ActionButton
                    action={`${base}/${participant.id}`}
                    label={t.checkIn}
                    subject={participant.name}
                  />
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </OrganiserLayout>
  );
}
