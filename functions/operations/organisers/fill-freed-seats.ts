import type { JobContext } from '#context/job-context.ts';
import { seatPromotion } from '#operations/participants/seat-promotion.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventsWithPendingNotices, getPublicEvent } from '#store/entities/event.ts';
import { markFreedSeatsFilled, promoteIntoFreeSeat } from '#store/transactions/promotion.ts';

/**
 * Moves the waiting list into the seats an organiser added, one person per transaction and each under the stored
 * capacity, by the event's rule: a seat given at once, or offered for `offerHours`. Each person is mailed with the
 * promotion. Stops when the event is full or nobody waits, then clears the event's `freedSeatsPending` mark, which
 * the scheduled jobs follow to finish a run cut short. Returns who moved, in line order.
 */
export async function fillFreedSeats(context: JobContext, eventId: string): Promise<Registration[]> {
  const moved: Registration[] = [];
  for (;;) {
    // Read each time: the offer rule or the capacity may change while the list moves.
    const event = await getPublicEvent(context.table, eventId);
    if (event?.status !== 'published') break;
    const promotion = await seatPromotion(context, event);
    const outcome = await promoteIntoFreeSeat(context.table, event, context.clock().toISOString(), promotion);
    if (typeof outcome === 'string') break;
    moved.push(outcome);
  }
  await markFreedSeatsFilled(context.table, eventId);
  return moved;
}

/** Finishes moving waiting lists into added seats where a run was cut short; returns how many people moved. */
export async function finishFreedSeats(context: JobContext): Promise<number> {
  let moved = 0;
  for (const event of await eventsWithPendingNotices(context.table, 'freedSeatsPending'))
    moved += (await fillFreedSeats(context, event.id)).length;
  return moved;
}
