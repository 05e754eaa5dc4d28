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
 * What happened to a session a participant holds in their calendar: it changed, it left the programme, or it is
 * withdrawn from them with the event or with their registration.
 */
export type SessionNotice = 'changed' | 'removed' | 'event-cancelled' | 'registration-cancelled';

/**
 * Tells a participant that a session on their agenda moved, was renamed or was removed, or that a session whose
 * invite they hold goes with the event or their registration. Their feed follows at once, but Google and Outlook
 * fetch feeds only every few hours, and an invite is replaced only by another: so the change comes as an invite with
 * the session's UID and its new SEQUENCE (REQUEST), a withdrawal as its CANCEL.
 */
export function sessionChangeMail(
  notice: SessionNotice,
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
  const texts: Record<SessionNotice, () => [subject: string, body: string]> = {
    changed: () => [t.sessionChangedSubject(slot.title), t.sessionChangedBody(slot.title, when)],
    removed: () => [t.sessionRemovedSubject(slot.title), t.sessionRemovedBody(slot.title)],
    'event-cancelled': () => [
      t.sessionWithdrawnSubject(slot.title),
      t.sessionWithdrawnWithEventBody(slot.title, event.title),
    ],
    'registration-cancelled': () => [
      t.sessionWithdrawnSubject(slot.title),
      t.sessionWithdrawnWithRegistrationBody(slot.title, event.title),
    ],
  };
  const [subject, body] = texts[notice]();
  const method = notice === 'changed' ? 'REQUEST' : 'CANCEL';
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
