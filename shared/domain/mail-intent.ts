import type { Registration } from './registration.ts';

/** The e-mails that tell a participant where their registration stands, each rendered by `participantMail`. */
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
  | 'updated'
  | 'reminder';

/**
 * A participant e-mail as the change that causes it decides it: which story, to which registration, with the few
 * values that must stay as they were at the change. The mailer renders it when it sends, from the registration and
 * the event as they are then (`operations/outbox/render-mail-intent.ts`), so the outbox holds ids, not a body.
 */
export interface ParticipantMailIntent {
  kind: 'participant';
  story: ParticipantMailKind;
  registrationId: string;
  /** The version of the manage link the mail carries; none when it carries no link. */
  manageLinkVersion?: number;
  /** Whether dietary or accessibility needs were given (never what they are); absent: the mail is silent on them. */
  needsNoted?: boolean;
  /**
   * A delegation member registered by their delegation's lead: the mail names the lead, read from the delegation
   * when it is sent (so the outbox holds nobody's name).
   */
  registeredByLead?: boolean;
  /**
   * The event's SEQUENCE as the change read it, where the mail's calendar part must carry exactly what the change
   * decided (a cancellation's CANCEL goes one above it, the SEQUENCE its transaction raised the event to); without
   * it the invite carries the event's SEQUENCE when it is sent.
   */
  eventSequence?: number;
  /** Where the registration stood at the change: the mail tells of that, even if it has moved on since. */
  standing: Pick<Registration, 'status' | 'waitingPosition' | 'offerExpiresAt'>;
}

/** What an outbox message that is a mail holds instead of a rendered body. */
export type MailIntent = ParticipantMailIntent;

/**
 * The intent of the participant mail `story` about `registration` as the change leaves it: where it stands (its place
 * in line while waiting, its offer's end while offered) is frozen with it.
 */
export function participantMailIntent(
  story: ParticipantMailKind,
  registration: Pick<Registration, 'id' | 'status' | 'waitingPosition' | 'offerExpiresAt'>,
  details: Pick<
    ParticipantMailIntent,
    'manageLinkVersion' | 'needsNoted' | 'registeredByLead' | 'eventSequence'
  > = {},
): ParticipantMailIntent {
  const { status, waitingPosition, offerExpiresAt } = registration;
  return {
    kind: 'participant',
    story,
    registrationId: registration.id,
    ...details,
    standing: {
      status,
      ...(status === 'waiting' && waitingPosition !== undefined ? { waitingPosition } : {}),
      ...(status === 'offered' && offerExpiresAt ? { offerExpiresAt } : {}),
    },
  };
}

/** The mail that answers a sign-up: a seat's confirmation, or the place in the waiting list. */
export const signUpMailStory = (registration: Pick<Registration, 'status'>): ParticipantMailKind =>
  registration.status === 'waiting' ? 'waiting' : 'confirmation';

/** The mail that tells the first in line a seat came free: the seat itself, or the offer of it until it runs out. */
export const promotionMailStory = (promoted: Pick<Registration, 'status'>): ParticipantMailKind =>
  promoted.status === 'offered' ? 'offer' : 'promoted';
