import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { eventKey } from '#store/entities/event.ts';
import { eventVersionForgotten } from '#store/entities/seat-counter.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * An organiser cancels a published event: its status and a higher SEQUENCE (calendars replace their copy), and a
 * mark that its participants are still to be told. Returns false when it was not published.
 */
export async function markEventCancelled(
  table: Table,
  eventId: string,
  now: string,
  /** Writes that go with the cancellation in its transaction: its audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  try {
    const update = {
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression:
        'SET #status = :cancelled, cancelledAt = :now, #sequence = if_not_exists(#sequence, :zero) + :one, cancellationNoticePending = :yes',
      ConditionExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status', '#sequence': 'sequence' },
      ExpressionAttributeValues: {
        ':cancelled': 'cancelled',
        ':published': 'published',
        ':now': now,
        ':zero': 0,
        ':one': 1,
        ':yes': true,
      },
    };
    await sendTransaction(table, {
      TransactItems: [{ Update: update }, eventVersionForgotten(table, eventId), ...also],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}

export async function markCancellationNoticeSent(table: Table, eventId: string): Promise<void> {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression: 'REMOVE cancellationNoticePending',
    }),
  );
}
