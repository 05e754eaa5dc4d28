import { eventEntry } from '#shared/calendar/calendar-entries.ts';
import { addToCalendarLinks } from '#shared/calendar/calendar-links.ts';
import type { EventRecord, Language, Venue } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { eventWhen, venueText } from '#shared/event-when.ts';
import { mailFactMessagesFor } from '#shared/i18n/mail-fact-messages.ts';
import type { MailFact } from './mail-layout.ts';

/** Where an event's mail sends the reader for more than the mail says. */
export interface EventMailLinks {
  eventUrl: string;
  /** The programme on the event's page; absent when the event has none. */
  programmeUrl?: string;
  /** The event's calendar file, for mail programs that ignore the invite. */
  calendarFileUrl: string;
}

/** When the event takes place, in its own zone. */
export function whenFact(event: EventRecord, language: Language): MailFact {
  return { label: mailFactMessagesFor(language).when, lines: [eventWhen(event, language)] };
}

/**
 * Where the event takes place: a place with its map, or a digital event with its link for someone who holds a
 * place (`placed`), and for anyone else when the link will come.
 */
export function whereFact(event: EventRecord, language: Language, placed: boolean): MailFact {
  const t = mailFactMessagesFor(language);
  const { venue } = event;
  if (venue.kind === 'place') {
    return {
      label: t.where,
      lines: [venueText(venue, language)],
      links: [{ label: t.map, url: mapUrl(venue) }],
    };
  }
  if (!placed) return { label: t.where, lines: [t.digitalLinkWhenPlaced] };
  if (!event.onlineLink) return { label: t.where, lines: [t.digitalLinkLater] };
  return { label: t.where, lines: [t.digital], links: [{ label: t.joinMeeting, url: event.onlineLink }] };
}

/**
 * The place on OpenStreetMap, which needs no key and tracks nobody: searched by street and city where the venue
 * has an address, as a building's name alone is often not in the map.
 */
function mapUrl(venue: Extract<Venue, { kind: 'place' }>): string {
  const query = [...new Set([venue.address ?? venue.name, venue.city])].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** The programme on the event's page, or the page itself for an event without one. */
export function programmeFact(links: EventMailLinks, language: Language): MailFact {
  const t = mailFactMessagesFor(language);
  return links.programmeUrl
    ? { label: t.programme, lines: [], links: [{ label: t.seeProgramme, url: links.programmeUrl }] }
    : { label: t.aboutEvent, lines: [], links: [{ label: t.eventPage, url: links.eventUrl }] };
}

/**
 * Whom to ask: the event's contact for registration questions with their address; else the organisation's
 * reply-to address, which a reply to the mail reaches; else the contacts on the event's page.
 */
export function questionsFact(
  event: EventRecord,
  organisation: Pick<Organisation, 'name' | 'replyTo'>,
  eventUrl: string,
  language: Language,
): MailFact {
  const t = mailFactMessagesFor(language);
  const contact = event.contacts.find(({ purpose, email }) => purpose === 'registration' && email);
  if (contact?.email) {
    const who = [contact.name, contact.title, contact.organisation].filter(Boolean).join(', ');
    return { label: t.questions, lines: who ? [who] : [], links: [mailto(contact.email)] };
  }
  if (organisation.replyTo) {
    return {
      label: t.questions,
      lines: [t.replyToAsk(organisation.name)],
      links: [mailto(organisation.replyTo)],
    };
  }
  return { label: t.questions, lines: [t.contactsOnPage], links: [{ label: t.eventPage, url: eventUrl }] };
}

const mailto = (address: string) => ({ label: address, url: `mailto:${address}` });

/**
 * Add-to-calendar links beside the invite the mail carries, for mail programs that do not offer it, or instead of
 * one where the mail can carry none (`inviteAttached`). The online link goes into Google's and Outlook's entry only
 * for someone who holds a place (`onlineLink`); the calendar file is the public one, which never has it.
 */
export function calendarFact(
  event: EventRecord,
  links: EventMailLinks,
  language: Language,
  { onlineLink, inviteAttached }: { onlineLink: string | undefined; inviteAttached: boolean },
): MailFact {
  const t = mailFactMessagesFor(language);
  const { google, outlook } = addToCalendarLinks(eventEntry({ event, eventUrl: links.eventUrl, onlineLink }));
  return {
    label: t.addToCalendar,
    lines: [inviteAttached ? t.inviteAttached : t.addHere],
    links: [
      { label: t.google, url: google },
      { label: t.outlook, url: outlook },
      { label: t.calendarFile, url: links.calendarFileUrl },
    ],
  };
}
