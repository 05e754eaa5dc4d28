import { slotEntry } from '#shared/calendar/calendar-entries.ts';
import { invite } from '#shared/calendar/invite.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventWhen } from '#shared/event-when.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { inviteOrganizer } from './invite-organizer.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';
import type { ParticipantMailContext } from './participant-mail.ts';

/**
 * Tells a participant that a session on their agenda moved, was renamed or was removed. Their feed follows at once,
 * but Google and Outlook fetch feeds only every few hours, so the change also comes as an invite with the session's
 * UID and its new SEQUENCE (REQUEST), or its withdrawal (CANCEL).
 */
export function sessionChangeMail(
  change: 'changed' | 'removed',
  context: ParticipantMailContext,
  registration: Registration,
  slot: ProgrammeSlot,
): OutboundMessage {
  const { event, organisation } = context;
  const t = participantMessagesFor(registration.language).mail;
  const when = eventWhen(
    { startsAt: slot.startsAt, endsAt: slot.endsAt ?? slot.startsAt, timeZone: event.timeZone },
    registration.language,
  );
  const [subject, body] =
    change === 'changed'
      ? [t.sessionChangedSubject(slot.title), t.sessionChangedBody(slot.title, when)]
      : [t.sessionRemovedSubject(slot.title), t.sessionRemovedBody(slot.title)];
  const method = change === 'changed' ? 'REQUEST' : 'CANCEL';
  const organizer = inviteOrganizer(organisation, event);
  return {
    ...mailSenderOf(organisation),
    to: registration.email,
    subject,
    ...renderMailBodies(registration.language, {
      paragraphs: [t.greeting(registration.name), body],
      link: { label: messagesFor(registration.language).readMore, url: context.eventUrl },
      footer: [t.sentBy(organisation.name), t.why(event.title)],
    }),
    ...(organizer && {
      calendar: {
        method,
        content: invite({
          entry: slotEntry({ event, slot, eventUrl: context.eventUrl }),
          method,
          organizer,
          attendee: { name: registration.name, email: registration.email },
          now: context.now,
        }),
      },
    }),
  };
}
