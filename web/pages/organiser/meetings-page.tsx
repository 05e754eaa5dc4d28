import type { DatePoll } from '#shared/domain/date-poll.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { eventWhen, venueText } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { MOST_MEETINGS_IN_A_SERIES } from '#shared/working-group/meeting-series.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CancelledGroupNotice } from '#web/components/cancelled-group-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { MeetingFields } from './meeting-fields.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export const meetingsPath = (eventId: string) => `/organiser/events/${encodeURIComponent(eventId)}/meetings`;

/** A notice after an action: what happened, or why it was refused. */
export interface MeetingNotice {
  text: string;
  refused?: boolean;
}

export interface OrganiserMeetingsProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  meetings: Meeting[];
  members: GroupMember[];
  polls: DatePoll[];
  mayChange: boolean;
  notice?: MeetingNotice;
}

/** The group's members in one line: how many, from which municipalities. */
export function MembersLine({ language, members }: { language: Language; members: GroupMember[] }) {
  const t = meetingMessagesFor(language);
  const municipalities = [...new Set(members.map(({ municipality }) => municipality))].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  return <p>{members.length > 0 ? t.members(members.length, municipalities.join(', ')) : t.noMembers}</p>;
}

/** Where a meeting is, as organisers see it: a digital one with the event's link. */
export function meetingPlace(event: EventRecord, meeting: Meeting, language: Language): string {
  const t = meetingMessagesFor(language);
  if (meeting.venue.kind === 'place') return venueText(meeting.venue, language);
  return event.onlineLink ? t.digitalWithLink(event.onlineLink) : t.digitalWithoutLink;
}

/** A working group's meetings for its organisers: each with its state, and a form to add the next one. */
export function OrganiserMeetingsPage(
  props: OrganiserMeetingsProps & { add?: { values: Record<string, string>; errors: FieldErrors } },
) {
  const { language, event } = props;
  const t = meetingMessagesFor(language);
  const general = messagesFor(language);
  const meetings = [...props.meetings].sort((a, b) => a.number - b.number);
  const openPolls = new Set(
    props.polls.filter(({ status }) => status === 'open').map((p) => p.meetingNumber),
  );
  const full = meetings.length >= MOST_MEETINGS_IN_A_SERIES;
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="meetings"
        heading={t.title(event.title)}
      />
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      <CancelledGroupNotice event={event} text={t.groupCancelled} />
      <p>{t.intro}</p>
      <MembersLine language={language} members={props.members} />
      <div class="table-scroll">
        <table class="mail-list">
          <thead>
            <tr>
              <th scope="col">{t.columns.meeting}</th>
              <th scope="col">{t.columns.when}</th>
              <th scope="col">{t.columns.where}</th>
              <th scope="col">{t.columns.agenda}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr>
                <td>
                  <a href={`${meetingsPath(event.id)}/${meeting.number}`}>{t.edit(meeting.number)}</a>
                </td>
                <td>
                  {meeting.cancelled && <strong>{t.cancelled}: </strong>}
                  {isScheduled(meeting)
                    ? eventWhen({ ...meeting, timeZone: event.timeZone }, language)
                    : general.toBeDecided}
                  {openPolls.has(meeting.number) && <> ({t.pollOpen})</>}
                </td>
                <td>{meetingPlace(event, meeting, language)}</td>
                <td class="preserve-lines">{meeting.agenda ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.mayChange && (
        <section aria-labelledby="add-meeting">
          <h2 id="add-meeting">{t.addHeading}</h2>
          <p>
            {full ? t.notices.full(MOST_MEETINGS_IN_A_SERIES) : t.addExplanation(MOST_MEETINGS_IN_A_SERIES)}
          </p>
          {!full && (
            <>
              <ErrorSummary heading={t.errorSummary} errors={props.add?.errors ?? {}} labels={t.fields} />
              <form method="post" action={meetingsPath(event.id)} novalidate>
                <MeetingFields
                  language={language}
                  values={props.add?.values ?? {}}
                  errors={props.add?.errors ?? {}}
                />
                <button type="submit" class="button">
                  {t.add}
                </button>
              </form>
            </>
          )}
        </section>
      )}
    </OrganiserLayout>
  );
}
