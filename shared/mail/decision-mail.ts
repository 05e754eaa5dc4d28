import type { EventRecord } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { eventWhen, venueText } from '#shared/event-when.ts';
import { mailFactMessagesFor } from '#shared/i18n/mail-fact-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { questionsFact } from './event-facts.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';

export interface DecisionMailContext {
  event: EventRecord;
  organisation: Organisation;
  eventUrl: string;
}

/**
 * The welcome letter to one member of a selected municipality: who is in the group, their personal group page,
 * every meeting (dated or to be decided), the members' feed and whom to ask. The dated meetings' invites follow as
 * messages of their own, one iTIP REQUEST per meeting, which is what calendar programs accept.
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
  // Meetings in a row that are still to be dated share one line: "Träff 4–7: datumen bestäms …", not four. A
  // cancelled meeting is not one the group will have.
  const meetingLines: string[] = [];
  let undated: number[] = [];
  const endUndated = () => {
    const [first] = undated;
    const last = undated.at(-1);
    if (first !== undefined && last !== undefined)
      meetingLines.push(first === last ? t.meetingToBeDecided(first) : t.meetingsToBeDecided(first, last));
    undated = [];
  };
  const planned = context.meetings.filter((meeting) => !meeting.cancelled);
  for (const meeting of planned.sort((a, b) => a.number - b.number)) {
    if (!isScheduled(meeting)) {
      if (undated.at(-1) !== meeting.number - 1) endUndated();
      undated.push(meeting.number);
      continue;
    }
    endUndated();
    meetingLines.push(
      t.meetingLine(
        meeting.number,
        eventWhen({ ...meeting, timeZone: event.timeZone }, language),
        meeting.venue.kind === 'digital' ? t.digital : venueText(meeting.venue, language),
      ),
    );
  }
  endUndated();
  return {
    to: member.email,
    ...mailSenderOf(organisation),
    ...renderMailBodies(language, {
      subject: t.selectedSubject(event.title),
      paragraphs: [
        p.greeting(member.name),
        t.selectedBody(member.municipality, event.title),
        t.group(context.groupMunicipalities.join(', ')),
        t.pageNote,
      ],
      action: { label: t.groupPage, url: links.pageUrl },
      facts: [
        { label: t.meetingsHeading, lines: meetingLines },
        {
          label: mailFactMessagesFor(language).addToCalendar,
          lines: [t.invitesNote],
          links: [{ label: messagesFor(language).subscribeToMeetings, url: links.feedUrl }],
        },
        questionsFact(event, organisation, context.eventUrl, language),
      ],
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}

/**
 * The polite refusal to one member of a municipality that was not selected; it gives "more applications than
 * places" as the reason only when that was so (`moreThanPlaces`).
 */
export function refusalMail(
  context: DecisionMailContext,
  member: { name: string; email: string },
  municipality: string,
  moreThanPlaces: boolean,
): OutboundMessage {
  const t = selectionMessagesFor(context.event.language).mail;
  return applicationMessage(context, member, t.declinedSubject(context.event.title), [
    t.declinedBody(municipality, context.event.title, moreThanPlaces),
    t.declinedClosing,
  ]);
}

/**
 * The short notice that a cancelled working group will not take place, to someone who holds none of its meetings
 * in their calendar: a team still waiting for its decision, or a member before any meeting was dated.
 */
export function groupCancelledMail(
  context: DecisionMailContext,
  person: { name: string; email: string },
): OutboundMessage {
  const t = selectionMessagesFor(context.event.language).mail;
  return applicationMessage(context, person, t.groupCancelledSubject(context.event.title), [
    t.groupCancelledBody(context.event.title),
  ]);
}

/**
 * A message to someone named in an application: greeting, the news, a link to the group's page, whom to ask, who
 * sent it and why.
 */
function applicationMessage(
  context: DecisionMailContext,
  person: { name: string; email: string },
  subject: string,
  news: string[],
): OutboundMessage {
  const { event, organisation } = context;
  const t = selectionMessagesFor(event.language).mail;
  const p = participantMessagesFor(event.language).mail;
  return {
    to: person.email,
    ...mailSenderOf(organisation),
    ...renderMailBodies(event.language, {
      subject,
      paragraphs: [p.greeting(person.name), ...news],
      action: { label: t.readMore, url: context.eventUrl },
      facts: [questionsFact(event, organisation, context.eventUrl, event.language)],
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}
