import { registrationKey } from '#store/entities/registration.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

export type CheckInOutcome = 'checked-in' | 'not-confirmed';

/**
 * Marks a confirmed registration as present: `checkedInAt` on the registration item, so it goes when the registration
 * goes. The first tick's time stands (`if_not_exists`): a double tap, a reload or two phones at the door change nothing.
 * The condition refuses anyone without a confirmed seat, and ids of other events (the key is in the event's partition).
 */
export async function checkIn(
  table: Table,
  eventId: string,
  registrationId: string,
  at: string,
): Promise<CheckInOutcome> {
  const checkedIn = await updateIf(table, {
    Key: registrationKey(eventId, registrationId),
    UpdateExpression: 'SET checkedInAt = if_not_exists(checkedInAt, :at), updatedAt = :at',
    ConditionExpression: 'attribute_exists(PK) AND #status = :confirmed',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':at': at, ':confirmed': 'confirmed' },
  });
  return checkedIn ? 'checked-in' : 'not-confirmed';
}
