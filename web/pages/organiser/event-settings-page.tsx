import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CancelEventSection } from './cancel-event-section.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface EventSettingsPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  /** After the organiser cancelled the event: how many registered people were told. */
  eventCancelledNotified?: number;
  cancelNotConfirmed?: boolean;
}

/** What changes the event as a whole: its editor, a copy to a new edition, and cancelling it. */
export function EventSettingsPage(props: EventSettingsPageProps) {
  const { language, event } = props;
  const t = organiserMessagesFor(language);
  const w = workspaceMessagesFor(language);
  const mayChange = mayChangeRegistrations(props.organiser.role);
  return (
    <OrganiserLayout {...props} title={`${w.sections.settings}: ${event.title}`}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="settings"
        heading={w.sections.settings}
      />
      {props.eventCancelledNotified !== undefined && (
        <ActionNotice>{t.eventCancelled(props.eventCancelledNotified)}</ActionNotice>
      )}
      {!mayChange ? (
        <p>{t.viewerNote}</p>
      ) : (
        <>
          <ul class="actions">
            <li>
              <a class="button" href={`/organiser/events/${event.id}/edit`}>
                {event.status === 'draft' ? w.editor.edit : eventChangeMessagesFor(language).editLink}
              </a>
            </li>
            <li>
              <a class="button button-secondary" href={`/organiser/events/${event.id}/copy`}>
                {eventCreationMessagesFor(language).copy.link}
              </a>
            </li>
          </ul>
          <CancelEventSection language={language} event={event} notConfirmed={props.cancelNotConfirmed} />
        </>
      )}
    </OrganiserLayout>
  );
}
