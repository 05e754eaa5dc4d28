import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { participantMail } from '#shared/mail/participant-mail.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { type CancellationResult, cancelRegistration } from '#store/transactions/cancellation.ts';
import { participantMailContext } from './participant-mail-context.ts';
import { seatPromotion } from './seat-promotion.ts';

export interface Leaving {
  /** The manage link the person used, so their receipt can carry it; absent when an organiser or a job acts. */
  cancellerToken?: string;
  /** The expiry job: only an offer whose time has run out, and the receipt says so. */
  expiredOffer?: boolean;
  /** An organiser's audit entry, written with the cancellation. */
  audit?: TransactItem[];
}

/**
 * Ends a registration, whoever asks: the person gets a receipt (with METHOD:CANCEL if they held an invite), and the
 * first in line gets the freed seat, or the offer of it, with a manage link of their own.
 */
export async function cancelWithPromotion(
  context: AppContext,
  event: EventRecord,
  registrationId: string,
  leaving: Leaving = {},
): Promise<CancellationResult> {
  const cancellerMail = await participantMailContext(context, event, leaving.cancellerToken);
  return cancelRegistration(context.table, {
    event,
    registrationId,
    now: context.clock().toISOString(),
    expiredOfferOnly: leaving.expiredOffer,
    also: leaving.audit,
    cancelledMessage: (registration) =>
      participantMail(leaving.expiredOffer ? 'offer-expired' : 'cancelled', cancellerMail, registration),
    promotion: await seatPromotion(context, event),
  });
}
