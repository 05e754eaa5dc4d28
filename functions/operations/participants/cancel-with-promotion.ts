import type { AppContext } from '#context/app-context.ts';
import { creditCancelledRegistrations } from '#operations/invoicing/credit-notes.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { isInvoiced } from '#shared/invoicing/invoice-lines.ts';
import type { MailedManageLink } from '#shared/mail/participant-mail.ts';
import { sessionChangeMail } from '#shared/mail/session-change-mail.ts';
import { isStoreBusy } from '#store/table/send-transaction.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { type CancellationResult, cancelRegistration } from '#store/transactions/cancellation.ts';
import { participantMailContext } from './participant-mail-context.ts';
import { seatPromotion } from './seat-promotion.ts';

export interface Leaving {
  /** The manage link the person used, so their receipt can carry it; absent when an organiser or a job acts. */
  cancellerLink?: MailedManageLink;
  /** The expiry job: only an offer whose time has run out, and the receipt says so. */
  expiredOffer?: boolean;
  /** An organiser's audit entry, written with the cancellation. */
  audit?: TransactItem[];
}

/**
 * Ends a registration, whoever asks: the person gets a receipt (with METHOD:CANCEL if they held the event's invite)
 * and a CANCEL for each session whose invite they hold, and the first in line gets the freed seat, or the offer of
 * it, with the manage link they have held since they signed up. A registration that was invoiced is credited at
 * once (a credit note referring to its invoice); should the store be too busy for that now, the minute's job does it.
 */
export async function cancelWithPromotion(
  context: AppContext,
  event: EventRecord,
  registrationId: string,
  leaving: Leaving = {},
): Promise<CancellationResult> {
  const cancellerMail = await participantMailContext(context, event, leaving.cancellerLink);
  const emit = await webhookEmitter(context, event.organisationId);
  const now = context.clock().toISOString();
  const result = await cancelRegistration(context.table, {
    event,
    registrationId,
    now,
    expiredOfferOnly: leaving.expiredOffer,
    also: leaving.audit,
    cancelledMail: (registration, event) =>
      participantMailIntent(leaving.expiredOffer ? 'offer-expired' : 'cancelled', registration, {
        ...(leaving.cancellerLink ? { manageLinkVersion: leaving.cancellerLink.version } : {}),
        eventSequence: event.sequence ?? 0,
      }),
    withdrawnSessionMessage: (registration, event, slot) =>
      sessionChangeMail('registration-cancelled', { ...cancellerMail, event }, registration, slot),
    promotion: await seatPromotion(context, event),
    webhook: (registration) =>
      registration.status === 'cancelled'
        ? []
        : emit(
            'registration.cancelled',
            {
              organisationId: event.organisationId,
              eventId: event.id,
              registrationId: registration.id,
              previousStatus: registration.status,
            },
            now,
          ),
  });
  if (result.kind === 'cancelled' && isInvoiced(event)) await creditNow(context, event);
  return result;
}

async function creditNow(context: AppContext, event: EventRecord): Promise<void> {
  try {
    await creditCancelledRegistrations(context, event);
  } catch (error) {
    if (!isStoreBusy(error)) throw error;
  }
}
