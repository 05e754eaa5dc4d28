import type { EventRecord } from '../domain/event.ts';
import type { GroupMember } from '../domain/group-member.ts';
import { isScheduled, type Meeting } from '../domain/meeting.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { OutboundMessage } from '../domain/outbound-message.ts';
import { eventWhen, venueText } from '../event-when.ts';
import { participantMessagesFor } from '../i18n/participant-messages.ts';
import { selectionMessagesFor } from '../i18n/selection-messages.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';

export interface DecisionMailContext {
  event: EventRecord;
  organisation: Organisation;
  eventUrl: string;
}

/**
 * The welcome letter to one member of a selected municipality: who is in the group, every meeting (dated or to be
 * decided), the members' feed and their personal group page. The dated meetings' invites follow as messages of
 * their own, one iTIP REQUEST per meeting, which is what calendar programs accept.
 */
export function welcomeMail(
  context: DecisionMailContext & { meetings: readonly Meeting[]; groupMunicipalities: readonly string[] },
  member: Pick<GroupMember, 'name' | 'email' | 'municipality'>,
  links: { pageUrl: string; feedUrl: string },
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = event;
  const t = selectionMessagesFor(language).mail;
  const p = participantMessagesFor(language).mail;
  const meetingLines = [...context.meetings]
    .sort((a, b) => a.number - b.number)
    .map((meeting) =>
      isScheduled(meeting)
        ? t.meetingLine(
            meeting.number,
            eventWhen({ ...meeting, timeZone: event.timeZone }, language),
            meeting.venue.kind === 'digital' ? t.digital : venueText(meeting.venue, language),
          )
        : t.meetingToBeDecided(meeting.number),
    );
  return {
    to: member.email,
    subject: t.selectedSubject(event.title),
    ...mailSenderOf(organisation),
    ...renderMailBodies(language, {
      paragraphs: [
        p.greeting(member.name),
        t.selectedBody(member.municipality, event.title),
        t.group(context.groupMunicipalities.join(', ')),
        [t.meetingsHeading, ...meetingLines].join('\n'),
        `${t.invitesNote} ${links.feedUrl}`,
        t.pageNote,
      ],
      link: { label: t.groupPage, url: links.pageUrl },
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}

/** The polite refusal to one member of a municipality that was not selected. */
export function refusalMail(
  context: DecisionMailContext,
  member: { name: string; email: string },
  municipality: string,
): OutboundMessage {
  const { event, organisation } = context;
  const t = selectionMessagesFor(event.language).mail;
  const p = participantMessagesFor(event.language).mail;
  return {
    to: member.email,
    subject: t.declinedSubject(event.title),
    ...mailSenderOf(organisation),
    ...renderMailBodies(event.language, {
      paragraphs: [p.greeting(member.name), t.declinedBody(municipality, event.title), t.declinedClosing],
      link: { label: t.readMore, url: context.eventUrl },
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}
