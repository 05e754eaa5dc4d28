import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/** A working group's members, team by team (municipality), with whom each represents and how to reach them. */
export function GroupMembersPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  members: GroupMember[];
}) {
  const { language, event, members } = props;
  const o = organiserMessagesFor(language);
  const a = applicationMessagesFor(language);
  const teams = [...new Set(members.map((member) => member.municipality))].sort((x, y) =>
    x.localeCompare(y, 'sv'),
  );
  return (
    <OrganiserLayout {...props} title={`${workspaceMessagesFor(language).sections.members}: ${event.title}`}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="members"
        heading={workspaceMessagesFor(language).sections.members}
      />
      {members.length === 0 ? (
        <p>{meetingMessagesFor(language).noMembers}</p>
      ) : (
        teams.map((team) => (
          <section aria-labelledby={`team-${team}`}>
            <h2 id={`team-${team}`}>{team}</h2>
            <div class="table-scroll">
              <table class="mail-list stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">{o.columns.name}</th>
                    <th scope="col">{o.columns.role}</th>
                    <th scope="col">{a.fields.representation}</th>
                    <th scope="col">{o.columns.email}</th>
                  </tr>
                </thead>
                <tbody>
                  {members
                    .filter((member) => member.municipality === team)
                    .map((member) => (
                      <tr>
                        <td data-label={o.columns.name}>{member.name}</td>
                        <td data-label={o.columns.role}>{member.title}</td>
                        <td data-label={a.fields.representation}>
                          {a.representations[member.representation]}
                        </td>
                        <td data-label={o.columns.email}>
                          <a href={`mailto:${member.email}`}>{member.email}</a>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </OrganiserLayout>
  );
}
