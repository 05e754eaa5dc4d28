import type { EventRecord, Language } from '../../../shared/domain/event.ts';
import type { Organiser } from '../../../shared/domain/organiser.ts';
import { eventWhen } from '../../../shared/event-when.ts';
import { organiserMessagesFor } from '../../../shared/i18n/organiser-messages.ts';
import { OrganiserLayout } from './organiser-layout.tsx';

export function OrganiserEventsPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  events: EventRecord[];
  showMailbox: boolean;
}) {
  const t = organiserMessagesFor(props.language);
  return (
    <OrganiserLayout {...props} title={t.yourEvents}>
      <h1>{t.yourEvents}</h1>
      {props.events.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <ul class="event-list">
          {props.events.map((event) => (
            <li>
              <h2 class="event-title">
                <a href={`/organiser/events/${event.id}`}>{event.title}</a>
              </h2>
              <p>{eventWhen(event, props.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </OrganiserLayout>
  );
}
