import type { JobContext } from '#context/job-context.ts';
import { mailedManageLink } from '#operations/participants/manage-links.ts';
import { participantMailContext } from '#operations/participants/participant-mail-context.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { OutboundMessage, OutboxMessage } from '#shared/domain/outbound-message.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import { getDelegation } from '#store/entities/delegation.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import { getRegistration, withoutSecret } from '#store/entities/registration.ts';
import { recentlyHasProgramme } from '#store/reads/event-cache.ts';

/** An outbox message that holds its mail as an intent, and what the intent is about. */
export type IntentMessage = Pick<OutboxMessage, 'createdAt' | 'eventId' | 'recipientHash'> & {
  mail: MailIntent;
};

/**
 * The mail an intent stands for, rendered as the mailer sends it: from the event and the registration as they are
 * now, with the values the change froze (where the registration stood, which link it carries) and the change's own
 * time, so the mail reads as if written when the change was made. `undefined` when there is nobody left to tell: the
 * registration or the event was erased before the mail went out, or the registration moved to another address (an
 * organiser corrected a mistyped one): the mail was meant for the old address, which may be a stranger's, and the
 * change's own mail tells the new one where the registration stands.
 */
export async function renderMailIntent(
  context: JobContext,
  message: IntentMessage,
): Promise<OutboundMessage | undefined> {
  const { mail, eventId } = message;
  if (!eventId) return undefined;
  const [stored, current] = await Promise.all([
    getRegistration(context.table, eventId, mail.registrationId),
    getPublicEvent(context.table, eventId),
  ]);
  if (!current || !stored) return undefined;
  if (message.recipientHash && message.recipientHash !== hashEmail(stored.email)) return undefined;
  const event = mail.eventSequence === undefined ? current : { ...current, sequence: mail.eventSequence };
  const manageLink =
    mail.manageLinkVersion === undefined
      ? undefined
      : mailedManageLink(context.publicBaseUrl, stored, mail.manageLinkVersion);
  const [participant, delegation] = await Promise.all([
    participantMailContext(context, event, manageLink, recentlyHasProgramme),
    mail.registeredByLead && stored.delegation
      ? getDelegation(context.table, eventId, stored.delegation.organisationKey)
      : undefined,
  ]);
  return participantMail(
    mail.story,
    {
      ...participant,
      ...(mail.needsNoted === undefined ? {} : { needsNoted: mail.needsNoted }),
      ...(delegation
        ? { registeredBy: { name: delegation.leadName, organisation: delegation.organisation } }
        : {}),
      now: new Date(message.createdAt),
    },
    { ...withoutSecret(stored), ...mail.standing },
  );
}
