import { meetingEntry } from '#shared/calendar/calendar-entries.ts';
import { invite } from '#shared/calendar/invite.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { ScheduledMeeting } from '#shared/domain/meeting.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { eventWhen, venueText } from '#shared/event-when.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { inviteOrganizer } from './invite-organizer.ts';
import { renderMailBodies } from './mail-layout.ts';

export type MeetingInviteKind = 'scheduled' | 'moved' | 'cancelled';
/** What a member's message about one meeting says: a change of the meeting, or the whole group cancelled. */
export type MeetingMailKind = MeetingInviteKind | 'group-cancelled';

export interface MeetingMailContext {
  event: EventRecord;
  organisation: Organisation;
  eventUrl: string;
  now: Date;
}

/**
 * One group member's invite to one dated meeting, as calendar programs accept it: a REQUEST with the meeting's UID
 * and SEQUENCE when it gets its date or changes (the higher SEQUENCE replaces the copy they hold), a CANCEL with
 * the same UID when it, or the whole group, is cancelled. Members get the digital meeting's link, in the text and
 * as the location.
 */
export function meetingInviteMail(
  kind: MeetingMailKind,
  context: MeetingMailContext,
  meeting: ScheduledMeeting,
  member: GroupMember,
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = event;
  const t = meetingMessagesFor(language).mail;
  const p = participantMessagesFor(language).mail;
  const when = eventWhen({ ...meeting, timeZone: event.timeZone }, language);
  const onlineLink = meeting.venue.kind === 'digital' ? event.onlineLink : undefined;
  const texts: Record<MeetingMailKind, [subject: string, body: string]> = {
    scheduled: [
      t.scheduledSubject(event.title, meeting.number),
      t.scheduledBody(event.title, meeting.number, when),
    ],
    moved: [t.movedSubject(event.title, meeting.number), t.movedBody(event.title, meeting.number, when)],
    cancelled: [
      t.cancelledSubject(event.title, meeting.number),
      t.cancelledBody(event.title, meeting.number, when),
    ],
    'group-cancelled': [
      t.groupCancelledSubject(event.title, meeting.number),
      t.groupCancelledBody(event.title, meeting.number, when),
    ],
  };
  const [subject, body] = texts[kind];
  const withdrawn = kind === 'cancelled' || kind === 'group-cancelled';
  const details = withdrawn
    ? []
    : [
        onlineLink ? t.digitalLink(onlineLink) : t.where(venueText(meeting.venue, language)),
        ...(meeting.agenda ? [t.agenda(meeting.agenda)] : []),
        ...(meeting.materials?.length
          ? [t.materials(meeting.materials.map(({ title, url }) => `${title}: ${url}`).join('\n'))]
          : []),
      ];
  const method = withdrawn ? 'CANCEL' : 'REQUEST';
  const organizer = inviteOrganizer(organisation, event);
  return {
    to: member.email,
    subject,
    ...renderMailBodies(language, {
      paragraphs: [p.greeting(member.name), body, ...details],
      link: { label: t.readMore, url: context.eventUrl },
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
    ...(organizer && {
      calendar: {
        method,
        content: invite({
          entry: meetingEntry({ event, meeting, eventUrl: context.eventUrl, onlineLink }),
          method,
          organizer,
          attendee: { name: member.name, email: member.email },
          now: context.now,
        }),
      },
    }),
  };
}
