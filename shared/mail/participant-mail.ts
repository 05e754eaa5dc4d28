import { eventInvite } from '#shared/calendar/event-invite.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { deadlineText, eventWhen, venueText } from '#shared/event-when.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { inviteOrganizer } from './invite-organizer.ts';
import { renderMailBodies } from './mail-layout.ts';
import { mailSenderOf } from './mail-sender.ts';

/** The participant's manage link as a mail carries it: its address with the secret left for the mailer to fill in. */
export interface MailedManageLink {
  /** The link's address with `MANAGE_TOKEN_SLOT` for its secret. */
  url: string;
  version: number;
}

/** What every e-mail to a participant knows: whose event it is, where it lives, and the participant's own link. */
export interface ParticipantMailContext {
  event: EventRecord;
  organisation: Organisation;
  eventUrl: string;
  /** The participant's secret manage link; absent when an organiser acts and holds no link to give. */
  manageLink?: MailedManageLink;
  now: Date;
}

export type ParticipantMailKind =
  | 'confirmation'
  | 'waiting'
  | 'manage-link'
  | 'link-requested'
  | 'link-replaced'
  | 'promoted'
  | 'offer'
  | 'offer-expired'
  | 'cancelled'
  | 'event-changed'
  | 'event-cancelled'
  | 'updated';

/** The e-mail whose news a registration's status is: what an update tells of where the person stands. */
const STANDING: Record<RegistrationStatus, ParticipantMailKind> = {
  confirmed: 'confirmation',
  offered: 'offer',
  waiting: 'waiting',
  cancelled: 'cancelled',
};

/** The e-mail telling a participant what happened to their registration, in their language, with the invite where one belongs. */
export function participantMail(
  kind: ParticipantMailKind,
  context: ParticipantMailContext,
  registration: Registration,
): OutboundMessage {
  const { event, organisation } = context;
  const t = participantMessagesFor(registration.language).mail;
  const when = eventWhen(event, registration.language);
  const confirmed =
    kind === 'confirmation' ||
    kind === 'promoted' ||
    kind === 'event-changed' ||
    // The updated registration may now be under an address that never had the invite.
    (kind === 'updated' && registration.status === 'confirmed');
  const texts: Record<ParticipantMailKind, () => [subject: string, ...body: string[]]> = {
    confirmation: () => [t.confirmationSubject(event.title), t.confirmationBody(event.title, when)],
    waiting: () => [
      t.waitingSubject(event.title),
      t.waitingBody(event.title, registration.waitingPosition ?? 0),
    ],
    'manage-link': () => [t.manageLinkSubject(event.title), t.manageLinkBody(event.title)],
    'link-requested': () => [t.manageLinkSubject(event.title), t.linkRequestedBody(event.title)],
    'link-replaced': () => [t.linkReplacedSubject(event.title), t.linkReplacedBody(event.title)],
    promoted: () => [t.promotedSubject(event.title), t.promotedBody(event.title, when)],
    offer: () => [
      t.offerSubject(event.title),
      t.offerBody(
        event.title,
        deadlineText(registration.offerExpiresAt ?? '', event.timeZone, registration.language),
      ),
    ],
    'offer-expired': () => [t.offerExpiredSubject(event.title), t.offerExpiredBody(event.title)],
    cancelled: () => [t.cancelledSubject(event.title), t.cancelledBody(event.title)],
    'event-changed': () => [
      t.eventChangedSubject(event.title),
      t.eventChangedBody(event.title, when, venueText(event.venue, registration.language)),
    ],
    'event-cancelled': () => [t.eventCancelledSubject(event.title), t.eventCancelledBody(event.title, when)],
    updated: () => [
      t.updatedSubject(event.title),
      t.updatedBody(event.title),
      ...texts[STANDING[registration.status]]().slice(1),
    ],
  };
  const [subject, ...body] = texts[kind]();
  const onlineLink = confirmed && event.venue.kind === 'digital' ? event.onlineLink : undefined;
  const organizer = inviteOrganizer(organisation, event);
  return {
    ...mailSenderOf(organisation),
    to: registration.email,
    subject,
    ...renderMailBodies(registration.language, {
      paragraphs: [t.greeting(registration.name), ...body, ...(onlineLink ? [t.onlineLink(onlineLink)] : [])],
      link: context.manageLink
        ? { label: t.manageLink, url: context.manageLink.url }
        : { label: messagesFor(registration.language).readMore, url: context.eventUrl },
      footer: [t.sentBy(organisation.name), t.why(event.title)],
    }),
    ...(context.manageLink
      ? { manageLink: { registrationId: registration.id, version: context.manageLink.version } }
      : {}),
    // Only someone who held an invite needs it withdrawn: `registration` is as it was before it was cancelled.
    ...(organizer &&
    (confirmed ||
      ((kind === 'cancelled' || kind === 'event-cancelled') && registration.status === 'confirmed'))
      ? {
          calendar: {
            method: confirmed ? 'REQUEST' : 'CANCEL',
            content: eventInvite({
              event,
              method: confirmed ? 'REQUEST' : 'CANCEL',
              organizer,
              attendee: { name: registration.name, email: registration.email },
              eventUrl: context.eventUrl,
              onlineLink,
              now: context.now,
            }),
          },
        }
      : {}),
  };
}
