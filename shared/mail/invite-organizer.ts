import type { CalendarPerson } from '#shared/calendar/calendar-text.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';

/**
 * Who invites in a calendar invite (ORGANIZER), and so where a participant's Accept or Decline goes: the organiser
 * organisation at its reply-to address, which publishing requires (`publishRefusal`). An event published before it
 * did, whose organisation still has none, falls back to the address its page gives for questions. With neither there
 * is nobody a reply would reach, and a REQUEST must name its ORGANIZER (RFC 5546): no invite is sent, rather than
 * one from an address that drops the reply.
 */
export function inviteOrganizer(
  organisation: Pick<Organisation, 'name' | 'replyTo'>,
  event: Pick<EventRecord, 'contacts'>,
): CalendarPerson | undefined {
  const byPurpose = (purpose: string) =>
    event.contacts.find((contact) => contact.purpose === purpose && contact.email)?.email;
  const email =
    organisation.replyTo ?? byPurpose('registration') ?? byPurpose('content') ?? byPurpose('general');
  return email ? { name: organisation.name, email } : undefined;
}
