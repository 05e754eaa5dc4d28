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
  /** Where the registration stood at the change: the mail tells of that, even if it has moved on since. */
  standing: Pick<Registration, 'status' | 'waitingPosition' | 'offerExpiresAt'>;
}

/** What an outbox message that is a mail holds instead of a rendered body. */
export type MailIntent = ParticipantMailIntent;

/**
 * The mail that answers a sign-up, given the registration as the sign-up left it: a seat's confirmation, or the place
 * in the waiting list, with the person's first manage link.
 */
export function signUpMailIntent(
  registration: Pick<Registration, 'id' | 'status' | 'waitingPosition'>,
  details: Pick<ParticipantMailIntent, 'manageLinkVersion' | 'needsNoted' | 'registeredByLead'>,
): ParticipantMailIntent {
  const waiting = registration.status === 'waiting';
  return {
    kind: 'participant',
    story: waiting ? 'waiting' : 'confirmation',
    registrationId: registration.id,
    ...details,
    standing: {
      status: registration.status,
      ...(waiting && registration.waitingPosition !== undefined
        ? { waitingPosition: registration.waitingPosition }
        : {}),
    },
  };
}

/**
 * The mail that tells the first in line a seat came free: the seat itself, or the offer of it until it runs out, with
 * the manage link they hold.
 */
export function promotionMailIntent(
  promoted: Pick<Registration, 'id' | 'status' | 'offerExpiresAt'>,
  manageLinkVersion: number,
): ParticipantMailIntent {
  const offered = promoted.status === 'offered';
  return {
    kind: 'participant',
    story: offered ? 'offer' : 'promoted',
    registrationId: promoted.id,
    manageLinkVersion,
    standing: {
      status: promoted.status,
      ...(offered && promoted.offerExpiresAt ? { offerExpiresAt: promoted.offerExpiresAt } : {}),
    },
  };
}
