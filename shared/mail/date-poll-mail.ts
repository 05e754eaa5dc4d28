import type { DatePoll } from '#shared/domain/date-poll.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { eventWhen } from '#shared/event-when.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { renderMailBodies } from './mail-layout.ts';
import type { MeetingMailContext } from './meeting-invite-mail.ts';

/** Asks one group member which of the proposed times suit them, through their own fresh link to the group page. */
export function datePollMail(
  context: Omit<MeetingMailContext, 'now'>,
  poll: DatePoll,
  member: Pick<GroupMember, 'name' | 'email'>,
  pageUrl: string,
): OutboundMessage {
  const { event, organisation } = context;
  const { language } = event;
  const t = meetingMessagesFor(language).mail;
  const p = participantMessagesFor(language).mail;
  const times = poll.options.map(
    (option) => `– ${eventWhen({ ...option, timeZone: event.timeZone }, language)}`,
  );
  return {
    to: member.email,
    ...renderMailBodies(language, {
      subject: t.pollSubject(event.title, poll.meetingNumber),
      paragraphs: [p.greeting(member.name), [t.pollBody(poll.meetingNumber), ...times].join('\n')],
      action: { label: t.pollLink, url: pageUrl },
      footer: [p.sentBy(organisation.name), t.why(event.title)],
    }),
  };
}
