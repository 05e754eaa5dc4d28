import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { setOfferHours } from '#store/transactions/seat-offers.ts';
import { auditWrites, eventChange } from './audit-trail.ts';

/** How the waiting list moves when a seat frees up: hours to answer an offer, or undefined for seats given at once. */
export async function changeWaitingListSetting(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  offerHours: number | undefined,
): Promise<void> {
  const detail = offerHours ? `offerHours=${offerHours}` : 'immediate';
  const audit = await auditWrites(
    context,
    organiser,
    eventChange(event, 'waiting-list-setting-changed', detail),
    event,
  );
  await setOfferHours(context.table, event.id, offerHours, audit);
}
