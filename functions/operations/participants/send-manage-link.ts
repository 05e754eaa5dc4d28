import type { AppContext } from '#context/app-context.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { registrationIdClaiming } from '#store/entities/address-claim.ts';
import { getRegistration } from '#store/entities/registration.ts';
import { StoreBusyError } from '#store/table/send-transaction.ts';
import { sendManageLink } from '#store/transactions/manage-links.ts';
import { manageLinks } from './manage-links.ts';
import { organiserOf } from './participant-mail-context.ts';

/** Reads and sends again at most this often when the registration's link changes under the request. */
const ATTEMPTS = 5;

/**
 * Mails a registration's manage link to its address again: the link it holds, so the link in every mail the person
 * has keeps working. `kind` says why: someone signed the address up again, or asked for the link.
 */
export async function mailManageLinkAgain(
  context: AppContext,
  event: EventRecord,
  registrationId: string,
  kind: 'manage-link' | 'link-requested',
): Promise<void> {
  const links = await manageLinks(context);
  const { expiresAt } = erasureTimes(event, await organiserOf(context, event));
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const registration = await getRegistration(context.table, event.id, registrationId);
    if (!registration) return;
    const link = links.held(registration);
    const sent = await sendManageLink(context.table, registration, link, {
      mail: participantMailIntent(kind, registration, { manageLinkVersion: link.version }),
      reason: 'manage-link',
      now: context.clock().toISOString(),
      expiresAt,
    });
    // Not sent: the registration moved to another link meanwhile (replaced, or derived for the first time).
    if (sent) return;
  }
  throw new StoreBusyError(`mailing the manage link of ${registrationId}`);
}

/**
 * Someone asks for their link by address and event: it is mailed if the address holds a registration for the
 * event. The caller answers the same either way, so the page does not tell who is registered.
 */
export async function requestManageLink(
  context: AppContext,
  event: EventRecord,
  email: string,
): Promise<void> {
  const registrationId = await registrationIdClaiming(context.table, event.id, hashEmail(email));
  if (registrationId) await mailManageLinkAgain(context, event, registrationId, 'link-requested');
}
