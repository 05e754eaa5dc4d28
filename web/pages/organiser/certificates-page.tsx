import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { certificateMessagesFor } from '#shared/i18n/certificate-messages.ts';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/**
 * The event's certificates of attendance: how many have earned one (those checked in), and all of them at once as
 * a ZIP; each participant downloads their own from their booking page.
 */
export function CertificatesPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  checkedIn: number;
}) {
  const { language, event } = props;
  const t = certificateMessagesFor(language);
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="certificates"
        heading={t.title(event.title)}
      />
      <p>{t.intro}</p>
      {props.checkedIn === 0 ? (
        <p>{t.noneCheckedIn}</p>
      ) : (
        <>
          <p>{t.checkedIn(props.checkedIn)}</p>
          <p>
            <a
              class="button"
              href={`${eventSectionPath(event, 'certificates')}.zip`}
              download={t.zipName(event.id)}
            >
              {t.downloadAll}
            </a>
          </p>
        </>
      )}
    </OrganiserLayout>
  );
}
