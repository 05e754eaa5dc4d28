import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventWhen } from '#shared/event-when.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * The participant list to print for the door: confirmed participants by name, with a column to tick by hand and
 * those already checked in ticked. The stylesheet's print rules leave out the site's header, footer and buttons.
 */
export function CheckInPrintPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  participants: Registration[];
}) {
  const { language, event } = props;
  const t = workspaceMessagesFor(language).checkIn;
  return (
    <OrganiserLayout {...props} title={t.printTitle(event.title)}>
      <p class="kind no-print">
        <a href={`/organiser/events/${event.id}/check-in`}>{t.title(event.title)}</a>
      </p>
      <h1>{t.printTitle(event.title)}</h1>
      <p>{eventWhen(event, language)}</p>
      <p class="no-print">{t.print}</p>
      <div class="table-scroll">
        <table class="mail-list">
          <thead>
            <tr>
              <th scope="col">{t.columns.present}</th>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.organisation}</th>
              <th scope="col">{t.columns.role}</th>
            </tr>
          </thead>
          <tbody>
            {props.participants.map((participant) => (
              <tr>
                <td>{participant.checkedInAt ? '☑' : '☐'}</td>
                <td>{participant.name}</td>
                <td>{participant.organisation}</td>
                <td>{participant.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </OrganiserLayout>
  );
}
