import type { AppContext } from '#context/app-context.ts';
import { type CheckInOutcome, checkIn } from '#store/transactions/check-in.ts';

/** Marks a confirmed participant present at the door, now; the first tick's time stands. */
export function checkInParticipant(
  context: AppContext,
  eventId: string,
  registrationId: string,
): Promise<CheckInOutcome> {
  return checkIn(context.table, eventId, registrationId, context.clock().toISOString());
}
