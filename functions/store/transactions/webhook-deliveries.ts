import type { OutboxMessage } from '#shared/domain/outbound-message.ts';
import type { OutboxAddress } from '#store/entities/outbox-message.ts';
import type { Table } from '#store/table/table.ts';
import { pendingUpdate, queueAgain, updateWhileClaimed } from './outbox-delivery.ts';

/** The webhook event is fanned out into its deliveries: done, and off the lists. */
export async function markFannedOut(table: Table, event: OutboxMessage, at: string): Promise<void> {
  await updateWhileClaimed(table, event, {
    UpdateExpression: 'SET #status = :sent, sentAt = :at REMOVE GSI2PK, GSI2SK',
    ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
  });
}

/** The endpoint answered 2xx. The delivery keeps its body (ids only) for *Skicka igen*. */
export async function markDelivered(
  table: Table,
  delivery: OutboxMessage,
  answer: { at: string; status: number },
): Promise<void> {
  await updateWhileClaimed(table, delivery, {
    UpdateExpression:
      'SET #status = :sent, sentAt = :at, answerStatus = :answer REMOVE GSI2PK, GSI2SK, lastError',
    ExpressionAttributeValues: { ':sent': 'sent', ':at': answer.at, ':answer': answer.status },
  });
}

/** The try failed: the delivery waits for its next try at `next`. */
export async function retryDeliveryLater(
  table: Table,
  delivery: OutboxMessage,
  failure: { next: string; error: string; answerStatus?: number },
): Promise<void> {
  const update = pendingUpdate(delivery, failure.next, failure.error);
  await updateWhileClaimed(
    table,
    delivery,
    failure.answerStatus === undefined
      ? { ...update, UpdateExpression: `${update.UpdateExpression} REMOVE answerStatus` }
      : {
          UpdateExpression: `${update.UpdateExpression}, answerStatus = :answer`,
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':answer': failure.answerStatus },
        },
  );
}

/** The delivery's endpoint is off (or gone): it fails without a try, and waits for an admin's *Skicka igen*. */
export async function failDelivery(
  table: Table,
  delivery: OutboxMessage,
  failure: { at: string; error: string },
): Promise<void> {
  await updateWhileClaimed(table, delivery, {
    UpdateExpression: 'SET #status = :failed, failedAt = :at, lastError = :error REMOVE GSI2PK, GSI2SK',
    ExpressionAttributeValues: { ':failed': 'failed', ':at': failure.at, ':error': failure.error },
  });
}

/**
 * An admin's *Skicka igen*: a delivery that failed or went through is queued anew, due at once, with the same id, so
 * a receiver that keeps ids can tell it had it. False while it is still pending or being sent.
 */
export function sendDeliveryAgain(table: Table, address: OutboxAddress, now: string): Promise<boolean> {
  return queueAgain(table, address, now, ['failed', 'sent']);
}
