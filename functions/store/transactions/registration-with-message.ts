import type { Registration } from '#shared/domain/registration.ts';
import type { OutboxIntent } from '#store/entities/outbox-message.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

/** A guarded change to one registration: the update and the condition it holds under. */
export interface RegistrationChange {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * Changes a registration and queues the e-mail that tells of it, in one transaction; false when the condition does
 * not hold (or another writer held the item), in which case neither happened. `#status` names the status attribute.
 */
export async function changeRegistrationWithMessage(
  table: Table,
  registration: Pick<Registration, 'eventId' | 'id'>,
  change: RegistrationChange,
  intent: Omit<OutboxIntent, 'eventId'>,
  /** Writes that stand or fall with the change: a counter it moves. */
  also: TransactItem[] = [],
): Promise<boolean> {
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: registrationKey(registration.eventId, registration.id),
            ExpressionAttributeNames: { '#status': 'status' },
            ...change,
          },
        },
        queueMessage(table, { ...intent, eventId: registration.eventId }),
        ...also,
      ],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}
