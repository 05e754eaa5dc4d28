import type { EventRecord } from '#shared/domain/event.ts';
import type { EventDetails } from '#shared/organiser/event-details-form.ts';
import { eventKey, eventListKey } from '#store/entities/event.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * Saves an event's new time, place or name with SEQUENCE one higher, on the condition that nobody saved another
 * change since it was read: two organisers saving at once must not hand calendars two versions under one SEQUENCE.
 * Returns false when the event changed meanwhile (or is no longer published).
 */
export async function updateEventDetails(
  table: Table,
  event: EventRecord,
  details: EventDetails,
  /** Writes that go with the change in its transaction: its audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  const current = event.sequence ?? 0;
  try {
    const update = {
      TableName: table.name,
      Key: eventKey(event.id),
      // The editor shows these too: `version` rises, so a form read before this change is refused, not saved over it.
      UpdateExpression: `SET title = :title, startsAt = :startsAt, endsAt = :endsAt, venue = :venue, GSI1SK = :order, #sequence = :next ${
        details.onlineLink ? ', onlineLink = :link' : 'REMOVE onlineLink'
      } ADD #version :one`,
      ConditionExpression:
        event.sequence === undefined
          ? '#status = :published AND attribute_not_exists(#sequence)'
          : '#status = :published AND #sequence = :current',
      ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence', '#version': 'version' },
      ExpressionAttributeValues: {
        ':title': details.title,
        ':startsAt': details.startsAt,
        ':endsAt': details.endsAt,
        ':venue': details.venue,
        // The start page and the jobs find events through GSI1 by start time.
        ':order': eventListKey(details.startsAt, event.id).GSI1SK,
        ':next': current + 1,
        ':one': 1,
        ':published': 'published',
        ...(event.sequence === undefined ? {} : { ':current': current }),
        ...(details.onlineLink ? { ':link': details.onlineLink } : {}),
      },
    };
    await sendTransaction(table, { TransactItems: [{ Update: update }, ...also] });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}
