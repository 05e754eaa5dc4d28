import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { DelegationOverview } from '#web/components/delegation-overview.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/** A study trip's delegations: per organisation, the places taken of its quota and the wished-for roles covered. */
export function DelegationsPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  confirmed: Registration[];
}) {
  const { language, event } = props;
  const heading = workspaceMessagesFor(language).sections.delegations;
  return (
    <OrganiserLayout {...props} title={`${heading}: ${event.title}`}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="delegations"
        heading={heading}
      />
      {event.quotas && (
        <DelegationOverview language={language} quotas={event.quotas} registrations={props.confirmed} />
      )}
    </OrganiserLayout>
  );
}
