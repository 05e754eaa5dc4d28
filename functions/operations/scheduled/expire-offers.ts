import type { JobContext } from '#context/job-context.ts';
import { cancelWithPromotion } from '#operations/participants/cancel-with-promotion.ts';
import { expiredOffers } from '#store/entities/registration.ts';
import { getEventPage } from '#store/reads/event-page.ts';

/** Ends every seat offer whose time has run out and passes the seat on; returns how many it ended. */
export async function expireSeatOffers(context: JobContext): Promise<number> {
  let expired = 0;
  for (const offer of await expiredOffers(context.table, context.clock().toISOString())) {
    const page = await getEventPage(context.table, offer.eventId);
    if (!page) continue;
    const result = await cancelWithPromotion(context, page.event, offer.registrationId, {
      expiredOffer: true,
    });
    if (result.kind === 'cancelled') expired += 1;
  }
  return expired;
}
