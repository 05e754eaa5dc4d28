import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { GroupDocument } from '#shared/domain/group-document.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { GroupDocumentList } from '#web/components/group-document-list.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/** The documents a working group's teams shared, per municipality, for its organisers to read. */
export function GroupDocumentsPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  documents: GroupDocument[];
  teams: Record<string, string>;
}) {
  const { language, event } = props;
  const t = groupDocumentMessagesFor(language);
  const base = eventSectionPath(event, 'documents');
  return (
    <OrganiserLayout {...props} title={`${t.heading} – ${event.title}`}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="documents"
        heading={t.heading}
      />
      <p>{t.organiserIntro}</p>
      <GroupDocumentList
        language={language}
        documents={props.documents}
        level={2}
        teams={props.teams}
        downloadHref={(document) => `${base}/${document.id}/download`}
      />
    </OrganiserLayout>
  );
}
