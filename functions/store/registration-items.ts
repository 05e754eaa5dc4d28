import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage } from '../../shared/domain/outbound-message.ts';
import type { Registration } from '../../shared/domain/registration.ts';
import { recordOf } from './item-attributes.ts';
import { queueMessage } from './outbox-items.ts';
import { queryAll } from './query-all.ts';
import type { Table } from './table.ts';

/**
 * A registration sits in its event's partition, away from the page items (no leading '#'):
 *   PK = EVENT#<eventId>, SK = REG#<registrationId>
 * `expiresAt` (TTL) erases it after the organisation's retention period.
 */
export const registrationKey = (eventId: string, registrationId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `REG#${registrationId}`,
});

export async function listRegistrations(table: Table, eventId: string): Promise<Registration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':reg': 'REG#' },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<Registration>(item, ['manageTokenHash']));
}

/**
 * Marks the reminder as queued and queues it, in one transaction: the condition on the registration makes it
 * once per participant however often, or however concurrently, the job runs.
 */
export async function queueReminder(
  table: Table,
  registration: Registration,
  message: OutboundMessage,
  now: string,
): Promise<boolean> {
  try {
    await table.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: table.name,
              Key: registrationKey(registration.eventId, registration.id),
              UpdateExpression: 'SET reminderQueuedAt = :now',
              ConditionExpression: 'attribute_not_exists(reminderQueuedAt) AND #status = :confirmed',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':now': now, ':confirmed': 'confirmed' },
            },
          },
          queueMessage(table, {
            id: `reminder:${registration.id}`,
            reason: 'reminder',
            message,
            createdAt: now,
          }),
        ],
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'TransactionCanceledException') return false;
    throw error;
  }
}
